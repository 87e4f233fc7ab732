// BIO labels over the four CoNLL-2003 types.
import type { EntityType } from '../types';

export const TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];
/** The type numbers, indexes into TYPES: the one home of the rules' type constants. */
export const PERSON = 0, ORGANIZATION = 1, LOCATION = 2, MISC = 3;
/** 0 = O; 1 + 2t = B-type t; 2 + 2t = I-type t. */
export const N_LABELS = 9;
export const O = 0;

export function labelB(type: number): number {
  return 1 + 2 * type;
}
export function labelI(type: number): number {
  return 2 + 2 * type;
}
/** The type index of a label, -1 for O. */
export function labelType(label: number): number {
  return label === 0 ? -1 : (label - 1) >> 1;
}
export function isInside(label: number): boolean {
  return label !== 0 && (label & 1) === 0;
}
/** I-X may only follow B-X or I-X. */
export function allowed(prev: number, label: number): boolean {
  return !isInside(label) || (prev !== 0 && labelType(prev) === labelType(label));
}
