// Builds the exporters' input: places the sidecar's claims in the current text
// (the re-anchoring the server uses, so an export agrees with the editor) and
// keeps the ones that cannot be placed as orphans rather than dropping them.
import type { Analysis } from '../analysis';
import { reanchorClaim } from '../annotations/reanchor';
import type { Claim, Sidecar } from '../annotations/types';
import { lineFinder } from './lines';
import type { ExportArticle, PlacedClaim } from './types';

export interface ArticleInput {
  file: string;
  uri: string;
  text: string;
  analysis: Analysis;
  sidecar: Sidecar | null;
  /** Claims already held in memory (an open document's), instead of the sidecar's. */
  claims?: readonly Claim[];
}

export function prepareArticle(input: ArticleInput): ExportArticle {
  const lineOf = lineFinder(input.text);
  const claims: PlacedClaim[] = (input.claims ?? input.sidecar?.claims ?? []).map((stored) => {
    const { claim, placement } = reanchorClaim(stored, input.text);
    if (placement === 'orphaned') return { claim, span: null, line: null };
    const { start, end } = claim.target.position;
    return { claim, span: { start, end }, line: lineOf(start) };
  });
  // Text order; orphans (no place in the text) last, in sidecar order (sort is stable).
  const key = (c: PlacedClaim) => c.span?.start ?? Number.MAX_SAFE_INTEGER;
  claims.sort((a, b) => key(a) - key(b));
  return { file: input.file, uri: input.uri, text: input.text, analysis: input.analysis, claims, lineOf };
}
