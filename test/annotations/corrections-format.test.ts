// Format version 2 (corrections): a version-1 file reads and stays version 1 until a
// correction is stored; corrections round-trip, merge by the claims' rules and
// leave through tombstones; the store keeps its guarantees.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { correctEntity, dismissFinding, mergeEntities, removeCorrection, setQuoteSource, splitEntity } from '../../server/src/annotations/correction-ops';
import { emptySidecar, parseSidecar, serializeSidecar } from '../../server/src/annotations/format';
import { mergeSidecars } from '../../server/src/annotations/merge';
import { SIDECAR_SCHEMA_V2 } from '../../server/src/annotations/schema';
import { commitSidecar, readSidecar } from '../../server/src/annotations/store';
import { CORRECTION_KINDS, ENTITY_TYPE_CHOICES, type Sidecar } from '../../server/src/annotations/types';
import { ARTICLE, LATER, NOW, spanOf } from '../corrections/helpers';
import { makeClaim } from './claim-helpers';

const at = (words: string, now = NOW) => ({ text: ARTICLE, ...spanOf(ARTICLE, words), now, author: 'Ed' });
const v1 = (): Sidecar => ({ ...emptySidecar('ferry-levy.txt', 'sha256:00'), claims: [makeClaim(ARTICLE, 0, 7, 'c-one')] });

describe('sidecar format version 2: corrections', () => {
  it('a version-1 file reads as version 1 and is written back byte for byte as version 1', () => {
    const text = serializeSidecar(v1());
    const r = parseSidecar(text);
    assert.ok(r.ok);
    assert.equal(r.sidecar.version, 1);
    assert.equal(r.sidecar.corrections, undefined);
    assert.equal(serializeSidecar(r.sidecar), text);
    assert.ok(!text.includes('corrections'));
  });

  it('adding a correction writes version 2, and every kind round-trips', () => {
    let list = correctEntity([], at('Brightwater Marine'), 'ORGANIZATION');
    list = setQuoteSource(list, at('Nobody likes a new tax, but the docks come first.'), spanOf(ARTICLE, 'Maria Okafor'));
    list = setQuoteSource(list, at('We were never consulted,'), null);
    list = dismissFinding(list, at('Sign up for our newsletter here.'), 'boilerplate', 'our own promo, kept on purpose');
    list = mergeEntities(list, at('PORT ELLIS'), spanOf(ARTICLE, 'Ellis'));
    list = splitEntity(list, at('Okafor said'.slice(0, 6)));
    const text = serializeSidecar({ ...v1(), corrections: list });
    const r = parseSidecar(text);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.problems));
    assert.equal(r.sidecar.version, 2);
    assert.equal(r.sidecar.corrections?.length, 6);
    assert.equal(r.sidecar.corrections?.find((c) => c.kind === 'entity-merge')?.with?.target.quote.exact, 'Ellis');
    assert.equal(serializeSidecar(r.sidecar), text);
    const anon = r.sidecar.corrections!.find((c) => c.kind === 'quote-source' && c.source === null);
    assert.ok(anon, 'an unnamed source is stored as source: null');
  });

  it('a correction of the same thing changes it (one per name), unchanged is the same list', () => {
    const a = correctEntity([], at('Kestrel'), 'ORGANIZATION');
    assert.equal(correctEntity(a, at('Kestrel', LATER), 'ORGANIZATION'), a);
    const b = correctEntity(a, at('Kestrel', LATER), 'MISC');
    assert.equal(b.length, 1);
    assert.equal(b[0].type, 'MISC');
    assert.equal(b[0].id, a[0].id);
    assert.equal(b[0].updatedAt, LATER);
  });

  it('the v2 schema checks corrections; version 3 is refused; the schema agrees with the model', () => {
    const good = JSON.parse(serializeSidecar({ ...v1(), corrections: correctEntity([], at('Kestrel'), 'ORGANIZATION') }));
    const bad = structuredClone(good);
    bad.corrections[0].type = 'COMPANY';
    const r = parseSidecar(JSON.stringify(bad));
    assert.ok(!r.ok && r.problems[0].message.includes('corrections[0].type'), JSON.stringify(r));
    const newer = parseSidecar(JSON.stringify({ ...good, version: 3 }));
    assert.ok(!newer.ok && newer.problems[0].message.includes('newer'));
    const def = SIDECAR_SCHEMA_V2.definitions?.correction.properties ?? {};
    assert.deepEqual(def.kind.enum, [...CORRECTION_KINDS]);
    assert.deepEqual(def.type.enum, [...ENTITY_TYPE_CHOICES]);
    // In a version-1 file, "corrections" is a field it does not know: kept, not applied.
    const old = parseSidecar(JSON.stringify({ ...good, version: 1 }));
    assert.ok(old.ok);
    assert.equal(old.sidecar.corrections, undefined);
    assert.ok(old.sidecar.extra && 'corrections' in old.sidecar.extra);
  });

  it('merge: both sides\' corrections kept; a stale copy does not remove one; a tombstone does', () => {
    const base: Sidecar = { ...v1(), version: 2, corrections: correctEntity([], at('Kestrel'), 'ORGANIZATION') };
    const ours: Sidecar = { ...base, corrections: correctEntity(base.corrections!, at('Bill'), 'NONE') };
    const theirs: Sidecar = { ...base, corrections: dismissFinding(base.corrections!, at('Sign up for our newsletter here.'), 'boilerplate', null) };
    assert.equal(mergeSidecars(base, ours, theirs, LATER).sidecar.corrections?.length, 3);
    // A copy without the Kestrel correction and without a tombstone: kept.
    const stale: Sidecar = { ...v1(), version: 2, corrections: [] };
    assert.equal(mergeSidecars(base, stale, ours, LATER).sidecar.corrections?.length, 2);
    // Removed on one side: leaves through its tombstone, on either side.
    const r = removeCorrection(base.corrections!, [], base.corrections![0].id, LATER);
    const removed: Sidecar = { ...base, corrections: r.corrections, deleted: r.deleted };
    for (const [o, t] of [[removed, ours], [ours, removed]]) {
      const m = mergeSidecars(base, o, t, LATER).sidecar;
      assert.deepEqual(m.corrections?.map((c) => c.type), ['NONE']);
      assert.equal(m.deleted?.length, 1);
    }
  });

  it('merge: the later change of one correction wins; set again after removal it comes back', () => {
    const base: Sidecar = { ...v1(), version: 2, corrections: correctEntity([], at('Kestrel'), 'ORGANIZATION') };
    const ours: Sidecar = { ...base, corrections: correctEntity(base.corrections!, at('Kestrel', LATER), 'PERSON') };
    const theirs: Sidecar = { ...base, corrections: correctEntity(base.corrections!, at('Kestrel', '2026-05-01T12:00:00.000Z'), 'MISC') };
    assert.equal(mergeSidecars(base, ours, theirs, LATER).sidecar.corrections?.[0].type, 'PERSON');
    assert.equal(mergeSidecars(base, theirs, ours, LATER).sidecar.corrections?.[0].type, 'PERSON');
    const r = removeCorrection(base.corrections!, [], base.corrections![0].id, '2026-05-01T11:00:00.000Z');
    const removed: Sidecar = { ...base, corrections: r.corrections, deleted: r.deleted };
    const m = mergeSidecars(base, removed, ours, LATER).sidecar;
    assert.equal(m.corrections?.[0].type, 'PERSON');
    assert.equal(m.deleted, undefined);
  });

  it('the store: a version-1 file becomes version 2 only when a correction is committed; mode kept', () => {
    const dir = fs.mkdtempSync(join(tmpdir(), 'i12c-corr-'));
    const file = join(dir, 'ferry-levy.txt.annotations.json');
    fs.writeFileSync(file, serializeSidecar(v1()));
    fs.chmodSync(file, 0o640);
    const disk = readSidecar(file);
    assert.equal(disk.kind, 'ok');
    if (disk.kind !== 'ok') return;
    assert.equal(commitSidecar(file, disk, disk.sidecar).wrote, false);
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).version, 1);
    const next: Sidecar = { ...disk.sidecar, version: 2, corrections: correctEntity([], at('Kestrel'), 'ORGANIZATION') };
    // Someone else tagged a claim meanwhile (compare-and-swap merges it in).
    const other = { ...disk.sidecar, claims: [...disk.sidecar.claims, makeClaim(ARTICLE, 8, 15, 'c-two')] };
    fs.writeFileSync(file, serializeSidecar(other));
    const r = commitSidecar(file, disk, next);
    assert.ok(r.wrote && r.merged);
    const back = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.equal(back.version, 2);
    assert.equal(back.corrections.length, 1);
    assert.deepEqual(back.claims.map((c: { id: string }) => c.id), ['c-one', 'c-two']);
    assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
