// Names in modern copy, round 5 of issue 10: what the third blind batch of our development set
// (test/fixtures/entities-modern, batch 3) showed, each behaviour on a story written for the test.
// Every person, company, agency and place here is invented unless it is a well-known city.
import { strict as assert } from 'node:assert';
import { entityOf, listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

describe('modern copy, round 5: where a wire sign-off says the reporters filed from', () => {
  const text = `Nickel output at the Varnak mine fell 8% in the third quarter, its owner said on Tuesday.

(Reporting by Odile Franchetti in Rio de Janeiro and Bram Oosting in Perth; Additional reporting by Tae-yang Moon in Seoul; Editing by Gwen Halloran)`;
  const r = run(text);

  it('reads the places after "in" as places and credits only the people', () => {
    for (const place of ['Perth', 'Seoul']) assert.equal(mentionAt(r, text, place)?.type, 'LOCATION', `${place}: ${list(r)}`);
    assert.equal(mentionAt(r, text, 'Rio de Janeiro')?.end, text.indexOf('Rio de Janeiro') + 'Rio de Janeiro'.length, list(r));
    for (const person of ['Odile Franchetti', 'Bram Oosting', 'Tae-yang Moon', 'Gwen Halloran']) {
      assert.equal(entityOf(r, person).role, 'credit', list(r));
    }
    assert.ok(!r.entities.some((e) => e.type === 'PERSON' && /Perth|Seoul|Janeiro/.test(e.name)), list(r));
  });
});

describe('modern copy, round 5: an acronym the article defines in brackets', () => {
  const text = `The Caspian Grain Board (CGB) cut its wheat forecast on Monday. Traders said the CGB figure was lower than expected.

Farmers in the north said the CGB had ignored the drought. The Federation of Upland Growers (FUG) called for an inquiry, and FUG members will meet the board next week.`;
  const r = run(text);

  it('makes the acronym the organisation in the brackets and wherever it is used again', () => {
    let at = -1;
    for (;;) {
      at = text.indexOf('CGB', at + 1);
      if (at < 0) break;
      const m = r.mentions.find((x) => x.start === at);
      assert.equal(m?.type, 'ORGANIZATION', `CGB at ${at}: ${list(r)}`);
    }
    assert.equal(mentionAt(r, text, 'FUG')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, text, 'FUG', 1)?.type, 'ORGANIZATION', list(r));
  });

  it('does not take a ticker in brackets for an acronym', () => {
    const t = `Shares of Orlov Potash (ORLV.L) rose 3%.`;
    const q = run(t);
    assert.equal(q.mentions.find((m) => m.text.startsWith('ORLV')), undefined, list(q));
  });
});

describe('modern copy, round 5: a dateline naming two places', () => {
  it('makes both places of "OSLO/LAGOS, …" places', () => {
    const text = `OSLO/LAGOS, March 3 (Reuters) - Fjordvik Energy agreed to buy a stake in an offshore gas field, the company said on Tuesday.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'OSLO')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, text, 'LAGOS')?.type, 'LOCATION', list(r));
  });
});

describe('modern copy, round 5: a person and the hospital or firm they work at', () => {
  it('keeps "X of Y Hospital" apart when a sentence is dense with names (not a Title Case headline)', () => {
    const text = `The study was led by Dr. Imelda Quarshie of Tamale Central Hospital and Professor Yaw Boateng-Ofori of Kumasi Lakeside Hospital in Kumasi.`;
    const r = run(text);
    assert.equal(entityOf(r, 'Imelda Quarshie').type, 'PERSON', list(r));
    assert.equal(entityOf(r, 'Tamale Central Hospital').type, 'ORGANIZATION', list(r));
    assert.equal(entityOf(r, 'Yaw Boateng-Ofori').type, 'PERSON', list(r));
    assert.equal(entityOf(r, 'Kumasi Lakeside Hospital').type, 'ORGANIZATION', list(r));
  });
});

describe('modern copy, round 5: the long names of agencies and institutions', () => {
  it('keeps "… for X and Y" in a body\'s name', () => {
    const text = `The Orvanian Institute for Water and Soil Research (OIWSR) warned of drought on Friday. Separately, the Centres for Rural Health and Family Care said clinics were full.`;
    const r = run(text);
    assert.equal(entityOf(r, 'Orvanian Institute for Water and Soil Research').type, 'ORGANIZATION', list(r));
    assert.equal(entityOf(r, 'Centres for Rural Health and Family Care').type, 'ORGANIZATION', list(r));
  });

  it('keeps a common noun\'s possessive inside a hospital\'s name', () => {
    const text = `St. Colm Children's Hospital in Leeds said it had opened a second ward.`;
    const r = run(text);
    assert.equal(entityOf(r, "St. Colm Children's Hospital").type, 'ORGANIZATION', list(r));
  });
});

describe('modern copy, round 5: companies and bands named by their trade', () => {
  it('types "X Mining", "X Records", "X Pictures" and "X Choir" as organisations', () => {
    const text = `Shares of Dellacourt Mining rose after the miner found gold. The band Marrowfield Choir signed with Tessaly Records, and Brightholm Pictures will film the tour.`;
    const r = run(text);
    for (const name of ['Dellacourt Mining', 'Marrowfield Choir', 'Tessaly Records', 'Brightholm Pictures']) {
      assert.equal(entityOf(r, name).type, 'ORGANIZATION', `${name}: ${list(r)}`);
    }
  });
});

describe('modern copy, round 5: a name whose initials the bracketed acronym spells', () => {
  it('makes "Protestant Democratic Alliance (PDA)" one organisation, however the tagger cut it', () => {
    const text = `The Protestant Democratic Alliance (PDA) quit the government on Monday. The PDA had threatened to leave for weeks.`;
    const r = run(text);
    assert.equal(entityOf(r, 'Protestant Democratic Alliance').type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, text, 'PDA', 1)?.type, 'ORGANIZATION', list(r));
    assert.ok(!r.entities.some((e) => e.name === 'Democratic'), list(r));
  });
});

describe('modern copy, round 5: titles of works in quotation marks', () => {
  const text = `"Ash Garden" wins in Venice

The Venice jury gave its top award to "Ash Garden", the second feature by Oyelaran Badmus. The Estonian documentary "Winter of the Cranes" took the audience prize, and the band Pellucid played songs from their album "Slow Tides".`;
  const r = run(text);

  it('types a quoted title after a noun for a work, or before its description, as MISC, and the same words elsewhere', () => {
    for (const title of ['Winter of the Cranes', 'Slow Tides']) assert.equal(entityOf(r, title).type, 'MISC', `${title}: ${list(r)}`);
    const e = entityOf(r, 'Ash Garden');
    assert.equal(e.type, 'MISC', list(r));
    assert.equal(e.mentions.length, 2, list(r));
  });

  it('leaves a quoted name with no word for a work alone', () => {
    const t = `Protesters chanted "Ferrow Out" outside the offices of Ferrow Holdings.`;
    const q = run(t);
    assert.equal(entityOf(q, 'Ferrow Holdings').type, 'ORGANIZATION', list(q));
  });
});

describe('modern copy, round 5: a name never ends in a small joining word', () => {
  it('drops a trailing "for" the tagger took into a name', () => {
    const text = `The prize for best actor went to Irish newcomer Ruairi O Ceallaigh for "The Long Meadow", and best actress to Maren Aasgaard.`;
    const r = run(text);
    assert.ok(!r.mentions.some((m) => / for$/.test(m.text)), list(r));
  });
});
