// Names in modern copy, round 8 of issue 10: what the sixth blind batch of our development set
// (test/fixtures/entities-modern, batch 6: a Canadian takeover, a markets story, Indian politics,
// a Korean group, an NFL game, a scraped city page) showed, each behaviour on a sentence written
// for the test. Every person, company, union, paper and small place here is invented.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

const FIXTURES = join(__dirname, '../fixtures/entities-modern');

describe('modern copy, round 8: companies and their short forms', () => {
  it('reads a company\'s first word as the company where the tagger took it for MISC (batch 6\'s "Northmark")', () => {
    const text = readFileSync(join(FIXTURES, 'cp-takeover.txt'), 'utf8');
    const r = run(text);
    const short = r.mentions.filter((m) => m.text === 'Northmark');
    assert.ok(short.length >= 4, list(r));
    for (const m of short) assert.equal(m.type, 'ORGANIZATION', list(r));
  });

  it('reads a fund manager\'s name without its business word as the firm, not a place ("Ostley Ridge")', () => {
    const text = `Money managers from Ostley Ridge Capital to Harwell Asset Management bought bonds. Dmitri Vance, chief investment officer at Ostley Ridge, said the rally had gone too far.`;
    const r = run(text);
    const m = mentionAt(r, text, 'Ostley Ridge', 1);
    assert.equal(m?.text, 'Ostley Ridge', list(r));
    assert.equal(m?.type, 'ORGANIZATION', list(r));
  });

  it('reads an acronym made of the initials of a body named in full as that body ("the GOP field")', () => {
    const text = `Leaders of the Grand Old Party met in Ohio on Monday. The GOP field narrowed again on Tuesday.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'GOP')?.type, 'ORGANIZATION', list(r));
  });

  it('keeps an acronym defined in brackets after a name that spells it ("Cable Archive Retrieval System (CARS)")', () => {
    const text = `Staff use the Cable Archive Retrieval System (CARS), which the Records Bureau runs.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'CARS')?.type, 'ORGANIZATION', list(r));
  });

  it('splits two firms joined by "and" when the second is a bank\'s one-word name ("… Capital Markets and Scotiabank")', () => {
    const text = `Analysts at Wrexford Capital Markets and Scotiabank raised their targets.`;
    const r = run(text);
    const first = mentionAt(r, text, 'Wrexford Capital Markets');
    assert.equal(first?.text, 'Wrexford Capital Markets', list(r));
    assert.equal(first?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, text, 'Scotiabank')?.type, 'ORGANIZATION', list(r));
  });

  it('leaves out a ticker written after its exchange and a colon ("TSX:BKM")', () => {
    const text = `Shares of Brackmoor Energy (TSX:BKM) rose, while Dunmore Foods (TSX:DFL) fell.`;
    const r = run(text);
    for (const code of ['BKM', 'DFL']) assert.equal(mentionAt(r, text, code), undefined, list(r));
  });

  it('reads a newspaper\'s word after an organisation as part of it ("Harbour Ledger")', () => {
    const text = `Residents told the Harbour Ledger that the ferry was late again.`;
    const r = run(text);
    const m = mentionAt(r, text, 'Harbour Ledger');
    assert.equal(m?.text, 'Harbour Ledger', list(r));
    assert.equal(m?.type, 'ORGANIZATION', list(r));
  });

  it('reads a broadcaster and a university named by its state and "Tech" as organisations', () => {
    const text = `He told Kestrel Television that he had played at Texas Tech before turning pro.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Kestrel Television')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, text, 'Texas Tech')?.type, 'ORGANIZATION', list(r));
  });
});

describe('modern copy, round 8: unions, titles and honorifics', () => {
  it('reads a union local with its number as one organisation ("United Food Workers Local 401")', () => {
    const text = `About 900 members of Brandell Food Workers Local 401 walked off the job on Friday.`;
    const r = run(text);
    const m = mentionAt(r, text, 'Brandell Food Workers Local 401');
    assert.equal(m?.text, 'Brandell Food Workers Local 401', list(r));
    assert.equal(m?.type, 'ORGANIZATION', list(r));
  });

  it('reads a portfolio with its level before a minister\'s title as no organisation ("Federal Fisheries Minister")', () => {
    const text = `Federal Fisheries Minister Dana Coutts met the mayors. Union Home Minister Ravindra Kumar Saini spoke later.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Federal'), undefined, list(r));
    assert.equal(mentionAt(r, text, 'Union'), undefined, list(r));
    assert.equal(mentionAt(r, text, 'Ravindra Kumar Saini')?.type, 'PERSON', list(r));
  });

  it('reads "Smt." as an honorific, not a name ("Smt. Asha Devi Meena")', () => {
    const text = `The seat was won by Smt. Asha Devi Meena, who thanked the voters of the district.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Smt'), undefined, list(r));
    const m = mentionAt(r, text, 'Asha Devi Meena');
    assert.equal(m?.text, 'Asha Devi Meena', list(r));
    assert.equal(m?.type, 'PERSON', list(r));
  });

  it('reads South Asian party and house names ending in "Morcha", "Sabha" as organisations', () => {
    const text = `The Jan Vikas Morcha won the seat, and its leader will sit in the Rajya Sabha next year.`;
    const r = run(text);
    const party = mentionAt(r, text, 'Jan Vikas Morcha');
    assert.equal(party?.text, 'Jan Vikas Morcha', list(r));
    assert.equal(party?.type, 'ORGANIZATION', list(r));
    const house = mentionAt(r, text, 'Rajya Sabha');
    assert.equal(house?.text, 'Rajya Sabha', list(r));
    assert.equal(house?.type, 'ORGANIZATION', list(r));
  });

  it('reads a short family name and a hyphenated given name as a person ("Park Ji-hoon")', () => {
    const text = `The group named Park Ji-hoon as chairman on Tuesday.`;
    const r = run(text);
    const m = mentionAt(r, text, 'Park Ji-hoon');
    assert.equal(m?.text, 'Park Ji-hoon', list(r));
    assert.equal(m?.type, 'PERSON', list(r));
  });
});

describe('modern copy, round 8: game stories and city pages', () => {
  it('leaves a position code out of a player\'s name ("LT Bryce Anselmo", "S Kofi Mensah-Adjei")', () => {
    const text = `Hawks: LT Dorian Pelletier left in the third quarter.\n\nOwls: S Kwabena Osei-Bonsu (ankle) was ruled out.`;
    const r = run(text);
    for (const name of ['Dorian Pelletier', 'Kwabena Osei-Bonsu']) {
      const m = mentionAt(r, text, name);
      assert.equal(m?.text, name, list(r));
      assert.equal(m?.type, 'PERSON', list(r));
    }
  });

  it('does not read a plural abbreviation as a name ("two TDs")', () => {
    const text = `Morello threw two TDs and ran for another.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'TDs'), undefined, list(r));
  });

  it('reads a ground, a station and a trail as places ("Lakeshore Field", "Fairmount Station")', () => {
    const text = `The Hawks play at Lakeshore Field. Fans crowded Fairmount Station, and others walked the Millrace River Trail.`;
    const r = run(text);
    for (const place of ['Lakeshore Field', 'Fairmount Station', 'Millrace River Trail']) {
      const m = mentionAt(r, text, place);
      assert.equal(m?.text, place, list(r));
      assert.equal(m?.type, 'LOCATION', list(r));
    }
  });

  it('reads streets the tagger cut or left out ("30th Street Station", "on Bay Street")', () => {
    const text = `Riders waited at 30th Street Station. Elsewhere on Bay Street, bankers were back at work.`;
    const r = run(text);
    for (const place of ['30th Street Station', 'Bay Street']) {
      const m = mentionAt(r, text, place);
      assert.equal(m?.text, place, list(r));
      assert.equal(m?.type, 'LOCATION', list(r));
    }
  });
});
