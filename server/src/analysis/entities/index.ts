// Entity recognition and grouping. (Being built: see issue 2.)
import type { Entity, Mention, Segmentation } from '../types';

export function recognizeEntities(_seg: Segmentation): { entities: Entity[]; mentions: Mention[] } {
  return { entities: [], mentions: [] };
}
