// Names in modern copy, round 3 of issue 10: what our own development set of modern copy
// (test/fixtures/entities-modern) showed, each behaviour on a story written for the test. Every
// person, company, team and result here is invented.
import { strict as assert } from 'node:assert';
import { segment } from '../../server/src/analysis/segment';
import { entityOf, listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

const FLOOD = `Evacuee Marisol Quenneville said the water stopped a metre short of her door. Quenneville spent four nights in a school gym.

Chipmaker Tessarine said on Monday it would build a plant in the valley. Tessarine employs 2,000 people.

Defenseman Arvid Kolstad scored the winner for the home side.`;

describe('modern copy, round 3: a capitalised common noun first in a sentence, glued to a name', () => {
  const r = run(FLOOD);

  it('leaves the noun out of the name and types the name by it', () => {
    const evacuee = mentionAt(r, FLOOD, 'Marisol Quenneville');
    assert.equal(evacuee?.text, 'Marisol Quenneville', list(r));
    assert.equal(evacuee?.type, 'PERSON', list(r));
    const maker = mentionAt(r, FLOOD, 'Tessarine');
    assert.equal(maker?.text, 'Tessarine', list(r));
    assert.equal(entityOf(r, 'Tessarine').type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, FLOOD, 'Arvid Kolstad')?.text, 'Arvid Kolstad', list(r));
    for (const m of r.mentions) assert.ok(!/^(Evacuee|Chipmaker|Defenseman)\b/.test(m.text), `a noun inside "${m.text}"`);
  });
});

const SHOPS = `Apparel retailer Nora Blaise will shut 12 stores after a weak winter. Nora Blaise said rents had doubled in five years, and Nora Blaise's chief executive, Tobias Wren, said more closures were possible.`;

describe('modern copy, round 3: a trade and a business noun before a name shaped like a person', () => {
  const r = run(SHOPS);

  it('makes the name a company in every mention', () => {
    const shop = entityOf(r, 'Nora Blaise');
    assert.equal(shop.type, 'ORGANIZATION', list(r));
    assert.equal(shop.mentions.length, 3, list(r));
    assert.equal(entityOf(r, 'Tobias Wren').type, 'PERSON', list(r));
  });
});

const RACE = `Whitby leads Democrat Corinne Fairwood by four points in a poll released Friday.

Fairwood, a two-term congresswoman from Toledo, spent the day in Dayton with union members.

The governor appeared at a Fairwood event in July. Fairwood has run ads on the price of insulin. Fairwood's spokeswoman said the congresswoman would debate.

Sydney Marchetti, who runs the county food bank, said demand had doubled. Marchetti said the state should step in.`;

describe('modern copy, round 3: the surname of a person named in full', () => {
  const r = run(RACE);

  it('makes the surname alone that person, however the tagger read it', () => {
    const p = entityOf(r, 'Corinne Fairwood');
    assert.equal(p.type, 'PERSON', list(r));
    assert.equal(p.mentions.length, 5, list(r));
  });

  it('reads a given name that is also a place, before a surname the story uses alone, as a person', () => {
    const p = entityOf(r, 'Sydney Marchetti');
    assert.equal(p.type, 'PERSON', list(r));
    assert.equal(p.mentions.length, 2, list(r));
  });
});

describe('modern copy, round 3: an all-capitals byline before a dash is no dateline', () => {
  const story = (lead: string) => `Storm cuts power to thousands\n\n${lead} Nearly 200,000 homes and businesses were without power on Monday after a late-season storm brought high winds to the coast, utilities said.`;

  it('does not take a given name and a surname for the dateline place, and keeps real places', () => {
    assert.equal(segment(story('MARGARET OYELOWO --')).dateline, null);
    assert.equal(segment(story('DANIEL K. ROURKE --')).dateline, null);
    assert.equal(segment(story('VIRGINIA BEACH --')).dateline?.place?.text, 'VIRGINIA BEACH');
    assert.equal(segment(story('REGINA --')).dateline?.place?.text, 'REGINA');
    assert.equal(segment(story('LOS ANGELES --')).dateline?.place?.text, 'LOS ANGELES');
  });

  it('leaves the byline to the entity stage, which does not make it a place', () => {
    const r = run(story('MARGARET OYELOWO --'));
    assert.ok(!r.entities.some((e) => e.type === 'LOCATION' && /OYELOWO/.test(e.name)), list(r));
  });
});

describe('modern copy, round 3: a role word before a name whose given name no list knows', () => {
  const text = 'Former presidential candidate Mitt Romney said on Sunday that the bill should pass. Activist Joanna Bell disagreed.';
  const r = run(text);

  it('makes the two name words after a lower-case role a person', () => {
    assert.equal(mentionAt(r, text, 'Mitt Romney')?.type, 'PERSON', list(r));
  });

  it('keeps what a list knows as a party or a place out of it', () => {
    const t2 = 'The race pits GOP candidate Lorne Abernathy against incumbent Chicago Teachers Union members.';
    const r2 = run(t2);
    assert.notEqual(mentionAt(r2, t2, 'Chicago')?.type, 'PERSON', list(r2));
  });
});

const HILL = `Corrow spent the day in Toledo with Sen. Harlan Petrakis, D-Ohio, and union workers. The bill was opposed by Sen. Maribel Ostrander, R-Nev., and by two House Democrats. Rep. Tomas Okafor (D-Va.) voted for it.`;

describe('modern copy, round 3: AP party and state after a lawmaker', () => {
  const r = run(HILL);

  it('ends the person at the comma and makes the state a place', () => {
    assert.equal(mentionAt(r, HILL, 'Harlan Petrakis')?.text, 'Harlan Petrakis', list(r));
    assert.equal(mentionAt(r, HILL, 'Harlan Petrakis')?.type, 'PERSON', list(r));
    assert.equal(mentionAt(r, HILL, 'Ohio')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, HILL, 'Nev.')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, HILL, 'Va.')?.text, 'Va.', list(r));
    assert.ok(!r.mentions.some((m) => /^[DR]-/.test(m.text)), list(r));
  });
});

const COAST = `In Myrtle Beach, business owner Kofi Lindgren said the water reached his restaurant on Ocean Boulevard. Duke Energy said crews from Georgia were helping. The governor said the Hatch Act had not been broken, and early voting ends before Election Day.`;

describe('modern copy, round 3: the last word of a name says what it is', () => {
  const r = run(COAST);

  it('types a town, a street, a company, a law and a day by their last word', () => {
    assert.equal(mentionAt(r, COAST, 'Myrtle Beach')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, COAST, 'Ocean Boulevard')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, COAST, 'Duke Energy')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, COAST, 'Hatch Act')?.type, 'MISC', list(r));
    assert.equal(mentionAt(r, COAST, 'Election Day')?.type, 'MISC', list(r));
  });

  it('leaves a given name and a surname a person ("Barry Lane", "Chad Day")', () => {
    const t = 'Barry Lane shot a 68 and Chad Day a 70 on Sunday.';
    const r2 = run(t);
    assert.equal(mentionAt(r2, t, 'Barry Lane')?.type, 'PERSON', list(r2));
  });
});

const GAME = `Ivo Maric scored twice and the Portland Kestrels beat the visiting Tacoma Ironmen 4-3 on Thursday night.

Luka Brandt made 31 saves for Portland, which has won five of its last six games. Portland forward Hugo Saint-Amand left with an injury.`;

describe('modern copy, round 3: a town named as a team earlier is the team before a role or after "for"', () => {
  const r = run(GAME);

  it('types the town alone as the team', () => {
    assert.equal(mentionAt(r, GAME, 'Portland', 1)?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, GAME, 'Portland', 2)?.type, 'ORGANIZATION', list(r));
  });
});

describe('modern copy, round 3: a known town right after "in" is the place', () => {
  it('even where the tagger read a team', () => {
    const text = 'Fairweather spent the day in Cleveland with union members before flying home.';
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Cleveland')?.type, 'LOCATION', list(r));
  });
});

const STATE = `Deputy Assistant Secretary for Consular Affairs Ruth Bellamy said visas would resume in May. Police Chief Dale Fenwick said the road would reopen. Talks were led by Deputy Assistant Secretary of State Corinne Valdane.`;

describe('modern copy, round 3: a title run with a portfolio or a word no title list holds', () => {
  const r = run(STATE);

  it('finds the person at the end of a portfolio the tagger read with the name', () => {
    assert.equal(mentionAt(r, STATE, 'Ruth Bellamy')?.type, 'PERSON', list(r));
    assert.equal(mentionAt(r, STATE, 'Ruth Bellamy')?.text, 'Ruth Bellamy', list(r));
  });

  it('keeps the whole title run as the titled alias', () => {
    assert.ok(entityOf(r, 'Ruth Bellamy').aliases.includes('Deputy Assistant Secretary for Consular Affairs Ruth Bellamy'), list(r));
    assert.ok(entityOf(r, 'Dale Fenwick').aliases.includes('Police Chief Dale Fenwick'), list(r));
    assert.ok(entityOf(r, 'Corinne Valdane').aliases.includes('Deputy Assistant Secretary of State Corinne Valdane'), list(r));
  });
});

describe('modern copy, round 3: a coined word is no person', () => {
  it('does not type a capitalised word with no sign of a person anywhere as a person', () => {
    const text = 'Brexit added cost at every step, the chairman said. Since Brexit, sales have fallen by a fifth.';
    const r = run(text);
    assert.ok(r.mentions.some((m) => m.text === 'Brexit'), list(r));
    for (const m of r.mentions) if (m.text === 'Brexit') assert.notEqual(m.type, 'PERSON', list(r));
  });

  it('leaves a one-word person with a sign: a speech verb, a role noun, a number in a results line', () => {
    const text = 'The plan will fail, Gorvath said on Monday. Her daughter Marenka agreed. Scorers: Ostrova 12th, Vell 40th.';
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Gorvath')?.type, 'PERSON', list(r));
    assert.equal(mentionAt(r, text, 'Marenka')?.type, 'PERSON', list(r));
  });
});

describe('modern copy, round 3: names joined by "&"', () => {
  it('makes one organisation of the names on both sides', () => {
    const text = 'The closures follow those at Marlow & Finch, which collapsed in March. Shares of Douglas & Penrose rose.';
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Marlow & Finch')?.text, 'Marlow & Finch', list(r));
    assert.equal(mentionAt(r, text, 'Marlow & Finch')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, text, 'Douglas & Penrose')?.text, 'Douglas & Penrose', list(r));
  });

  it('but not two people', () => {
    const text = 'At the rally, Marta Quell & Gov. Ian Forde wore matching caps.';
    const r = run(text);
    assert.ok(!r.mentions.some((m) => m.type === 'ORGANIZATION' && /Quell|Forde/.test(m.text)), list(r));
  });
});

describe('modern copy, round 3: a portfolio between a nationality and a title', () => {
  it('is not part of the nationality', () => {
    const text = 'South Korean Trade Minister Yoon Seo-jin met Homeland Security Secretary Dana Whitlow on Monday.';
    const r = run(text);
    assert.equal(mentionAt(r, text, 'South Korean')?.text, 'South Korean', list(r));
    assert.equal(mentionAt(r, text, 'South Korean')?.type, 'MISC', list(r));
    assert.ok(!r.mentions.some((m) => m.text === 'Homeland'), list(r));
  });
});
