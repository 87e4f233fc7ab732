// Entity recognition and grouping: a linear tagger over hashed token features (see
// docs/ner.md), post-rules for the span conventions, then grouping into entities.
import type { PieceMemo } from '../memo';
import type { Entity, Mention, Segmentation } from '../types';
import { decode, type UnitMemo } from './decode';
import { buildContext } from './features';
import { groupMentions } from './group';
import { defaultModel } from './model';
import { applyRules } from './rules';
import { harmoniseTypes } from './consistency';
import { labelsToSpans } from './spans';

/** Kept between analyses by the incremental analyser, per decoding unit: its labels (decode.ts) and name-list codes (gazetteer.ts). */
export interface EntityMemo {
  units: UnitMemo;
  codes: PieceMemo<Uint16Array>;
}

export function recognizeEntities(seg: Segmentation, memo?: EntityMemo): { entities: Entity[]; mentions: Mention[] } {
  const model = defaultModel();
  const ctx = buildContext(seg, model.gazetteer, model.casing, model.clusters, undefined, memo?.codes);
  const labels = decode(ctx, model.scorer, undefined, memo?.units);
  const raw = applyRules(seg, ctx, labelsToSpans(ctx, labels), model.gazetteer);
  return groupMentions(harmoniseTypes(raw), seg.text);
}
