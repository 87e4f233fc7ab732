// The shared words are defined in server/src/shared/vocabulary.ts. Until every old copy imports
// them (the sidecar model, the JSON Schema, package.json's token modifiers), this pins the copies
// to the vocabulary, so they cannot drift apart unnoticed.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/analysis';
import * as model from '../../server/src/annotations/types';
import { tagClaim } from '../../server/src/annotations/tagging';
import { ANCHOR_STATES, CLAIM_KINDS, CLAIM_STATUSES, FIGURE_KIND_LABEL, isStatisticKind, STATISTIC_KINDS } from '../../server/src/shared/vocabulary';

const ROOT = join(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

describe('the shared vocabulary', () => {
  it('agrees with the sidecar model and its JSON Schema', () => {
    assert.deepEqual(model.CLAIM_STATUSES, CLAIM_STATUSES);
    assert.deepEqual(model.CLAIM_KINDS, CLAIM_KINDS);
    assert.deepEqual(model.ANCHOR_STATES, ANCHOR_STATES);
    const claim = json('schemas/annotations.v1.schema.json').$defs?.claim ?? findClaimDef(json('schemas/annotations.v1.schema.json'));
    assert.deepEqual(claim.properties.status.enum, [...CLAIM_STATUSES]);
    assert.deepEqual(claim.properties.kind.enum, [...CLAIM_KINDS]);
    assert.deepEqual(claim.properties.anchor.enum, [...ANCHOR_STATES]);
  });

  it('has a semantic token modifier for every status and anchor state (package.json)', () => {
    const modifiers = new Set((json('package.json').contributes.semanticTokenModifiers as Array<{ id: string }>).map((m) => m.id));
    for (const word of [...CLAIM_STATUSES, 'drifted', 'orphaned']) assert.ok(modifiers.has(word), word);
  });

  it('names every figure kind once, and one answer to "is it a statistic" everywhere', () => {
    assert.deepEqual(Object.keys(FIGURE_KIND_LABEL).sort(), Object.keys(STATISTIC_KINDS).sort());
    assert.deepEqual(Object.keys(STATISTIC_KINDS).filter((k) => !isStatisticKind(k)).sort(), ['DATE', 'ORDINAL', 'TIME']);
    // The claim kind (sidecar) and check-worthiness (analysis) give the same answer for an ordinal.
    const ordinal = 'Mayor Ana Ruiz opened the third bridge in Port Ellis.';
    const a = analyze(ordinal);
    assert.ok(a.figures.some((f) => f.kind === 'ORDINAL'), 'the sentence holds an ordinal');
    // The trained detector may still flag the sentence (a named actor, a past event), but never for a figure.
    assert.ok(!a.claims.some((c) => c.reasons.some((r) => r.includes('figure'))), 'an ordinal alone is not a figure of a check-worthy claim');
    const tagged = tagClaim({ analysis: a, start: 0, end: ordinal.length, author: null, now: '2026-01-01T00:00:00Z', existing: [] });
    assert.ok(tagged.created);
    assert.notEqual(tagged.claim.kind, 'statistic');
    const count = 'The mayor opened 3 bridges on Monday.';
    const b = analyze(count);
    const t2 = tagClaim({ analysis: b, start: 0, end: count.length, author: null, now: '2026-01-01T00:00:00Z', existing: [] });
    assert.ok(t2.created && t2.claim.kind === 'statistic');
  });
});

/** The schema object that has the claim's `status` property, wherever the schema keeps it. */
function findClaimDef(node: unknown): { properties: Record<string, { enum: string[] }> } {
  const seen: unknown[] = [node];
  while (seen.length) {
    const n = seen.pop();
    if (n && typeof n === 'object') {
      const o = n as Record<string, unknown>;
      const props = o.properties as Record<string, unknown> | undefined;
      if (props && props.status && props.anchor) return o as never;
      seen.push(...Object.values(o));
    }
  }
  throw new Error('no claim definition in the schema');
}
