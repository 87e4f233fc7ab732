// Entity recognition and grouping: a linear tagger over hashed token features (see
// docs/ner.md), post-rules for the span conventions, then grouping into entities.
import type { Entity, Mention, Segmentation } from '../types';
import { decode, type UnitMemo } from './decode';
import { buildContext } from './features';
import { UnitCodes } from './gazetteer';
import { groupMentions } from './group';
import { defaultModel } from './model';
import { applyRules } from './rules';
import { harmoniseTypes } from './consistency';
import { labelsToSpans } from './spans';

/** Kept between analyses by the incremental analyser: the labels of each decoding unit (decode.ts). */
export interface EntityMemo {
  units: UnitMemo;
  /** The name-list codes of each decoding unit (gazetteer.ts), made on first use. */
  codes?: UnitCodes;
}

export function recognizeEntities(seg: Segmentation, memo?: EntityMemo): { entities: Entity[]; mentions: Mention[] } {
  const model = defaultModel();
  const codes = memo ? (memo.codes ??= new UnitCodes()) : undefined;
  const ctx = buildContext(seg, model.gazetteer, model.casing, model.clusters, undefined, codes);
  const labels = decode(ctx, model.scorer, undefined, memo?.units);
  const raw = applyRules(seg, ctx, labelsToSpans(ctx, labels), model.gazetteer);
  return groupMentions(harmoniseTypes(raw), seg.text);
}
