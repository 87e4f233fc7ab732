// The fact-check memo: a reviewed fixture for our sample article (over a
// frozen, hand-checked analysis, so engine improvements do not churn it) and
// properties that hold for any input.
import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, Attribution, Boilerplate, ClaimCandidate, Entity, Figure, Mention } from '../../server/src/analysis';
import { segment } from '../../server/src/analysis/segment';
import { structureOf } from '../../server/src/analysis/structure';
import { parseSidecar } from '../../server/src/annotations/format';
import { prepareArticle } from '../../server/src/export';
import { exportMarkdown, STATUS_LABEL } from '../../server/src/export/markdown';
import { CAFE, cafeArticle, claimOn, orphanClaim } from './sample';

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
  return { text, segmentation: structureOf(segment(text)), mentions, ...frozen };
}

function riverDam() {
  const text = readFileSync(join(ROOT, 'samples/river-dam.article'), 'utf8');
  const frozen = JSON.parse(readFileSync(join(FIXTURES, 'river-dam.analysis.json'), 'utf8')) as FrozenAnalysis;
  const parsed = parseSidecar(readFileSync(join(FIXTURES, 'river-dam.article.annotations.json'), 'utf8'));
  assert.ok(parsed.ok);
  return prepareArticle({ file: 'samples/river-dam.article', uri: 'file:///samples/river-dam.article', text, analysis: frozenAnalysis(text, frozen), sidecar: parsed.sidecar });
}

const md = new MarkdownIt({ html: true });
type Token = ReturnType<typeof md.parse>[number];

/** Plain text of inline tokens, as a reader sees it rendered. */
const plain = (t: Token): string => (t.children ?? []).map((c) => (c.type === 'softbreak' ? ' ' : c.content)).join('');

/** Rows of each table: the plain text of every cell. */
function tables(tokens: Token[]): string[][][] {
  const out: string[][][] = [];
  let row: string[] | null = null;
  for (const t of tokens) {
    if (t.type === 'table_open') out.push([]);
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close' && row) out[out.length - 1].push(row);
    else if (t.type === 'inline' && row && out.length) row.push(plain(t));
    if (t.type === 'tr_close') row = null;
  }
  return out;
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
        text, segmentation: structureOf(segment(text)), mentions: [], figures: [], claims: [], boilerplate: [], attributions: [],
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

  it('renders as intended with a CommonMark/GFM parser: sections, tables, links, no HTML', () => {
    const article = riverDam();
    const tokens = md.parse(exportMarkdown([article]), {});
    const headings = (tag: string) => tokens.flatMap((t, k) => (t.type === 'heading_open' && t.tag === tag ? [plain(tokens[k + 1])] : []));
    assert.equal(headings('h1').length, 1);
    assert.deepEqual(headings('h2'), ['Claims', 'Quotes by source', 'Who and what is named', 'Figures']);
    assert.ok(!tokens.some((t) => t.type === 'html_block' || (t.children ?? []).some((c) => c.type === 'html_inline')), 'no raw HTML');
    const [quotes, entities, figures] = tables(tokens);
    assert.equal(quotes.length - 1, new Set(article.analysis.attributions.map((a) => a.sourceEntity ?? a.source?.text.toLowerCase())).size);
    assert.deepEqual(figures.slice(1).map((r) => r[0]), article.analysis.figures.map((f) => f.text));
    assert.deepEqual(entities.slice(1).map((r) => r[0]).sort(), article.analysis.entities.filter((e) => e.role !== 'credit').map((e) => e.name).sort());
    // Every evidence URL is a working link; every claim's text reads back unescaped.
    const hrefs = tokens.flatMap((t) => (t.children ?? []).filter((c) => c.type === 'link_open').map((c) => c.attrGet('href')));
    assert.deepEqual([...hrefs].sort(), article.claims.flatMap((p) => p.claim.evidence.map((e) => e.url)).sort());
    assert.equal(hrefs.length, 2);
    const text = tokens.filter((t) => t.type === 'inline').map(plain).join('\n');
    for (const p of article.claims) assert.ok(text.includes(article.text.slice(p.span!.start, p.span!.end).replace(/\s+/g, ' ')), p.claim.id);
  });

  it('keeps hostile article text as text when rendered', () => {
    const text = 'Mayor says <script>alert(1)</script> and [a](javascript:x) cost $5 and $6 | *not bold*.\n';
    const claim = 'Mayor says <script>alert(1)</script> and [a](javascript:x) cost $5 and $6 | *not bold*.';
    const article = prepareArticle({
      file: 'h.article', uri: 'file:///h.article', text,
      analysis: { text, segmentation: structureOf(segment(text)), mentions: [], figures: [], claims: [], boilerplate: [], attributions: [], entities: [] },
      sidecar: { version: 1, offsetUnit: 'utf-16', article: 'h.article', textHash: '', claims: [claimOn(text, { exact: claim, status: 'false' }, 0)] },
    });
    const tokens = md.parse(exportMarkdown([article]), {});
    const inline = tokens.flatMap((t) => t.children ?? []);
    assert.ok(!inline.some((c) => c.type === 'html_inline' || c.type === 'link_open' && String(c.attrGet('href')).startsWith('javascript')));
    const item = tokens.filter((t) => t.type === 'inline').map(plain).find((x) => x.includes('Mayor says'));
    assert.ok(item?.includes(claim), item);
  });

  it('puts several articles in one memo with a contents list', () => {
    const memo = exportMarkdown([cafeArticle(), riverDam()]);
    assert.match(memo, /^# Fact-check memo: 2 articles\n/);
    assert.equal(memo.match(/^## /gm)?.length, 2);
  });
});
