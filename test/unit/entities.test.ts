import { strict as assert } from 'node:assert';
import { recognizeEntities } from '../../server/src/analysis/entities';
import { compoundNamePart } from '../../server/src/analysis/entities/compounds';
import { groupMentions } from '../../server/src/analysis/entities/group';
import { fromBase64, toBase64 } from '../../server/src/analysis/entities/model-format';
import type { RawMention } from '../../server/src/analysis/entities/rules';
import { segment } from '../../server/src/analysis/segment';
import type { EntityType } from '../../server/src/analysis/types';
import { entityOf, mentionAt, runEntities as run } from './entity-helpers';

// Invented wire copy: every name, place and agency here is made up for the test.
const STORY = `Grain corridor will reopen, minister says

VARNOVA, May 12 (Wirewire) – Foreign Minister Elena Dragomir said on Tuesday that the grain corridor through Varnova would reopen within days, after talks with Turkey's Trade Ministry ended late on Monday.

Sign up now for FREE unlimited access to Wirewire.com

Dragomir told reporters that the Black Sea Shipping Association (BSSA) had agreed to resume convoys. The BSSA, a Turkish-led group of port operators, said the first ships would leave Varnova on Friday.

Dragomir's deputy, Victor Lungu, said ex-Soviet rail links were still being repaired. President Andrei Costa welcomed the deal, and Costa's office said the World Bank would fund the repairs.

Reporting by Ana Lima and Tom Reed; Editing by Sara Holt`;

describe('entities: a wire story', () => {
  const r = run(STORY);

  it('takes the dateline place and agency, and groups the capitals with the body spelling', () => {
    const place = entityOf(r, 'Varnova');
    assert.equal(place.type, 'LOCATION');
    assert.deepEqual(place.mentions.map((m) => m.text), ['VARNOVA', 'Varnova', 'Varnova']);
    assert.equal(entityOf(r, 'Wirewire').type, 'ORGANIZATION');
  });

  it('leaves titles out of person names', () => {
    const dragomir = entityOf(r, 'Elena Dragomir');
    assert.equal(dragomir.type, 'PERSON');
    assert.equal(dragomir.mentions[0].start, STORY.indexOf('Elena Dragomir'));
    assert.equal(entityOf(r, 'Andrei Costa').mentions[0].text, 'Andrei Costa');
    assert.ok(!r.mentions.some((m) => /Minister|President/.test(m.text)), 'a title inside a mention');
  });

  it('groups a surname with the full name, possessives included', () => {
    const dragomir = entityOf(r, 'Elena Dragomir');
    assert.deepEqual(dragomir.mentions.map((m) => m.text), ['Elena Dragomir', 'Dragomir', 'Dragomir']);
    // The titled form is an alias, after the names as written (titles.ts).
    assert.deepEqual(dragomir.aliases, ['Elena Dragomir', 'Dragomir', 'Foreign Minister Elena Dragomir']);
    assert.deepEqual(entityOf(r, 'Andrei Costa').mentions.map((m) => m.text), ['Andrei Costa', 'Costa']);
  });

  it('splits a possessive: place, then organisation', () => {
    const turkey = mentionAt(r, STORY, 'Turkey');
    assert.equal(turkey?.text, 'Turkey');
    assert.equal(turkey?.type, 'LOCATION');
    const ministry = mentionAt(r, STORY, 'Trade Ministry');
    assert.equal(ministry?.text, 'Trade Ministry');
    assert.equal(ministry?.type, 'ORGANIZATION');
  });

  it('groups an acronym with its long form', () => {
    const assoc = entityOf(r, 'Black Sea Shipping Association');
    assert.equal(assoc.type, 'ORGANIZATION');
    assert.deepEqual(assoc.aliases, ['Black Sea Shipping Association', 'BSSA']);
    assert.equal(assoc.mentions.length, 3);
  });

  it('keeps only the name part of a compound, as MISC', () => {
    const turkish = mentionAt(r, STORY, 'Turkish');
    assert.deepEqual([turkish?.text, turkish?.type], ['Turkish', 'MISC']);
    const soviet = mentionAt(r, STORY, 'Soviet');
    assert.deepEqual([soviet?.text, soviet?.type], ['Soviet', 'MISC']);
  });

  it('outputs credited staff as credit persons, apart from the newsmakers', () => {
    const credits = r.entities.filter((e) => e.role === 'credit');
    assert.deepEqual(credits.map((e) => [e.type, e.name]), [['PERSON', 'Ana Lima'], ['PERSON', 'Tom Reed'], ['PERSON', 'Sara Holt']]);
    const creditStart = STORY.indexOf('Reporting by');
    const inCredit = r.mentions.filter((m) => m.start >= creditStart).map((m) => m.text);
    assert.deepEqual(inCredit, ['Ana Lima', 'Tom Reed', 'Sara Holt']);
  });

  it('finds nothing inside boilerplate', () => {
    const banner = STORY.indexOf('Sign up now');
    const end = STORY.indexOf('\n', banner);
    assert.ok(!r.mentions.some((m) => m.start >= banner && m.end <= end));
  });

  it('numbers entities in order of first mention, with consistent mention links', () => {
    const firsts = r.entities.map((e) => e.mentions[0].start);
    assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
    r.entities.forEach((e, i) => assert.equal(e.id, `e${i + 1}`));
    for (const m of r.mentions) {
      assert.equal(STORY.slice(m.start, m.end), m.text);
      const e = r.entities.find((x) => x.id === m.entity);
      assert.ok(e?.mentions.some((s) => s.start === m.start && s.end === m.end));
      assert.equal(e?.type, m.type);
    }
    const starts = r.mentions.map((m) => m.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });
});

describe('entities: headlines and plain text', () => {
  it('tags names in an all-capitals headline', () => {
    const text = 'FLOODS CUT ROADS AROUND KORVATH AS RIVER DRAVEN RISES\nKORVATH 2026-03-02\nFloods cut roads around Korvath on Monday as the river Draven rose, officials in Korvath said.';
    const r = run(text);
    const korvath = r.entities.find((e) => e.name === 'Korvath');
    assert.ok(korvath, r.entities.map((e) => e.name).join(', '));
    assert.equal(korvath.type, 'LOCATION');
    assert.ok(korvath.mentions.some((m) => m.text === 'KORVATH'));
  });

  it('keeps only names in a Title Case headline', () => {
    const text = 'Grain Prices Fall As Moldova Opens Port, Traders Say\n\nPrices of wheat fell on Monday after Moldova reopened its main port.';
    const r = run(text);
    const inHeadline = r.mentions.filter((m) => m.end <= text.indexOf('\n')).map((m) => m.text);
    assert.deepEqual(inHeadline, ['Moldova']);
  });

  it('splits an organisation from the person named after a title', () => {
    const text = 'The Harbour Authority Chairman Marco Vela said on Monday that Delta Freight Corp Chief Executive Officer Ruth Ames would attend.';
    const r = run(text);
    const vela = r.mentions.find((m) => m.text === 'Marco Vela');
    assert.equal(vela?.type, 'PERSON', r.mentions.map((m) => `${m.type}:${m.text}`).join(', '));
    assert.equal(r.mentions.find((m) => m.text === 'Ruth Ames')?.type, 'PERSON');
    assert.ok(!r.mentions.some((m) => /Chairman|Chief|Executive|Officer/.test(m.text)));
  });

  it('reads a run of capitalised words ending in an organisation word as one organisation', () => {
    const text = 'Growers said the Tarsk Valley Walnut Commission would appeal, and the Northern Varnova District Court agreed to hear it.';
    const r = run(text);
    const orgs = r.mentions.filter((m) => m.type === 'ORGANIZATION').map((m) => m.text);
    assert.deepEqual(orgs, ['Tarsk Valley Walnut Commission', 'Northern Varnova District Court']);
  });

  it('ends a name at an ordinary lower-case word', () => {
    const text = 'Alliance envoy Petra Lindqvist in Varnova met the Tarsk Grain Board on Monday.';
    const r = run(text);
    assert.ok(!r.mentions.some((m) => m.text.includes(' in ')), r.mentions.map((m) => m.text).join(', '));
  });

  it('takes a region word into a nationality adjective', () => {
    const text = 'The Central Asian republic said on Monday that talks had failed.';
    const r = run(text);
    const m = r.mentions.find((x) => x.text.endsWith('Asian'));
    assert.deepEqual([m?.text, m?.type], ['Central Asian', 'MISC']);
  });

  it('finds no entity in text without names', () => {
    const r = run('the committee said prices would rise by about a tenth next year, and that wages would not.');
    assert.deepEqual(r.mentions, []);
  });

  it('handles empty text', () => {
    assert.deepEqual(run(''), { entities: [], mentions: [] });
  });

  it('reads a long article whole: every repeated name found and grouped', () => {
    // Speed belongs to the benchmark (docs/performance.md); this checks the long input itself.
    const para = 'Minister Elena Dragomir met Andrei Costa in Varnova on Tuesday, and the Black Sea Shipping Association said talks would go on. ';
    const text = para.repeat(400);
    const r = recognizeEntities(segment(text));
    assert.equal(r.mentions.length, 1600);
    assert.deepEqual(r.entities.map((e) => `${e.type}:${e.name}:${e.mentions.length}`), [
      'PERSON:Elena Dragomir:400', 'PERSON:Andrei Costa:400', 'LOCATION:Varnova:400', 'ORGANIZATION:Black Sea Shipping Association:400',
    ]);
  });
});

describe('entities: compounds', () => {
  const part = (w: string) => {
    const p = compoundNamePart(w);
    return p ? w.slice(p[0], p[1]) : null;
  };
  it('finds the name part', () => {
    assert.equal(part('Russian-led'), 'Russian');
    assert.equal(part('Soviet-era'), 'Soviet');
    assert.equal(part('ex-Soviet'), 'Soviet');
    assert.equal(part('U.S.-backed'), 'U.S.');
    assert.equal(part('pro-Western'), 'Western');
  });
  it('leaves hyphenated names and plain words alone', () => {
    assert.equal(part('Nur-Sultan'), null);
    assert.equal(part('Kassym-Jomart'), null);
    assert.equal(part('anti-government'), null);
    assert.equal(part('May-led'), null);
    assert.equal(part('led'), null);
  });
});

describe('entities: grouping', () => {
  const text = 'Okafor met ADA officials. Chidi Okafor of the African Dairy Alliance (ADA) said LAGOSA and Lagosa agreed. Okafor wrote it.';
  const m = (surface: string, type: EntityType, n = 0, credit = false): RawMention => {
    let at = -1;
    for (let i = 0; i <= n; i++) at = text.indexOf(surface, at + 1);
    return { start: at, end: at + surface.length, text: surface, type, credit };
  };
  const raw = [
    m('Okafor', 'PERSON'), m('ADA', 'ORGANIZATION'), m('Chidi Okafor', 'PERSON'), m('African Dairy Alliance', 'ORGANIZATION'),
    m('ADA', 'ORGANIZATION', 1), m('LAGOSA', 'LOCATION'), m('Lagosa', 'LOCATION'), m('Okafor', 'PERSON', 2, true),
  ].sort((a, b) => a.start - b.start);
  const g = groupMentions(raw);

  it('joins a surname that comes before the full name', () => {
    const p = g.entities.find((e) => e.name === 'Chidi Okafor');
    assert.deepEqual(p?.mentions.map((x) => x.text), ['Okafor', 'Chidi Okafor']);
    assert.equal(p?.id, 'e1');
  });
  it('joins an acronym and its long form, in either order', () => {
    const o = g.entities.find((e) => e.name === 'African Dairy Alliance');
    assert.deepEqual(o?.mentions.map((x) => x.text), ['ADA', 'African Dairy Alliance', 'ADA']);
  });
  it('joins a ticker in brackets to the organisation before it', () => {
    const t = 'Output fell, operator Nordvik Energy (NVE.OL) said. Separately, Harlow (HRW) and NVE.OL traded flat.';
    const at = (surface: string, n = 0) => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = t.indexOf(surface, i + 1);
      return i;
    };
    const org = (surface: string, n = 0): RawMention => ({ start: at(surface, n), end: at(surface, n) + surface.length, text: surface, type: 'ORGANIZATION', credit: false });
    const person: RawMention = { start: at('Harlow'), end: at('Harlow') + 6, text: 'Harlow', type: 'PERSON', credit: false };
    const grouped = groupMentions([org('Nordvik Energy'), org('NVE.OL'), person, org('HRW'), org('NVE.OL', 1)], t);
    const nordvik = grouped.entities.find((e) => e.name === 'Nordvik Energy');
    assert.deepEqual(nordvik?.mentions.map((x) => x.text), ['Nordvik Energy', 'NVE.OL', 'NVE.OL']);
    // After a person, a bracketed code is not that person's other name.
    assert.ok(grouped.entities.some((e) => e.name === 'HRW' && e.type === 'ORGANIZATION'));
  });
  it('joins spellings that differ only in case and prefers the mixed-case name', () => {
    const l = g.entities.find((e) => e.type === 'LOCATION');
    assert.equal(l?.name, 'Lagosa');
    assert.deepEqual(l?.aliases, ['Lagosa', 'LAGOSA']);
  });
  it('keeps a credited name apart from a newsmaker of the same name', () => {
    const credit = g.entities.filter((e) => e.role === 'credit');
    assert.equal(credit.length, 1);
    assert.equal(credit[0].mentions[0].start, text.lastIndexOf('Okafor'));
    assert.equal(g.mentions.length, raw.length);
  });
});

describe('entities: grouping people who share a surname', () => {
  const text = 'Ana Petrov spoke first. Petrov said yes. Then Ivan Petrov spoke. Petrov said no. Ana Petrov left.';
  const at = (surface: string, n: number): RawMention => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = text.indexOf(surface, i + 1);
    return { start: i, end: i + surface.length, text: surface, type: 'PERSON', credit: false };
  };
  const raw = [at('Ana Petrov', 0), at('Petrov', 1), at('Ivan Petrov', 0), at('Petrov', 3), at('Ana Petrov', 1)];
  const g = groupMentions(raw);

  it('gives a lone surname to the person named most recently before it', () => {
    const ana = g.entities.find((e) => e.name === 'Ana Petrov');
    const ivan = g.entities.find((e) => e.name === 'Ivan Petrov');
    assert.deepEqual(ana?.mentions.map((m) => m.start), [raw[0].start, raw[1].start, raw[4].start]);
    assert.deepEqual(ivan?.mentions.map((m) => m.start), [raw[2].start, raw[3].start]);
  });

  it('passes over a relative introduced by a family word for the person named before ("her son X Lachlan" … "Lachlan was born")', () => {
    const obituary = 'Margaret Lachlan, a harbour pilot, died on Sunday. She is survived by her son Colin Lachlan. Lachlan was born in 1931.';
    const find = (surface: string, n = 0): RawMention => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = obituary.indexOf(surface, i + 1);
      return { start: i, end: i + surface.length, text: surface, type: 'PERSON', credit: false };
    };
    const lone = obituary.indexOf('Lachlan was');
    const grouped = groupMentions([find('Margaret Lachlan'), find('Colin Lachlan'), { ...find('Lachlan', 2), start: lone, end: lone + 7 }], obituary);
    assert.deepEqual(grouped.entities.find((e) => e.name === 'Margaret Lachlan')?.mentions.map((m) => m.start), [0, lone]);
    // Without the text (no family word to read), the nearest full name before still takes it.
    const bare = groupMentions([find('Margaret Lachlan'), find('Colin Lachlan'), { ...find('Lachlan', 2), start: lone, end: lone + 7 }]);
    assert.deepEqual(bare.entities.find((e) => e.name === 'Colin Lachlan')?.mentions.map((m) => m.start), [obituary.indexOf('Colin Lachlan'), lone]);
  });
});

describe('entities: base64', () => {
  it('base64 matches the standard encoding', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 251, 252, 253]);
    assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
    assert.deepEqual(Array.from(fromBase64(Buffer.from(bytes).toString('base64'))), Array.from(bytes));
  });
});
