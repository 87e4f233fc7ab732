// Claim candidates: check-worthy sentences. (Being built.)
import type { Attribution, ClaimCandidate, Figure, Mention, Segmentation } from '../types';

export interface ClaimInputs {
  figures: Figure[];
  attributions: Attribution[];
  mentions: Mention[];
}

export function findClaimCandidates(_seg: Segmentation, _inputs: ClaimInputs): ClaimCandidate[] {
  return [];
}
