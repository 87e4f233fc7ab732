// Builds claims for tests without the analysis (the anchoring code does not
// look at kind, source or figures).
import { targetFor } from '../../server/src/annotations/selectors';
import type { Claim } from '../../server/src/annotations/types';

export function makeClaim(text: string, start: number, end: number, id = `c${start}-${end}`): Claim {
  return {
    id,
    target: targetFor(text, start, end),
    kind: 'assertion',
    source: null,
    figures: [],
    entities: [],
    status: 'unverified',
    note: '',
    evidence: [],
    author: 'Test Writer',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    anchor: 'anchored',
    original: null,
  };
}
