// The fact-check memo: a reviewed fixture for our sample article (over a
// frozen, hand-checked analysis, so engine improvements do not churn it) and
// properties that hold for any input.
import { strict as assert } from 'node:assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Attribution, Boilerplate, ClaimCandidate, Entity, Figure, Mention } from '../../server/src/analysis';
import { segment } from '../../server/src/analysis/segment';
import { parseSidecar } from '../../server/src/annotations/format';
import { prepareArticle } from '../../server/src/export';
import { exportMarkdown, STATUS_LABEL } from '../../server/src/export/markdown';
import { CAFE, cafeArticle, orphanClaim } from './sample';

const FIXTURES = join(__dirname, 'fixtures');
const ROOT = join(__dirname, '../..');

interface FrozenAnalysis {
  entities: Entity[];
  figures: Figure[];
  attributions: Attribution[];
  claims: ClaimCandidate[];
  boilerplate: Boilerplate[];
}

/** Segmentation from the library, the rest from the reviewed analysis fixture. */
function frozenAnalysis(text: string, frozen: FrozenAnalysis): Analysis {
  const mentions: Mention[] = frozen.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, entity: e.id })));
  return { text, segmentation: segment(text), mentions, ...frozen };
}

function riverDam() {
  const text = readFileSync(join(ROOT, 'samples/river-dam.article'), 'utf8');
  const frozen = JSON.parse(readFileSync(join(FIXTURES, 'river-dam.analysis.json'), 'utf8')) as FrozenAnalysis;
  const parsed = parseSidecar(readFileSync(join(FIXTURES, 'river-dam.article.annotations.json'), 'utf8'));
  assert.ok(parsed.ok);
  return prepareArticle({ file: 'samples/river-dam.article', uri: 'file:///samples/river-dam.article', text, analysis: frozenAnalysis(text, frozen), sidecar: parsed.sidecar });
}

describe('export: Markdown memo', () => {
  it('matches the reviewed memo for the river-dam sample (UPDATE_FIXTURES=1 rewrites it)', () => {
    const memo = exportMarkdown([riverDam()]);
    const path = join(FIXTURES, 'river-dam.memo.md');
    if (process.env.UPDATE_FIXTURES) writeFileSync(path, memo);
    assert.equal(memo, readFileSync(path, 'utf8'));
  });

  it('lists every tagged claim once, under the heading of its status', () => {
    for (const article of [riverDam(), cafeArticle(CAFE, [orphanClaim(CAFE)])]) {
      const memo = exportMarkdown([article]);
      const sections = memo.split(/^(?=#{2,3} )/m);
      for (const p of article.claims) {
        const section = sections.find((s) => s.startsWith(`### ${STATUS_LABEL[p.claim.status]} (`));
        assert.ok(section, `section for ${p.claim.status}`);
        const n = Number(/\((\d+)\)/.exec(section)![1]);
        assert.equal(n, article.claims.filter((c) => c.claim.status === p.claim.status).length);
        // The claim's first words appear, escaped, in its section.
        const words = (p.span ? article.text.slice(p.span.start, p.span.end) : p.claim.target.quote.exact).split(/\s+/).slice(0, 3).join(' ');
        assert.ok(section.replace(/\\/g, '').includes(words), `${words} under ${p.claim.status}`);
      }
    }
  });

  it('counts quotes by source and calls out anonymous ones', () => {
    const article = cafeArticle();
    const memo = exportMarkdown([article]);
    const table = memo.split('## Quotes by source')[1].split('\n\n')[1];
    const rows = table.split('\n').slice(2);
    const total = rows.reduce((n, r) => n + Number(r.split(' | ')[1]), 0);
    assert.equal(total, article.analysis.attributions.length);
    assert.match(memo, /\| Officials — ⚠ anonymous source \| 1 \|/);
    assert.match(memo, /\| Zoë Ångström \| \d+ \| [1-9]/, 'Zoë Ångström quoted directly');
  });

  it('escapes article text so tables and emphasis cannot break', () => {
    const text = 'Pipes | and *stars* at A|B *Co*, said Jo.\n';
    const at = text.indexOf('A|B *Co*');
    const article = prepareArticle({
      file: 'x.article', uri: 'file:///x.article', text,
      analysis: {
        text, segmentation: segment(text), mentions: [], figures: [], claims: [], boilerplate: [], attributions: [],
        entities: [{ id: 'x', type: 'ORGANIZATION', name: 'A|B *Co*', aliases: ['A|B *Co*'], mentions: [{ start: at, end: at + 8, text: 'A|B *Co*' }], role: 'newsmaker' }],
      },
      sidecar: null,
    });
    const memo = exportMarkdown([article]);
    const row = memo.split('\n').find((l) => l.startsWith('| A'))!;
    // Four columns: five unescaped pipes.
    assert.equal(row.replace(/\\\|/g, '').split('|').length - 1, 5, row);
    assert.ok(row.includes('A\\|B \\*Co\\*'));
  });

  it('puts several articles in one memo with a contents list', () => {
    const memo = exportMarkdown([cafeArticle(), riverDam()]);
    assert.match(memo, /^# Fact-check memo: 2 articles\n/);
    assert.equal(memo.match(/^## /gm)?.length, 2);
  });
});
