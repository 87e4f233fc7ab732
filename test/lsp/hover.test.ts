// Hover cards through the protocol: the card under a name, a figure and a quote says what the
// engine found there.
import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { analyze, type Analysis } from '../../server/src/analysis';
import { SAMPLE, SAMPLE_URI } from './articles';
import { positionOf, startInProcess, type TestClient } from './harness';

async function hoverAt(c: TestClient, offset: number): Promise<{ text: string; hover: Hover } | null> {
  const hover = await c.conn.sendRequest<Hover | null>('textDocument/hover', {
    textDocument: { uri: SAMPLE_URI },
    position: positionOf(SAMPLE, offset),
  });
  return hover ? { text: (hover.contents as MarkupContent).value, hover } : null;
}

/** Markdown without the escapes, to compare with plain article text. */
const plain = (md: string) => md.replace(/\\(.)/g, '$1');

describe('LSP hover', () => {
  let c: TestClient;
  let analysis: Analysis;
  before(async () => {
    analysis = analyze(SAMPLE);
    c = await startInProcess();
    await c.open(SAMPLE_URI, SAMPLE);
  });
  after(() => c?.close());

  it('shows an entity card: canonical name, type, mention count, first mention', async () => {
    const e = analysis.entities.find((x) => x.type === 'PERSON' && x.role !== 'credit' && x.mentions.length > 1);
    assert.ok(e, 'the engine found a person named twice in the sample');
    const last = e.mentions[e.mentions.length - 1];
    const h = await hoverAt(c, last.start + 1);
    assert.ok(h, 'a hover');
    const text = plain(h.text);
    assert.ok(text.includes(`**${e.name}** — person`), text);
    assert.ok(text.includes(`${e.mentions.length} mentions`), text);
    assert.ok(text.includes(`first on line ${positionOf(SAMPLE, e.mentions[0].start).line + 1}`), text);
    assert.equal(h.hover.contents && (h.hover.contents as MarkupContent).kind, 'markdown');
    assert.deepEqual(h.hover.range, { start: positionOf(SAMPLE, last.start), end: positionOf(SAMPLE, last.end) });
    for (const alias of e.aliases.filter((a) => a !== e.name)) assert.ok(text.includes(alias), `alias ${alias}`);
  });

  it('lists what an entity is quoted as saying', async () => {
    const quoted = analysis.attributions.find((a) => a.sourceEntity && a.kind === 'direct');
    assert.ok(quoted, 'the sample has a direct quote with a resolved source');
    const e = analysis.entities.find((x) => x.id === quoted.sourceEntity)!;
    const h = await hoverAt(c, e.mentions[0].start);
    assert.ok(h && plain(h.text).includes('Quoted'), h?.text);
    assert.ok(plain(h.text).includes(quoted.content.text.slice(0, 20)), h.text);
  });

  it('shows a figure card with kind and value', async () => {
    const f = analysis.figures.find((x) => x.value !== null && !analysis.mentions.some((m) => m.start < x.end && x.start < m.end));
    assert.ok(f, 'the engine found a figure with a value in the sample');
    const h = await hoverAt(c, f.start);
    assert.ok(h, 'a hover');
    const text = plain(h.text);
    assert.ok(text.startsWith(`**${f.text}** — `), text);
    assert.match(text, /\nvalue \S/, text);
    // The sample's first such figure is a year: it reads as written, never "2,028".
    if (f.kind === 'DATE' && Number.isInteger(f.value)) {
      assert.ok(text.includes(`value ${f.value}`), text);
      assert.ok(!text.includes(f.value!.toLocaleString('en-US')), text);
    } else assert.ok(text.includes(f.value!.toLocaleString('en-US')), text);
  });

  it('shows the source and cue on a quote', async () => {
    const a = analysis.attributions.find((x) => x.kind === 'direct' && x.cue && (x.source || x.sourceEntity));
    assert.ok(a, 'a direct quote with a cue and a source');
    const inside = Array.from({ length: a.content.end - a.content.start }, (_, i) => a.content.start + i).find(
      (o) => ![...analysis.mentions, ...analysis.figures].some((s) => s.start <= o && o <= s.end),
    )!;
    const h = await hoverAt(c, inside);
    assert.ok(h, 'a hover');
    const text = plain(h.text);
    assert.ok(text.includes('Direct quote'), text);
    assert.ok(text.includes(`Cue: “${a.cue!.text}”`), text);
    assert.ok(text.includes('Source: **'), text);
  });

  it('returns nothing where the engine found nothing', async () => {
    const h = await hoverAt(c, SAMPLE.length);
    assert.equal(h, null);
  });
});
