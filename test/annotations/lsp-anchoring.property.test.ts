// Random edit sequences through the real language server: claims are tagged
// with the tagClaim command, the article is edited with didChange, saved, and
// the sidecar on disk is checked against the oracle (edit-model.ts). Then the
// same final text is put on disk with the ORIGINAL sidecar, as after a git
// checkout, and opening the article must re-anchor every surviving claim (in
// memory: opening writes nothing).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeTextDocumentNotification, type Range } from 'vscode-languageserver';
import { parseSidecar } from '../../server/src/annotations/format';
import type { Claim } from '../../server/src/annotations/types';
import { positionOf, type TestClient } from '../lsp/harness';
import { claimSpecArb, editsArb, textArb, TrackedText, uniqueOccurrence } from './edit-model';
import { execute, listClaims, save, startServer } from './lsp-helpers';

const totals = { sequences: 0, edits: 0, claimsChecked: 0, survivorsExact: 0, lost: 0, reopenChecked: 0, reopenExact: 0 };

function sidecarClaims(file: string): Claim[] {
  const r = parseSidecar(readFileSync(file, 'utf8'));
  assert.ok(r.ok, 'the sidecar stays valid');
  return r.sidecar.claims;
}

describe('anchoring through the language server (property-based, didChange)', function () {
  // Long runs (LSP_ANCHOR_RUNS=20000) get the time they need: about 60 ms a sequence, loaded.
  this.timeout(Math.max(120_000, Number(process.env.LSP_ANCHOR_RUNS ?? 300) * 250));
  let client: TestClient;
  const dir = mkdtempSync(join(tmpdir(), 'na-lsp-prop-'));
  let run = 0;

  before(async () => {
    client = await startServer();
  });
  after(async () => {
    await client.close();
    console.log(`      server totals: ${JSON.stringify(totals)}`);
  });

  it('keeps every claim, and surviving ones exactly on their words', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, fc.array(claimSpecArb, { minLength: 1, maxLength: 6 }), editsArb(20), fc.integer({ min: 1, max: 3 }), async (text0, claimSpecs, editSpecs, batchSize) => {
        const file = join(dir, `a${++run}.article`);
        const sidecarFile = `${file}.annotations.json`;
        const uri = pathToFileURL(file).href;
        writeFileSync(file, text0);
        await client.open(uri, text0);
        const doc = new TrackedText(text0);
        const originals = new Map<string, number[]>();
        for (const spec of claimSpecs) {
          const start = Math.min(text0.length - 1, Math.floor(spec.at * text0.length));
          const end = Math.min(text0.length, start + spec.len);
          const r = await execute(client.conn, 'newsAnnotator.tagClaim', { uri, start, end });
          if (!r.ok || !r.id || originals.has(r.id)) continue; // whitespace only, or the same words again
          const c = sidecarClaims(sidecarFile).find((x) => x.id === r.id) as Claim;
          originals.set(r.id, doc.idsOf(c.target.position.start, c.target.position.end));
        }
        if (originals.size === 0) {
          await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
          return;
        }
        const tagged = readFileSync(sidecarFile, 'utf8');
        const claims0 = sidecarClaims(sidecarFile);
        // Several changes per didChange sometimes (multi-cursor edits), each relative to the last.
        let version = 1;
        let batch: Array<{ range: Range; text: string }> = [];
        for (const [k, spec] of editSpecs.entries()) {
          const e = doc.edit(spec);
          batch.push({ range: { start: positionOf(doc.text, e.start), end: positionOf(doc.text, e.end) }, text: e.insert });
          doc.apply(e);
          totals.edits++;
          if (batch.length >= batchSize || k === editSpecs.length - 1) {
            await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: batch });
            batch = [];
          }
        }
        writeFileSync(file, doc.text);
        await save(client.conn, uri);
        await listClaims(client.conn, uri); // a round trip: the save has been handled
        totals.sequences++;

        const claims = sidecarClaims(sidecarFile);
        assert.equal(claims.length, originals.size, 'no claim disappears from the file');
        for (const [id, ids] of originals) {
          totals.claimsChecked++;
          const c = claims.find((x) => x.id === id);
          if (!c) {
            totals.lost++;
            throw new Error(`claim ${id} lost`);
          }
          const at = doc.survivorAt(ids);
          if (at !== null) {
            assert.equal(c.target.position.start, at, `survivor ${id} is where its words are`);
            assert.equal(doc.text.slice(c.target.position.start, c.target.position.end), c.target.quote.exact);
            assert.equal(c.anchor, 'anchored');
            totals.survivorsExact++;
          } else if (c.anchor !== 'orphaned') {
            assert.equal(doc.text.slice(c.target.position.start, c.target.position.end), c.target.quote.exact);
          }
        }
        await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });

        // Outside the editor: the old sidecar beside the new text, then open. The claims are
        // re-anchored in memory; opening writes nothing (the user changed nothing).
        writeFileSync(sidecarFile, tagged);
        await client.open(uri, doc.text);
        const reopened = (await listClaims(client.conn, uri))?.claims ?? [];
        assert.equal(reopened.length, originals.size, 'no claim disappears on re-anchoring');
        assert.equal(readFileSync(sidecarFile, 'utf8'), tagged, 'opening the article does not rewrite the sidecar');
        for (const [id, ids] of originals) {
          totals.reopenChecked++;
          const c = reopened.find((x) => x.id === id);
          const c0 = claims0.find((x) => x.id === id) as Claim;
          assert.ok(c, `re-opened: claim ${id} kept`);
          const at = doc.survivorAt(ids);
          if (at !== null && uniqueOccurrence(doc.text, c0.target.quote.exact)) {
            assert.ok(c.range, `re-opened: survivor ${id} is placed`);
            assert.deepEqual(c.range.start, positionOf(doc.text, at), `re-opened: survivor ${id} re-anchors exactly`);
            assert.equal(c.anchor, 'anchored');
            totals.reopenExact++;
          }
        }
        await client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      }),
      { numRuns: Number(process.env.LSP_ANCHOR_RUNS ?? 300) },
    );
    assert.equal(totals.lost, 0);
  });
});
