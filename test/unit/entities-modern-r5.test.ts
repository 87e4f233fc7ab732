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
    const text = `Doctors at St. Bride Women's Hospital in Lancaster said the ward would reopen on Monday.`;
    const r = run(text);
    assert.equal(entityOf(r, "St. Bride Women's Hospital").type, 'ORGANIZATION', list(r));
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
