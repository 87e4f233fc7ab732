// Names in modern copy, round 14 of issue 10: what the twelfth blind batch of our development set
// (test/fixtures/entities-modern, batch 12: a 2017 US broadcaster crime story, a tanker-rates wire,
// an awards wire) and CoNLL-2003 dev's remaining organisation errors showed, each behaviour on
// sentences written for the test. The people, firms, films, prizes and bands here are invented.
import { strict as assert } from 'node:assert';
import { expectMention as expect } from './entity-helpers';

describe('modern copy, round 14: firms named after their staff', () => {
  it('reads both firms after "traders at … and …" as organisations', () => {
    const text = 'Traders at Morvale and Quintara said Asian refiners had bought more crude for May arrival.';
    expect(text, 'Morvale', 'ORGANIZATION');
    expect(text, 'Quintara', 'ORGANIZATION');
  });

  it('reads a one-word name the tagger takes for a person after "percent of" or "control over" as the company, in every mention', () => {
    const text = 'The consortium wants 40 percent of Grabowski, the state bus operator. Unions fear a buyer would take full control over Grabowski. Grabowski employs 9,000 people.';
    expect(text, 'Grabowski', 'ORGANIZATION', 0);
    expect(text, 'Grabowski', 'ORGANIZATION', 1);
    expect(text, 'Grabowski', 'ORGANIZATION', 2);
  });

  it('keeps a place after "percent of" a place', () => {
    const text = 'The pipeline carries 30 percent of Poland\'s gas imports.';
    expect(text, 'Poland', 'LOCATION');
  });
});

describe('modern copy, round 14: films, prizes, bands and festivals', () => {
  it('reads the quoted title after a director\'s possessive as a work, and its other quoted mentions too', () => {
    const text = 'Director Maren Oakhurst\'s "Copper Ledger" opened the festival on Friday. The score of "Copper Ledger" was written by a Danish composer.';
    expect(text, 'Copper Ledger', 'MISC', 0);
    expect(text, 'Copper Ledger', 'MISC', 1);
  });

  it('reads the other quoted titles of a film story as works, "The" included', () => {
    const text = 'The documentary "Salt Road" won the audience award. The acting prize went to Lena Vasko for "The Quiet Orchard", and the script prize to "Blue Ferry".';
    expect(text, 'The Quiet Orchard', 'MISC');
    expect(text, 'Blue Ferry', 'MISC');
  });

  it('reads a prize after "won the" as MISC in every mention', () => {
    const text = 'Last year\'s Golden Kestrel went to a French drama. This year the Norwegian film won the Golden Kestrel for best picture.';
    expect(text, 'Golden Kestrel', 'MISC', 0);
    expect(text, 'Golden Kestrel', 'MISC', 1);
  });

  it('reads a band named "The X" after "band" as an organisation', () => {
    const text = 'The closing night featured a set by Irish band The Curlews, whose new single is out on Friday.';
    expect(text, 'Curlews', 'ORGANIZATION');
  });

  it('reads a festival named after a place with a word before "Festival" as one MISC name', () => {
    const text = 'The film had its premiere at the Dalmatian Film Festival on Saturday.';
    expect(text, 'Dalmatian Film Festival', 'MISC');
  });
});
