// Semantic tokens through the protocol, checked against the engine's own result for the same text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import { LEGEND } from '../../server/src/lsp/features/token-legend';
import { SAMPLE, SAMPLE_URI } from './articles';
import { decodeTokens, type Decoded, typesOver } from './decode';
import { CAPABILITIES, positionOf, ROOT, startInProcess, type TestClient } from './harness';

const TYPE_OF: Record<string, string> = { PERSON: 'person', ORGANIZATION: 'organization', LOCATION: 'location', MISC: 'misc' };

async function fullTokens(c: TestClient, uri: string, text: string): Promise<{ tokens: Decoded[]; data: number[]; resultId?: string }> {
  const legend = c.init.capabilities.semanticTokensProvider!.legend;
  const r = await c.conn.sendRequest<{ data: number[]; resultId?: string }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  return { tokens: decodeTokens(text, r.data, legend.tokenTypes, legend.tokenModifiers), data: r.data, resultId: r.resultId };
}

describe('LSP semantic tokens', () => {
  let c: TestClient;
  let tokens: Decoded[];
  let analysis: ReturnType<typeof analyze>;

  before(async () => {
    analysis = analyze(SAMPLE);
    c = await startInProcess();
    await c.open(SAMPLE_URI, SAMPLE);
    ({ tokens } = await fullTokens(c, SAMPLE_URI, SAMPLE));
  });
  after(() => c?.close());

  it('declares the same legend as package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.semanticTokenTypes.map((t: { id: string }) => t.id), LEGEND.tokenTypes);
    assert.deepEqual(pkg.contributes.semanticTokenModifiers.map((t: { id: string }) => t.id), LEGEND.tokenModifiers);
    // A claim is never coloured (its status is shown by decorations): no superType, no scope.
    const coloured = LEGEND.tokenTypes.filter((t) => t !== 'claim');
    for (const t of pkg.contributes.semanticTokenTypes) assert.equal(!!t.superType, t.id !== 'claim', `${t.id} has a superType unless it is a claim`);
    const scopes = pkg.contributes.semanticTokenScopes[0].scopes;
    for (const t of coloured) assert.ok(scopes[t]?.length > 0, `${t} is mapped to a TextMate scope`);
    assert.deepEqual(Object.keys(scopes).filter((k) => k.startsWith('claim')), [], 'no scope for claims or their statuses');
    assert.equal(new Set(coloured.map((t) => scopes[t][0].split('.').slice(0, 3).join('.'))).size, coloured.length, 'each type maps to a distinct scope family');
  });

  it('finds something to colour in the sample', () => {
    assert.ok(analysis.mentions.length > 0, 'the engine found names in the sample');
    assert.ok(tokens.length > 0);
  });

  it('never overlaps, never crosses a line, and comes in order', () => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      assert.ok(t.end > t.start, 'non-empty');
      assert.ok(!SAMPLE.slice(t.start, t.end).includes('\n'), `token ${i} stays on one line`);
      if (i > 0) assert.ok(tokens[i - 1].end <= t.start, `token ${i} starts after the previous one ends`);
    }
  });

  it('colours every name the engine found with its type', () => {
    // A name nesting another (an organisation named after a place) yields to the inner one.
    const nests = (m: { start: number; end: number }) =>
      analysis.mentions.some((o) => o !== m && o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start);
    for (const m of analysis.mentions.filter((x) => !nests(x))) {
      const over = typesOver(tokens, m.start, m.end);
      assert.deepEqual(new Set(over), new Set([TYPE_OF[m.type]]), `“${m.text}” at ${m.start} is one ${TYPE_OF[m.type]}`);
    }
  });

  it('colours every figure outside a name as a figure', () => {
    for (const f of analysis.figures) {
      if (analysis.mentions.some((m) => m.start < f.end && f.start < m.end)) continue;
      assert.deepEqual(new Set(typesOver(tokens, f.start, f.end)), new Set(['figure']), `figure “${f.text}”`);
      const t = tokens.find((x) => x.start === f.start)!;
      assert.equal(t.mods.includes('approximate'), f.approx, `approximate modifier of “${f.text}”`);
    }
  });

  it('marks dates and times apart from other figures', () => {
    const dated = analysis.figures.filter((f) => f.kind === 'DATE' || f.kind === 'TIME');
    assert.ok(dated.length > 0 && dated.length < analysis.figures.length, 'the sample has dates and other figures');
    for (const f of analysis.figures) {
      if (analysis.mentions.some((m) => m.start < f.end && f.start < m.end)) continue;
      const t = tokens.find((x) => x.start === f.start)!;
      assert.equal(t.mods.includes('date'), f.kind === 'DATE' || f.kind === 'TIME', `“${f.text}” (${f.kind})`);
    }
  });

  it('gives every token but claims the palette modifier by default (newsAnnotator.colors: "annotator")', () => {
    for (const t of tokens) assert.equal(t.mods.includes('palette'), t.type !== 'claim', `${t.type} “${SAMPLE.slice(t.start, t.end)}”`);
  });

  it('leaves the palette modifier out with newsAnnotator.colors: "theme", and only that changes', async () => {
    const themed = await startInProcess(CAPABILITIES, { settings: { colors: 'theme' } });
    try {
      await themed.open(SAMPLE_URI, SAMPLE);
      const got = await fullTokens(themed, SAMPLE_URI, SAMPLE);
      assert.ok(got.tokens.every((t) => !t.mods.includes('palette')));
      assert.deepEqual(got.tokens, tokens.map((t) => ({ ...t, mods: t.mods.filter((m) => m !== 'palette') })));
    } finally {
      await themed.close();
    }
  });

  it('colours quotes, cutting them around the names and figures inside', () => {
    const inner = [...analysis.mentions, ...analysis.figures];
    for (const a of analysis.attributions) {
      for (let o = a.content.start; o < a.content.end; o++) {
        if (/\s/.test(SAMPLE[o])) continue;
        const covered = inner.some((s) => s.start <= o && o < s.end) ||
          [a.cue, a.source].some((s) => s && s.start <= o && o < s.end) ||
          analysis.attributions.some((b) => b !== a && [b.cue, b.source].some((s) => s && s.start <= o && o < s.end));
        const t = tokens.find((x) => x.start <= o && o < x.end);
        if (covered) continue;
        assert.equal(t?.type, 'quote', `offset ${o} (“${SAMPLE.slice(o, o + 10)}”) is quote text`);
        assert.ok(t!.mods.includes(a.kind), `quote has the ${a.kind} modifier`);
      }
    }
  });

  it('marks attribution cues, and names that are sources get the source modifier', () => {
    for (const a of analysis.attributions) {
      if (a.cue && !analysis.mentions.some((m) => m.start < a.cue!.end && a.cue!.start < m.end)) {
        assert.ok(typesOver(tokens, a.cue.start, a.cue.end).every((t) => t === 'attributionCue'), `cue “${a.cue.text}”`);
      }
      if (!a.source) continue;
      for (const m of analysis.mentions) {
        if (m.start >= a.source.start && m.end <= a.source.end) {
          assert.ok(tokens.find((t) => t.start === m.start)!.mods.includes('source'), `“${m.text}” is marked as a source`);
        }
      }
    }
  });

  it('answers a range request with exactly the full tokens in that range', async () => {
    const legend = c.init.capabilities.semanticTokensProvider!.legend;
    const range = { start: positionOf(SAMPLE, SAMPLE.indexOf('The authority')), end: positionOf(SAMPLE, SAMPLE.indexOf('Reporting by')) };
    const r = await c.conn.sendRequest<{ data: number[] }>('textDocument/semanticTokens/range', { textDocument: { uri: SAMPLE_URI }, range });
    const got = decodeTokens(SAMPLE, r.data, legend.tokenTypes, legend.tokenModifiers);
    const from = SAMPLE.indexOf('The authority');
    const to = SAMPLE.indexOf('Reporting by');
    assert.deepEqual(got, tokens.filter((t) => t.end > from && t.start < to));
    assert.ok(got.length > 0);
  });

  it('sends a delta that turns the previous tokens into the new ones', async () => {
    const uri = 'file:///delta.article';
    let text = SAMPLE;
    await c.open(uri, text);
    const first = await fullTokens(c, uri, text);
    const at = text.indexOf('Castelmar');
    text = `${text.slice(0, at)}the port of ${text.slice(at)}`;
    await c.change(uri, 2, { start: positionOf(SAMPLE, at), end: positionOf(SAMPLE, at) }, 'the port of ');
    const delta = await c.conn.sendRequest<{ resultId: string; edits?: Array<{ start: number; deleteCount: number; data?: number[] }>; data?: number[] }>(
      'textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId: first.resultId });
    assert.ok(delta.edits, 'a delta, not a full result');
    const patched = [...first.data];
    for (const e of [...delta.edits!].sort((a, b) => b.start - a.start)) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
    const full = await fullTokens(c, uri, text);
    assert.deepEqual(patched, full.data);
    assert.ok(delta.edits!.reduce((n, e) => n + (e.data?.length ?? 0), 0) < full.data.length, 'the delta is smaller than the full result');
  });
});
