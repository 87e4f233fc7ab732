// Names in modern copy: titles, honorifics, initials, family-name-first names, short forms of
// companies and papers, sports teams named after places, words that are never names.
// Every story here is invented for the test (people, companies and results are made up).
import { strict as assert } from 'node:assert';
import { clusterAt, ClusterTable } from '../../server/src/analysis/entities/clusters';
import { hashLower } from '../../server/src/analysis/entities/hash';
import { harmoniseTypes } from '../../server/src/analysis/entities/consistency';
import { companiesNamedLikePeople } from '../../server/src/analysis/entities/companies';
import { buildContext } from '../../server/src/analysis/entities/features';
import { groupMentions } from '../../server/src/analysis/entities/group';
import { defaultModel } from '../../server/src/analysis/entities/model';
import type { RawMention } from '../../server/src/analysis/entities/rules';
import { segment } from '../../server/src/analysis/segment';
import type { EntityType } from '../../server/src/analysis/types';
import { entityOf, listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

const POLITICS = `Central Bank Chair Marta L. Kessler said on Tuesday that rates would stay on hold for now. Kessler told lawmakers the economy was cooling faster than expected.

Representative Gabriela Fontaine asked whether the bank had waited too long. Senator Richard M. Holloway, who chairs the banking committee, said he had heard enough. Ms. Fontaine disagreed, and Mr. Holloway did not answer.

Rep. Dana Whitcombe and Gov. Luis Arriaga joined the hearing by video. Dr. Ines Varga, an economist at a Lisbon university, said her forecast had not changed. Ms. May, who chairs the audit panel, was not there, and Mrs. Okafor spoke for her.

European Commission President Helga von der Brandt met U.S. President-elect Tom Calloway in Brussels. President Walter J. Brennan signed the farm bill on Friday. Walter Brennan later said it would help growers in the west.`;

describe('entities: titles and honorifics are not names', () => {
  const r = run(POLITICS);

  it('leaves a job title out of the name and splits the organisation before it', () => {
    assert.equal(mentionAt(r, POLITICS, 'Marta L. Kessler')?.text, 'Marta L. Kessler');
    assert.equal(mentionAt(r, POLITICS, 'Marta L. Kessler')?.type, 'PERSON');
    assert.equal(mentionAt(r, POLITICS, 'Central Bank')?.text, 'Central Bank');
    assert.equal(mentionAt(r, POLITICS, 'Central Bank')?.type, 'ORGANIZATION');
    assert.equal(mentionAt(r, POLITICS, 'Gabriela Fontaine')?.type, 'PERSON');
    assert.equal(mentionAt(r, POLITICS, 'Helga von der Brandt')?.text, 'Helga von der Brandt');
    assert.equal(mentionAt(r, POLITICS, 'Helga von der Brandt')?.type, 'PERSON');
    assert.equal(mentionAt(r, POLITICS, 'European Commission')?.text, 'European Commission');
    assert.equal(mentionAt(r, POLITICS, 'U.S.')?.text, 'U.S.');
    assert.equal(mentionAt(r, POLITICS, 'U.S.')?.type, 'LOCATION');
    assert.equal(mentionAt(r, POLITICS, 'Tom Calloway')?.text, 'Tom Calloway');
    assert.equal(mentionAt(r, POLITICS, 'Tom Calloway')?.type, 'PERSON');
    for (const m of r.mentions) assert.ok(!/\b(Chair|Representative|Senator|President|President-elect)\b/.test(m.text), `a title inside "${m.text}"`);
  });

  it('never makes an honorific an entity, and reads the words after it as a person', () => {
    for (const m of r.mentions) assert.ok(!/^(Mr|Mrs|Ms|Dr|Rep|Sen|Gov)\.?( |$)/.test(m.text), `honorific in "${m.text}"`);
    const may = mentionAt(r, POLITICS, 'May,');
    assert.equal(may?.text, 'May');
    assert.equal(may?.type, 'PERSON');
    assert.equal(mentionAt(r, POLITICS, 'Okafor')?.type, 'PERSON');
    assert.equal(mentionAt(r, POLITICS, 'Dana Whitcombe')?.text, 'Dana Whitcombe');
    assert.equal(mentionAt(r, POLITICS, 'Luis Arriaga')?.type, 'PERSON');
    assert.equal(mentionAt(r, POLITICS, 'Ines Varga')?.type, 'PERSON');
  });

  it('keeps a middle initial inside the name', () => {
    assert.equal(mentionAt(r, POLITICS, 'Richard M. Holloway')?.text, 'Richard M. Holloway');
    assert.equal(mentionAt(r, POLITICS, 'Walter J. Brennan')?.text, 'Walter J. Brennan');
  });

  it('groups a name with and without its middle initial, and the honorific form with the full name', () => {
    assert.deepEqual(entityOf(r, 'Walter J. Brennan').aliases, ['Walter J. Brennan', 'Walter Brennan', 'President Walter J. Brennan']);
    assert.deepEqual(entityOf(r, 'Richard M. Holloway').mentions.map((m) => m.text), ['Richard M. Holloway', 'Holloway']);
    assert.deepEqual(entityOf(r, 'Gabriela Fontaine').mentions.map((m) => m.text), ['Gabriela Fontaine', 'Fontaine']);
    assert.deepEqual(entityOf(r, 'Marta L. Kessler').mentions.map((m) => m.text), ['Marta L. Kessler', 'Kessler']);
  });
});

const BUSINESS = `Foreign ministry spokeswoman Liang Xiaoling said on Monday that talks with the trade bloc would go on. Liang added that Tan Meiyun, the finance chief of a telecoms group, had been allowed to fly home. Tan landed in Shenzhen on Friday.

Harrowgate Energy said its quarterly profit fell by a third as refinery margins shrank. Harrowgate shares dropped 4 percent in Toronto. The Lakeside Post first reported the job cuts, and the Post said more were likely.

Shares of Belmont Hart, the clothing retailer, fell after the warning. Belmont Hart shares were down 6 percent by noon.`;

describe('entities: short forms group with the full name', () => {
  const r = run(BUSINESS);

  it('groups a family name written first with the full name', () => {
    assert.deepEqual(entityOf(r, 'Liang Xiaoling').mentions.map((m) => m.text), ['Liang Xiaoling', 'Liang']);
    assert.deepEqual(entityOf(r, 'Tan Meiyun').mentions.map((m) => m.text), ['Tan Meiyun', 'Tan']);
  });

  it('groups a company with its short name and a paper with "the Post"', () => {
    const energy = entityOf(r, 'Harrowgate Energy');
    assert.equal(energy.type, 'ORGANIZATION');
    assert.deepEqual(energy.mentions.map((m) => m.text), ['Harrowgate Energy', 'Harrowgate']);
    const post = r.entities.find((e) => e.aliases.includes('Post'));
    assert.ok(post, list(r));
    assert.equal(post.type, 'ORGANIZATION');
    assert.equal(post.mentions.length, 2);
    assert.ok(/Lakeside Post/.test(post.name), post.name);
  });

  it('reads a company named like a person as an organisation where only a company fits', () => {
    const hart = entityOf(r, 'Belmont Hart');
    assert.equal(hart.type, 'ORGANIZATION');
    assert.equal(hart.mentions.length, 2);
  });
});

const MORE_BUSINESS = `Corliss said its third-quarter revenue rose 5 percent, helped by cloud sales.

Halvard Group Chief Financial Officer Ines Dahlberg will step down in March, the company said. Senator Ruth Okonjo, the Ohio Republican, called for a hearing.`;

describe('entities: companies, titles and party labels in business copy', () => {
  const r = run(MORE_BUSINESS);

  it('reads a one-word name that owns "its" as a company', () => {
    assert.equal(mentionAt(r, MORE_BUSINESS, 'Corliss')?.type, 'ORGANIZATION');
  });

  it('retypes what the tagger read as a person where only a company fits, and leaves people alone', () => {
    const text = 'Petro-Chile raised prices. Shares of Nadia Rusk fell. Nadia Rusk shares rose. Jean-Luc spoke. spokesman Varga said its plan held.';
    const seg = segment(text);
    const model = defaultModel();
    const ctx = buildContext(seg, model.gazetteer, model.casing, model.clusters);
    const tok = (surface: string, n = 0) => {
      let at = -1;
      for (let i = 0; i <= n; i++) at = text.indexOf(surface, at + 1);
      return seg.tokens.findIndex((t) => t.start === at);
    };
    const spans = [
      { from: tok('Petro-Chile'), to: tok('Petro-Chile') + 1, type: 0 },
      { from: tok('Nadia'), to: tok('Nadia') + 2, type: 0 },
      { from: tok('Nadia', 1), to: tok('Nadia', 1) + 2, type: 2 },
      { from: tok('Jean-Luc'), to: tok('Jean-Luc') + 1, type: 0 },
      { from: tok('Varga'), to: tok('Varga') + 1, type: 0 },
    ];
    const out = companiesNamedLikePeople(ctx, seg, model.gazetteer, spans);
    // A place name after a hyphen, "shares of X": companies; "X shares rose" only for a person's
    // name ("London shares"); a hyphenated given name and a person after a job title stay.
    assert.deepEqual(out.map((x) => x.type), [1, 1, 2, 0, 0]);
    assert.deepEqual(out.map((x) => x.sure === true), [false, true, false, false, false]);
  });

  it('leaves a several-word title out of both the company and the person', () => {
    assert.equal(mentionAt(r, MORE_BUSINESS, 'Halvard Group')?.text, 'Halvard Group');
    assert.equal(mentionAt(r, MORE_BUSINESS, 'Halvard Group')?.type, 'ORGANIZATION');
    assert.equal(mentionAt(r, MORE_BUSINESS, 'Ines Dahlberg')?.text, 'Ines Dahlberg');
    assert.equal(mentionAt(r, MORE_BUSINESS, 'Ines Dahlberg')?.type, 'PERSON');
  });

  it('splits a place from the party word after it', () => {
    assert.equal(mentionAt(r, MORE_BUSINESS, 'Ohio')?.text, 'Ohio');
    assert.equal(mentionAt(r, MORE_BUSINESS, 'Ohio')?.type, 'LOCATION');
    assert.equal(mentionAt(r, MORE_BUSINESS, 'Republican')?.type, 'MISC');
  });
});

const SPORTS = `The San Jose Sharks beat the Los Angeles Kings 4-2 on Saturday, their fifth win in a row. Oklahoma beat Brigham Young 31-17 in the late game, and Houston won 3-1 at home.

Brazil beat Argentina 2-0 in a friendly in Lisbon. Fans had queued since Christmas for tickets, and Christmas sales of shirts doubled.

“I’m not leaving,” the Sharks captain said. “I’ve said that before, and I'm saying it again.”`;

describe('entities: sports teams and words that are never names', () => {
  const r = run(SPORTS);

  it('reads a city and a team nickname as one organisation', () => {
    for (const team of ['San Jose Sharks', 'Los Angeles Kings']) {
      const m = mentionAt(r, SPORTS, team);
      assert.equal(m?.text, team);
      assert.equal(m?.type, 'ORGANIZATION');
    }
  });

  it('reads a city or school that beat or won as a team, but keeps national sides as places', () => {
    assert.equal(mentionAt(r, SPORTS, 'Oklahoma')?.type, 'ORGANIZATION');
    assert.equal(mentionAt(r, SPORTS, 'Houston')?.type, 'ORGANIZATION');
    assert.notEqual(mentionAt(r, SPORTS, 'Brigham Young')?.type, 'LOCATION');
    assert.equal(mentionAt(r, SPORTS, 'Brazil')?.type, 'LOCATION');
    assert.equal(mentionAt(r, SPORTS, 'Argentina')?.type, 'LOCATION');
  });

  it('never tags a holiday or a contraction of "I"', () => {
    for (const m of r.mentions) assert.ok(!/Christmas|I’m|I’ve|I'm/.test(m.text), `"${m.text}" tagged ${m.type}`);
  });
});

function raw(text: string, spans: Array<[string, EntityType, number?]>, extra: Partial<RawMention> = {}): RawMention[] {
  const out: RawMention[] = [];
  const seen = new Map<string, number>();
  for (const [surface, type, nth = -1] of spans) {
    let at = -1;
    const n = nth >= 0 ? nth : seen.get(surface) ?? 0;
    for (let i = 0; i <= n; i++) at = text.indexOf(surface, at + 1);
    assert.ok(at >= 0, surface);
    seen.set(surface, n + 1);
    out.push({ start: at, end: at + surface.length, text: surface, type, credit: false, ...extra });
  }
  return out;
}

describe('entities: grouping rules on given mentions', () => {
  it('groups "Donald J. Trump"-style names with and without the initial', () => {
    const text = 'Maria T. Olsen spoke. Maria Olsen left. Olsen returned.';
    const g = groupMentions(raw(text, [['Maria T. Olsen', 'PERSON'], ['Maria Olsen', 'PERSON'], ['Olsen', 'PERSON']]), text);
    assert.equal(g.entities.length, 1);
    assert.equal(g.entities[0].name, 'Maria T. Olsen');
  });

  it('groups a family name written first, but prefers a surname match', () => {
    const text = 'Wei Junhao met Anna Wei. Wei spoke. Park Min-seo arrived; Park left.';
    const g = groupMentions(raw(text, [['Wei Junhao', 'PERSON'], ['Anna Wei', 'PERSON'], ['Wei', 'PERSON', 2], ['Park Min-seo', 'PERSON'], ['Park', 'PERSON', 1]]), text);
    assert.deepEqual(g.entities.map((e) => e.mentions.map((m) => m.text)), [['Wei Junhao'], ['Anna Wei', 'Wei'], ['Park Min-seo', 'Park']]);
  });

  it('groups a one-word organisation with the one longer name it starts or ends, and drops a leading "the"', () => {
    const text = 'Corvane Energy rose. Corvane fell. The Harbour Post said so; the Post also said Harbour Post was sold.';
    const g = groupMentions(raw(text, [['Corvane Energy', 'ORGANIZATION'], ['Corvane', 'ORGANIZATION', 1], ['The Harbour Post', 'ORGANIZATION'], ['Post', 'ORGANIZATION', 1], ['Harbour Post', 'ORGANIZATION', 1]]), text);
    assert.equal(g.entities.length, 2, g.entities.map((e) => e.aliases.join('/')).join(' | '));
    assert.deepEqual(g.entities[1].mentions.map((m) => m.text), ['The Harbour Post', 'Post', 'Harbour Post']);
  });

  it('leaves a one-word organisation alone when two longer names start with it', () => {
    const text = 'Corvane Energy and Corvane Mining merged. Corvane said so.';
    const g = groupMentions(raw(text, [['Corvane Energy', 'ORGANIZATION'], ['Corvane Mining', 'ORGANIZATION'], ['Corvane', 'ORGANIZATION', 2]]), text);
    assert.equal(g.entities.length, 3);
  });
});

describe('entities: one type per name in an article', () => {
  it('gives a name the type most of its mentions have, and a surname the person type', () => {
    const text = 'Ilse Brandvold spoke. Brandvold left. Dunmore won. Dunmore lost. Dunmore tied.';
    const m = harmoniseTypes(raw(text, [['Ilse Brandvold', 'PERSON'], ['Brandvold', 'ORGANIZATION'], ['Dunmore', 'ORGANIZATION'], ['Dunmore', 'LOCATION'], ['Dunmore', 'ORGANIZATION']]));
    assert.deepEqual(m.map((x) => x.type), ['PERSON', 'PERSON', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION']);
  });

  it('keeps capitals apart, and counts what a rule is sure of thrice without changing it', () => {
    const text = 'HALDEN won. Halden beat Ostby. Halden fans cheered. Halden scored. Halden won again. Halden lost. Ms. Halden spoke.';
    const m = harmoniseTypes([
      ...raw(text, [['HALDEN', 'LOCATION'], ['Halden', 'ORGANIZATION'], ['Halden', 'ORGANIZATION'], ['Halden', 'LOCATION'], ['Halden', 'ORGANIZATION'], ['Halden', 'ORGANIZATION']]),
      ...raw(text, [['Halden', 'PERSON', 5]], { sure: true }),
    ]);
    assert.deepEqual(m.map((x) => x.type), ['LOCATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'ORGANIZATION', 'PERSON']);
    const text2 = 'Okafor arrived. Mrs. Okafor spoke.';
    const m2 = harmoniseTypes([...raw(text2, [['Okafor', 'LOCATION']]), ...raw(text2, [['Okafor', 'PERSON', 1]], { sure: true })]);
    assert.deepEqual(m2.map((x) => x.type), ['PERSON', 'PERSON']);
  });

  it('leaves the dateline and credits alone', () => {
    const text = 'OSTBY won. Ostby beat Halden.';
    const m = harmoniseTypes([...raw(text, [['OSTBY', 'LOCATION']], { fixed: true }), ...raw(text, [['Ostby', 'ORGANIZATION']])]);
    assert.deepEqual(m.map((x) => x.type), ['LOCATION', 'ORGANIZATION']);
  });
});

describe('entities: word clusters', () => {
  it('reads coarser clusters from the top bits of a leaf, and keeps "unknown" apart', () => {
    const leaf = 0b101_011_110_001;
    const id = leaf + 1;
    assert.equal(clusterAt(id, 4), leaf + 1);
    assert.equal(clusterAt(id, 1), 0b101 + 1);
    assert.equal(clusterAt(id, 2), 0b101_011 + 1);
    assert.equal(clusterAt(0, 2), 0);
  });

  it('looks words up by hash, leaf 0 included, and gives 0 to unknown words', () => {
    const words = ['harbour', 'port', 'quay', 'ferry'];
    const table = new ClusterTable(words.map(hashLower), [0, 7, 4095, 12]);
    const ids = ['Port', 'quay', 'zzz', 'harbour', 'FERRY'].map((w) => table.get(hashLower(w)));
    assert.deepEqual(ids, [8, 4096, 0, 1, 13]);
  });
});

describe('entities: curly quotes and apostrophes', () => {
  const STRAIGHT = `"We're ready," Marta Kessler's spokesman said after Harrowgate Energy's vote. Kessler's allies in O'Brien County agreed.`;
  const CURLY = STRAIGHT.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’');

  it('gives a curly apostrophe the features of a straight one (the training data has only straight ones)', () => {
    const model = defaultModel();
    const a = buildContext(segment(STRAIGHT), model.gazetteer, model.casing, model.clusters);
    const b = buildContext(segment(CURLY), model.gazetteer, model.casing, model.clusters);
    assert.equal(CURLY.length, STRAIGHT.length);
    assert.deepEqual(Array.from(b.lower), Array.from(a.lower));
    // Exact forms and shapes are properties of a token's word (lexicon.ts).
    const perToken = (c: typeof a, of: 'form' | 'shape') => Array.from(c.word, (w) => c.words[of](w));
    assert.deepEqual(perToken(b, 'form'), perToken(a, 'form'));
    assert.deepEqual(perToken(b, 'shape'), perToken(a, 'shape'));
  });

  it('finds the same names in both', () => {
    const spans = (t: string) => run(t).mentions.map((m) => `${m.start}:${m.end}:${m.type}`);
    assert.deepEqual(spans(CURLY), spans(STRAIGHT));
    assert.ok(spans(STRAIGHT).length >= 3);
  });
});

describe('entities: the region in a dateline', () => {
  it('reads the state or country after the dateline place as a place too', () => {
    const text = 'Fjord ferries resume after storm\n\nHALDEN, Norway, May 3 (Wirewire) - Ferries resumed on Friday after a storm closed the fjord for two days, the port said.';
    const r = run(text);
    assert.equal(mentionAt(r, text, 'HALDEN')?.type, 'LOCATION');
    assert.equal(mentionAt(r, text, 'Norway')?.type, 'LOCATION');
  });
});

describe('entities: a surname alone after the full name', () => {
  const TEXT = `Fed Cup captain Billie Jo King named the team on Monday. "I told them we need everyone," King said. Injuries have forced King to wait, and King Harald did not attend.`;

  it('finds the surname the tagger missed, and groups it with the full name', () => {
    const r = run(TEXT);
    const king = entityOf(r, 'Billie Jo King');
    assert.equal(king.type, 'PERSON');
    assert.deepEqual(king.mentions.map((m) => m.start), [TEXT.indexOf('Billie Jo King'), TEXT.indexOf('King said'), TEXT.indexOf('King to')]);
    assert.ok(!king.mentions.some((m) => m.start === TEXT.indexOf('King Harald')), 'a longer name is not the surname alone');
  });
});

describe('entities: a name beside a noun that says what it is', () => {
  const TEXT = `Output at the country's biggest field, Marlowe, fell by a third on Monday, and the operator, Hallam, said repairs would take a week. Crews flew in from the capital, Ostrava Nova, and from the port of Kessick. A friend of his, Ada Kessler, runs the canteen at the field.`;

  it('types the name as the noun says: field and capital are places, the operator an organisation', () => {
    const r = run(TEXT);
    assert.equal(mentionAt(r, TEXT, 'Marlowe')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, TEXT, 'Hallam')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, TEXT, 'Ostrava Nova')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, TEXT, 'Kessick')?.type, 'LOCATION', list(r));
  });

  it('leaves a person beside other nouns alone', () => {
    const r = run(TEXT);
    assert.equal(mentionAt(r, TEXT, 'Ada Kessler')?.type, 'PERSON', list(r));
  });
});
