// Names in modern copy, round 10 of issue 10: what the eighth blind batch of our development set
// (test/fixtures/entities-modern, batch 8: a chip startup, a music listing, a Russian politics
// wire, a feature on a refugee community) showed, each behaviour on sentences written for the
// test. Every person, band, record and small company here is invented; the platforms are real
// companies named as today's news names them.
import { strict as assert } from 'node:assert';
import { expectMention as expect } from './entity-helpers';

describe('modern copy, round 10: companies of today', () => {
  it('reads platforms and chipmakers the 1996 text never named as organisations', () => {
    const text = 'The singer posted the clip on Spotify and on Facebook. Shares of Nvidia fell 3% while Huawei and Xiaomi gained.';
    expect(text, 'Spotify', 'ORGANIZATION');
    expect(text, 'Facebook', 'ORGANIZATION');
    expect(text, 'Nvidia', 'ORGANIZATION');
    expect(text, 'Huawei', 'ORGANIZATION');
    expect(text, 'Xiaomi', 'ORGANIZATION');
  });

  it('tags such a name the tagger left out ("OpenAI")', () => {
    expect('The lawsuit names OpenAI as a defendant.', 'OpenAI', 'ORGANIZATION');
  });

  it('reads a coined name after a noun only a company takes as the company, also where it was read as MISC', () => {
    const text = 'Chip startup Brevant unveils Lumora 3 processor, takes aim at rivals. Brevant says it will ship the Lumora 3 in June.';
    expect(text, 'Brevant', 'ORGANIZATION');
    expect(text, 'Brevant', 'ORGANIZATION', 1);
  });

  it('reads a name after "fund" or "lab" as the organisation ("the Gulf fund Quorvane", "the French lab Ostrivel")', () => {
    const text = 'The round was led by the Gulf fund Quorvane. The model came from the French lab Ostrivel last month.';
    expect(text, 'Quorvane', 'ORGANIZATION');
    expect(text, 'Ostrivel', 'ORGANIZATION');
  });

  it('reads the firm after "analyst Name of" as an organisation, not a listed place', () => {
    const text = 'Analyst Rafael Quintero of Bernstein said the climb was steep. Trader Ann Lee of London disagreed.';
    expect(text, 'Bernstein', 'ORGANIZATION');
    expect(text, 'London', 'LOCATION');
  });

  it('reads a description ending where a clause starts ("X, a cloud provider that …") as saying company', () => {
    expect('Its first customer is Pellworth, a San Jose cloud provider that rents servers to startups.', 'Pellworth', 'ORGANIZATION');
  });
});

describe('modern copy, round 10: bands and records', () => {
  const LISTING = 'Support comes from Glasgow duo Velvet Ordnance. The band Stone Harbour plays later. Their third album, Copper Hearts, is out now, and the album Quiet Engines, out on Friday, follows. The EP Neon Parish is streaming.';

  it('reads a name after a band noun as the band, not a person or a place', () => {
    expect(LISTING, 'Velvet Ordnance', 'ORGANIZATION');
    expect(LISTING, 'Stone Harbour', 'ORGANIZATION');
  });

  it('reads an unquoted record title after "album" (with or without a comma) as MISC', () => {
    expect(LISTING, 'Copper Hearts', 'MISC');
    expect(LISTING, 'Quiet Engines', 'MISC');
  });

  it('cuts "EP" off a record title read with it', () => {
    expect(LISTING, 'Neon Parish', 'MISC');
  });

  it('reads a ballroom and a hall named for concerts as places ("Barrowland Ballroom", "Royal Concert Hall")', () => {
    expect('The band plays the Marlow Ballroom on Friday.', 'Marlow Ballroom', 'LOCATION');
    expect('Pianist Ada Nwosu plays the Royal Concert Hall with the city orchestra.', 'Royal Concert Hall', 'LOCATION');
  });

  it('keeps people after a band noun ("the duo Ana Ruiz and Tom Hale")', () => {
    const text = 'The evening closes with the duo Ana Ruiz and Tom Hale.';
    expect(text, 'Ana Ruiz', 'PERSON');
  });
});

describe('modern copy, round 10: parliaments, faiths and peoples', () => {
  it('reads a body named after a saint whole, with the possessive ("St Clement\'s Church")', () => {
    const text = 'The vicar of St Clement\'s Church helps on Thursdays. She was taken to St. Brigid\'s Hospital.';
    expect(text, 'St Clement', 'ORGANIZATION', 0, "St Clement's Church");
    expect(text, 'St. Brigid', 'ORGANIZATION', 0, "St. Brigid's Hospital");
  });

  it('reads "the State Duma" whole as an organisation', () => {
    expect('The State Duma on Friday passed a bill on reservists.', 'State Duma', 'ORGANIZATION');
  });

  it('reads faiths and peoples in today\'s spellings as MISC ("Muslim", "Uyghur")', () => {
    const text = 'The food bank serves Uyghur and Kurdish families. Most of them are Muslim, volunteers said.';
    expect(text, 'Uyghur', 'MISC');
    expect(text, 'Muslim', 'MISC');
  });
});
