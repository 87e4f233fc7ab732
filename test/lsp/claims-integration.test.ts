// The check-worthy quick fix end to end through the protocol: its command, run with
// workspace/executeCommand (as any editor would), tags the claim in the sidecar; the claim then
// shows as a `claim` token, leaves the check-worthy hints, and appears in the overview by status.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { Overview } from '../../server/src/shared/protocol';
import { SAMPLE } from './articles';
import { decodeTokens } from './decode';
import { analyze } from '../../server/src/analysis';
import { offsetOf, positionOf, startInProcess, type TestClient } from './harness';

describe('LSP: Tag as claim, end to end', () => {
  let c: TestClient;
  let dir: string;
  let uri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'na-claims-'));
    const file = join(dir, 'port.article');
    writeFileSync(file, SAMPLE);
    uri = pathToFileURL(file).href;
    c = await startInProcess();
    await c.open(uri, SAMPLE);
  });
  after(async () => {
    await c?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the quick fix command and the claim becomes a token, leaves the hints, joins the overview', async () => {
    const diags = (await c.conn.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    // The first hint on a sentence that names someone (the hover check below needs a name).
    const names = analyze(SAMPLE).mentions;
    const hint = diags.find((d) => d.code === 'check-worthy' &&
      names.some((m) => m.start >= offsetOf(SAMPLE, d.range.start) && m.end <= offsetOf(SAMPLE, d.range.end)));
    assert.ok(hint, 'a check-worthy hint');
    const fix = (await c.conn.sendRequest<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: hint.range, context: { diagnostics: [hint] },
    })).find((a) => a.title === 'Tag as claim');
    assert.ok(fix?.command, 'the quick fix');
    const commands = c.init.capabilities.executeCommandProvider?.commands ?? [];
    assert.ok(commands.includes(fix.command.command), 'the server runs the command itself');
    const result = await c.conn.sendRequest<{ ok: boolean }>('workspace/executeCommand', fix.command);
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.ok(existsSync(join(dir, 'port.article.annotations.json')), 'the sidecar was written');

    const start = offsetOf(SAMPLE, hint.range.start);
    const legend = c.init.capabilities.semanticTokensProvider!.legend;
    const t = await c.conn.sendRequest<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const claimTokens = decodeTokens(SAMPLE, t.data, legend.tokenTypes, legend.tokenModifiers).filter((x) => x.type === 'claim');
    assert.ok(claimTokens.length > 0, 'claim tokens');
    assert.ok(claimTokens.every((x) => x.mods.includes('tagged') && x.mods.includes('unverified')), JSON.stringify(claimTokens[0]));
    assert.ok(claimTokens.some((x) => x.start >= start && x.end <= offsetOf(SAMPLE, hint.range.end)), 'inside the tagged sentence');

    const after = (await c.conn.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } })).items;
    assert.ok(!after.some((d) => d.code === 'check-worthy' && offsetOf(SAMPLE, d.range.start) === start), 'no hint on a tagged claim');
    const o = await c.conn.sendRequest<Overview>('newsAnnotator/overview', { uri });
    assert.ok(o.claims.some((x) => x.status === 'unverified'), 'the overview lists it by status');
    // A name inside the tagged sentence counts it in its hover card.
    const inside = analyze(SAMPLE).mentions.find((m) => m.start >= start && m.end <= offsetOf(SAMPLE, hint.range.end));
    assert.ok(inside, 'the tagged sentence names someone');
    const h = await c.conn.sendRequest<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: positionOf(SAMPLE, inside.start) });
    assert.match(h.contents.value, /Tagged claims: 1 unverified/);
  });
});
