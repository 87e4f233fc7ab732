// Attributions: who said what. (Being built.)
import type { Attribution, Entity, Mention, Segmentation } from '../types';

export function findAttributions(_seg: Segmentation, _entities: Entity[], _mentions: Mention[]): Attribution[] {
  return [];
}
