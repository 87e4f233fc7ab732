// Entity recognition and grouping: a linear tagger over hashed token features (see
// docs/ner.md), post-rules for the span conventions, then grouping into entities.
import type { Entity, Mention, Segmentation } from '../types';
import { decode } from './decode';
import { buildContext } from './features';
import { groupMentions } from './group';
import { defaultModel } from './model';
import { applyRules } from './rules';
import { harmoniseTypes } from './consistency';
import { labelsToSpans } from './spans';

export function recognizeEntities(seg: Segmentation): { entities: Entity[]; mentions: Mention[] } {
  const model = defaultModel();
  const ctx = buildContext(seg, model.gazetteer, model.casing, model.clusters);
  const labels = decode(ctx, model.scorer);
  const raw = applyRules(seg, ctx, labelsToSpans(ctx, labels), model.gazetteer);
  return groupMentions(harmoniseTypes(raw), seg.text);
}
