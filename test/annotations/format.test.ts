import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import fc from 'fast-check';
import { parseLocated, toPlain } from '../../server/src/annotations/json-located';
import { SIDECAR_SCHEMA } from '../../server/src/annotations/schema';
import { ANCHOR_STATES, CLAIM_KINDS, CLAIM_STATUSES, MERGED_FIELDS, type Sidecar } from '../../server/src/annotations/types';
import { makeClaim } from './claim-helpers';

const FIXTURES = join(__dirname, '..', 'fixtures', 'sidecars');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('sidecar format', () => {
  it('reads a valid sidecar and writes it back byte for byte (stable order, unknown fields kept)', () => {
    const raw = read('valid.annotations.json');
    const r = parseSidecar(raw);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.equal(r.sidecar.claims[0].status, 'checking');
    assert.deepEqual(r.sidecar.claims[0].extra, { reviewer: 'Tom Reed' });
    assert.deepEqual(r.sidecar.claims[0].target.extra, { futureSelector: { type: 'RangeSelector' } });
    assert.equal(serializeSidecar(r.sidecar), raw);
  });

  it('writes claims in text order with a fixed key order, whatever the input order', () => {
    const text = 'One claim here. Another claim there.';
    const a = makeClaim(text, 16, 36, 'b');
    const b = makeClaim(text, 0, 15, 'a');
    const s: Sidecar = { version: 1, offsetUnit: 'utf-16', article: 'x.article', textHash: 'sha256:00', claims: [a, b] };
    const out = serializeSidecar(s);
    assert.deepEqual(serializeSidecar({ ...s, claims: [b, a] }), out);
    const json = JSON.parse(out) as { claims: Array<Record<string, unknown>> };
    assert.deepEqual(json.claims.map((c) => c.id), ['a', 'b']);
    assert.deepEqual(Object.keys(json.claims[0]).slice(0, 5), ['id', 'kind', 'status', 'anchor', 'target']);
    assert.ok(out.includes('\n  "claims": [\n'), 'pretty-printed');
  });

  it('the schema file and the model agree on statuses, kinds and anchor states', () => {
    const claim = SIDECAR_SCHEMA.definitions?.claim.properties ?? {};
    assert.deepEqual(claim.status.enum, [...CLAIM_STATUSES]);
    assert.deepEqual(claim.kind.enum, [...CLAIM_KINDS]);
    assert.deepEqual(claim.anchor.enum, [...ANCHOR_STATES]);
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { contributes: { jsonValidation: Array<{ fileMatch: string; url: string }> } };
    const wired = pkg.contributes.jsonValidation.find((v) => v.fileMatch === '*.annotations.json');
    assert.equal(wired?.url, './schemas/annotations.v2.schema.json');
  });

  it('the schema describes the merge additions (tombstones, edit times, history), all optional', () => {
    const claim = SIDECAR_SCHEMA.definitions?.claim ?? {};
    assert.deepEqual(Object.keys(claim.properties?.edited.properties ?? {}), [...MERGED_FIELDS]);
    assert.deepEqual(claim.properties?.history.items?.required, ['field', 'value', 'at', 'replacedAt']);
    assert.deepEqual(SIDECAR_SCHEMA.properties?.deleted.items?.required, ['id', 'deletedAt']);
    for (const k of ['edited', 'history']) assert.ok(!claim.required?.includes(k));
    assert.ok(!SIDECAR_SCHEMA.required?.includes('deleted'));
    // A version-1 file without them reads as before (the valid fixture above); a broken tombstone is refused.
    const s = { ...JSON.parse(read('valid.annotations.json')), deleted: [{ id: 'c-9' }] };
    const r = parseSidecar(JSON.stringify(s, null, 2));
    assert.ok(!r.ok && /schema: deleted\[0\]: missing required property "deletedAt"/.test(r.problems[0].message));
  });

  it('parses JSON like JSON.parse on ordinary input', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), (text) => {
        if (/"(?:__proto__|constructor|prototype)"/.test(text)) return true; // refused on purpose
        assert.deepStrictEqual(toPlain(parseLocated(text)), JSON.parse(text));
        return true;
      }),
      { numRuns: 2000, seed: 23 },
    );
    assert.equal(parseLocated('  [ ]  ').start, 2);
  });

  describe('broken sidecars give a clear problem with its line', () => {
    const expected = JSON.parse(read('expected.json')) as Record<string, { line: number; message: string }>;
    for (const [file, want] of Object.entries(expected)) {
      it(file, () => {
        const r = parseSidecar(read(file));
        assert.ok(!r.ok, 'must be refused');
        assert.ok(r.problems[0].message.startsWith(want.message), r.problems[0].message);
        assert.equal(r.problems[0].line, want.line);
      });
    }
  });

  it('does not pollute prototypes, whatever the keys', () => {
    for (const file of ['proto-key.annotations.json', 'constructor-key.annotations.json']) parseSidecar(read(file));
    const probe: Record<string, unknown> = {};
    assert.equal(probe.polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  it('survives pathological nesting without a stack overflow', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const r = parseSidecar(deep);
    assert.ok(!r.ok && r.problems[0].message.includes('nesting deeper'));
  });

  it('refuses a sidecar that is far too large before parsing it', () => {
    const big = '{"pad":"' + 'x'.repeat(17 * 1024 * 1024) + '"}';
    const r = parseSidecar(big);
    assert.ok(!r.ok && r.problems[0].message.startsWith('sidecar is too large'));
  });
});
