// The analysis library's façade: text in, one Analysis value out.
// Pure: no vscode, no LSP, no file system.
import { findAttributions } from './attributions';
import { findClaimCandidates } from './claims';
import { recognizeEntities } from './entities';
import { findFigures } from './figures';
import { segment } from './segment';
import type { Analysis } from './types';

export * from './types';

export function analyze(text: string): Analysis {
  const segmentation = segment(text);
  const { entities, mentions } = recognizeEntities(segmentation);
  const figures = findFigures(segmentation, mentions);
  const attributions = findAttributions(segmentation, entities, mentions);
  const claims = findClaimCandidates(segmentation, { figures, attributions, mentions });
  return {
    text,
    segmentation,
    entities,
    mentions,
    figures,
    attributions,
    claims,
    boilerplate: segmentation.boilerplate,
  };
}
