// Figures: counts, money, percentages, dates, durations, ages, quantities. (Being built.)
import type { Figure, Mention, Segmentation } from '../types';

export function findFigures(_seg: Segmentation, _mentions: Mention[]): Figure[] {
  return [];
}
