// Names in modern copy, round 2 of issue 10: the behaviours a new user reported on recent news
// that test/unit/entities.test.ts and entities-names.test.ts do not cover yet. Every story here
// is invented for the test: people, companies, teams, places and results are made up.
import { strict as assert } from 'node:assert';
import type { Mention } from '../../server/src/analysis/types';
import { entityOf, listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

/** Every occurrence of `surface` is a mention of that exact text and type. */
function everyOccurrence(r: { mentions: Mention[] }, text: string, surface: string, type: string): void {
  let n = 0;
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1), n++) {
    const m = r.mentions.find((x) => x.start === at);
    assert.equal(m?.text, surface, `occurrence ${n} of "${surface}"`);
    assert.equal(m?.type, type, `occurrence ${n} of "${surface}"`);
  }
  assert.ok(n > 0);
}

const CAPITAL = `Parliament backs curfew as protests spread

President Askar-Bek Nurlanov signed the curfew decree late on Tuesday, hours after parliament approved it. President Nurlanov told the nation in a televised address that order would be restored within days.

Opposition leader Dinara Kaliyeva said the decree went too far. Nurlanov has ruled the country since 2019.`;

describe('modern copy: a title glued to a name', () => {
  const r = run(CAPITAL);

  it('keeps the title out of every mention and groups the titled short form with the full name', () => {
    const p = entityOf(r, 'Askar-Bek Nurlanov');
    assert.equal(p.type, 'PERSON');
    assert.deepEqual(p.mentions.map((m) => m.text), ['Askar-Bek Nurlanov', 'Nurlanov', 'Nurlanov']);
    for (const m of r.mentions) assert.ok(!/President/.test(m.text), `a title inside "${m.text}"`);
  });

  it('keeps the titled forms as aliases of the person', () => {
    const p = entityOf(r, 'Askar-Bek Nurlanov');
    assert.ok(p.aliases.includes('President Nurlanov'), list(r));
    assert.ok(p.aliases.includes('President Askar-Bek Nurlanov'), list(r));
    assert.ok(!entityOf(r, 'Dinara Kaliyeva').aliases.some((a) => /leader/.test(a)), 'a lower-case description is no title');
  });
});

const HEARING = `Sen. Warwick Ashdown questioned the airline chiefs for three hours on Wednesday. Sen. Ashdown said the refunds were late. Ms. Sterling, the chief executive of Corvane Air, said they were not. Ms. Sterling added that the airline had paid 90 percent of claims.

Sen. Ashdown pressed her again. Ms. Sterling said the rest would be paid by June. Ms. Sterling also said fares would rise. Sen. Ashdown said he would write to the regulator. Ms. Sterling declined to say by how much. Ms. Sterling left before the vote, and Ms. Sterling's deputy, Dr. Ravi Menon, stayed. Ms. Sterling later issued a statement. Ms. Sterling thanked the committee. Ms. Sterling was not asked back.`;

describe('modern copy: honorifics, many times over', () => {
  const r = run(HEARING);

  it('never makes an honorific an entity, however often it comes', () => {
    for (const m of r.mentions) assert.ok(!/^(Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\b/.test(m.text), `honorific in "${m.text}" (${m.type})`);
    assert.ok(!r.entities.some((e) => e.aliases.some((a) => /^(Ms|Sen|Dr)\.?$/.test(a))), list(r));
  });

  it('reads every name after an honorific as one person, even a word that is also a currency or a place', () => {
    everyOccurrence(r, HEARING, 'Sterling', 'PERSON');
    assert.equal(r.entities.filter((e) => e.aliases.includes('Sterling')).length, 1, list(r));
    assert.equal(mentionAt(r, HEARING, 'Ashdown', 1)?.type, 'PERSON');
    assert.equal(mentionAt(r, HEARING, 'Ravi Menon')?.text, 'Ravi Menon');
    const ashdown = entityOf(r, 'Warwick Ashdown');
    assert.equal(ashdown.mentions.length, 4, list(r));
  });
});

const SEOUL = `Unification Minister Kim Jae-won met North Korean envoy Roh Sang-ki at the border village on Thursday. Kim said the talks had been useful, while Roh declined to comment.

Lawmaker Park Ji Hoon, who sits on the defence committee, said he expected a second round. Park said the date had not been set.`;

describe('modern copy: family-name-first names', () => {
  const r = run(SEOUL);

  it('reads a Korean name with a hyphenated or spaced given name as one person', () => {
    assert.equal(mentionAt(r, SEOUL, 'Kim Jae-won')?.text, 'Kim Jae-won', list(r));
    assert.equal(mentionAt(r, SEOUL, 'Kim Jae-won')?.type, 'PERSON');
    assert.equal(mentionAt(r, SEOUL, 'Roh Sang-ki')?.text, 'Roh Sang-ki', list(r));
    assert.equal(mentionAt(r, SEOUL, 'Roh Sang-ki')?.type, 'PERSON');
    assert.equal(mentionAt(r, SEOUL, 'Park Ji Hoon')?.text, 'Park Ji Hoon', list(r));
    assert.equal(mentionAt(r, SEOUL, 'Park Ji Hoon')?.type, 'PERSON');
  });

  it('groups the family name alone with the full name', () => {
    assert.deepEqual(entityOf(r, 'Kim Jae-won').mentions.map((m) => m.text), ['Kim Jae-won', 'Kim']);
    assert.deepEqual(entityOf(r, 'Roh Sang-ki').mentions.map((m) => m.text), ['Roh Sang-ki', 'Roh']);
    assert.deepEqual(entityOf(r, 'Park Ji Hoon').mentions.map((m) => m.text), ['Park Ji Hoon', 'Park']);
  });
});

const GAME = `The Halverton Herons beat the Dunmore Foxes 3-1 on Sunday behind two goals from forward Tomas Hedlund. Herons MVP Dario Castellanos added an assist, and goalkeeper Jordan Sparks made 31 saves.

"We needed this one," Hedlund said. Castellanos and Sparks both signed new deals in the summer.`;

describe('modern copy: players are people', () => {
  const r = run(GAME);

  it('reads "the" + a town no list knows + a nickname as a team', () => {
    for (const team of ['Halverton Herons', 'Dunmore Foxes']) {
      assert.equal(mentionAt(r, GAME, team)?.text, team, list(r));
      assert.equal(mentionAt(r, GAME, team)?.type, 'ORGANIZATION', list(r));
    }
    assert.equal(entityOf(r, 'Halverton Herons').mentions.length, 2, list(r));
  });

  it('types players as persons, not as their team or a place', () => {
    for (const name of ['Tomas Hedlund', 'Dario Castellanos', 'Jordan Sparks']) {
      const m = mentionAt(r, GAME, name);
      assert.equal(m?.text, name, list(r));
      assert.equal(m?.type, 'PERSON', list(r));
    }
    for (const name of ['Hedlund said', 'Castellanos and', 'Sparks both']) {
      assert.equal(mentionAt(r, GAME, name)?.type, 'PERSON', `${name}: ${list(r)}`);
    }
    for (const m of r.mentions) assert.ok(!/MVP/.test(m.text), `a title inside "${m.text}"`);
  });
});

const NICKNAMES = `Kestrels forward Ivo Maric scored twice in the third period, and Kestrels coach Nadia Brandt said her side had finally found its rhythm. The Kestrels play again on Tuesday.`;

describe('modern copy: a team named by its nickname alone', () => {
  it('reads a nickname before a player\'s or coach\'s role as the team, and the nickname elsewhere too', () => {
    const r = run(NICKNAMES);
    everyOccurrence(r, NICKNAMES, 'Kestrels', 'ORGANIZATION');
    assert.equal(mentionAt(r, NICKNAMES, 'Ivo Maric')?.type, 'PERSON', list(r));
    assert.equal(mentionAt(r, NICKNAMES, 'Nadia Brandt')?.type, 'PERSON', list(r));
  });
});

const MARKETS = `Potash producer Velorkali said on Monday it would cut output by a fifth. Fashion retailer Corin Hale warned on profits, and mortgage lender Brightwater said its loan book had shrunk.

Velorkali shares fell 6 percent. The law firm Dunmore Sykes, which advises the board, declined to comment.`;

describe('modern copy: companies named like people', () => {
  const r = run(MARKETS);

  it('reads a name after a lower-case noun for a company as an organisation', () => {
    for (const name of ['Velorkali', 'Corin Hale', 'Brightwater', 'Dunmore Sykes']) {
      const m = mentionAt(r, MARKETS, name);
      assert.equal(m?.text, name, list(r));
      assert.equal(m?.type, 'ORGANIZATION', `${name}: ${list(r)}`);
    }
    assert.equal(entityOf(r, 'Velorkali').mentions.length, 2);
  });
});

const MORE_MARKETS = `Law firm Ostwald said it had hired three partners from a rival. Ostwald declined to say what they would be paid.

Copper producer Maralta said it would keep output flat this year, and Maralta expects prices to hold. Car manufacturer Gary Holt, who founded a parts maker in the 1990s, was elected to the state senate. The Carla Simmons campaign raised $2 million, and Simmons thanked donors.`;

describe('modern copy: companies introduced by what they do', () => {
  const r = run(MORE_MARKETS);

  it('types the company after "law firm" or "copper producer" in every mention', () => {
    everyOccurrence(r, MORE_MARKETS, 'Ostwald', 'ORGANIZATION');
    everyOccurrence(r, MORE_MARKETS, 'Maralta', 'ORGANIZATION');
    for (const m of r.mentions) assert.ok(!/^(Law|Copper)$/.test(m.text), `"${m.text}" (${m.type})`);
  });

  it('leaves a person after a noun that fits a person too, and a person before "campaign"', () => {
    assert.equal(mentionAt(r, MORE_MARKETS, 'Gary Holt')?.type, 'PERSON', list(r));
    assert.equal(mentionAt(r, MORE_MARKETS, 'Carla Simmons')?.type, 'PERSON', list(r));
    assert.equal(mentionAt(r, MORE_MARKETS, 'Simmons thanked')?.type, 'PERSON', list(r));
  });
});

const DESCRIBED = `Velmark, the state potash producer, said exports fell by a tenth in March. Output at Kasvar, the country's biggest oilfield, was cut by a third. Ilse Moor, a lawyer at the firm, said the contracts would be honoured, and Dana Wex, the film's producer, said shooting would resume.`;

describe('modern copy: a description after the name', () => {
  const r = run(DESCRIBED);

  it('types the name as the description says', () => {
    assert.equal(mentionAt(r, DESCRIBED, 'Velmark')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, DESCRIBED, 'Kasvar')?.type, 'LOCATION', list(r));
  });

  it('leaves people whose description only mentions a company, or is a job', () => {
    assert.equal(mentionAt(r, DESCRIBED, 'Ilse Moor')?.type, 'PERSON', list(r));
    assert.equal(mentionAt(r, DESCRIBED, 'Dana Wex')?.type, 'PERSON', list(r));
  });
});

const HOLIDAYS = `Shoppers filled the malls on Christmas Eve, and stores opened early again on Easter Monday. "I’m worn out," said Priya Nand, who runs a toy shop in the town.`;

describe('modern copy: holidays', () => {
  it('never types a holiday as a person, organisation or place', () => {
    const r = run(HOLIDAYS);
    for (const m of r.mentions) if (/Christmas|Easter/.test(m.text)) assert.equal(m.type, 'MISC', `"${m.text}" (${m.type})`);
    assert.equal(mentionAt(r, HOLIDAYS, 'Priya Nand')?.type, 'PERSON', list(r));
  });
});

const CAPTIONED = `Health minister promises faster vaccine rollout

Marc Doiron/CP Health Minister Agnes Tremblay speaks to reporters in Ottawa on Monday.

Slideshow (4 images)

REUTERS/Lena Moss/File Photo

OTTAWA -- Health Minister Agnes Tremblay said on Monday that every adult who wants a vaccine would get a first dose by June. Tremblay said shipments from Brenvale Pharma had doubled.

--Field Level Media`;

describe('modern copy: web furniture', () => {
  const r = run(CAPTIONED);

  it('finds no newsmaker in captions, photo credits or the slideshow counter (photographers are credited)', () => {
    const credited = new Set(r.entities.filter((e) => e.role === 'credit').flatMap((e) => e.mentions.map((m) => m.start)));
    for (const m of r.mentions) {
      assert.ok(!m.text.includes('/'), `a photo credit in "${m.text}"`);
      assert.ok(!/Slideshow/.test(m.text), `"${m.text}" (${m.type})`);
      if (/Doiron|Lena Moss/.test(m.text)) assert.ok(credited.has(m.start), `"${m.text}" is a newsmaker`);
    }
    assert.equal(entityOf(r, 'Lena Moss').role, 'credit', list(r));
    const tremblay = entityOf(r, 'Agnes Tremblay');
    assert.equal(tremblay.type, 'PERSON');
    assert.equal(tremblay.mentions[0].start, CAPTIONED.indexOf('Agnes Tremblay', CAPTIONED.indexOf('OTTAWA')));
  });

  it('does not take the agency of a sign-off for a newsmaker', () => {
    const flm = r.entities.find((e) => e.aliases.some((a) => /Field Level/.test(a)));
    assert.ok(!flm || flm.role === 'credit', list(r));
    assert.ok(!flm || flm.type !== 'PERSON', list(r));
  });
});
