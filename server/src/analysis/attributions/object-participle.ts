// "Silverman incurred a wave of boos upon saying …", "she revised her statement explaining …":
// a participle with no comma after the object of a verb speaks for that verb's subject, not
// for the object. Not after verbs whose object does the act ("left 62 percent of voters saying",
// "heard protesters chanting").
import type { Doc, Range } from './phrases';
import { sourceLeftOf } from './subject';
import { isFiniteVerb } from './words';

/** Verbs whose object is the one the participle describes. */
const OBJECT_ACTS = new Set(['left', 'leaves', 'found', 'finds', 'had', 'has', 'have', 'heard', 'hears', 'saw', 'sees',
  'kept', 'keeps', 'caught', 'catches', 'got', 'gets', 'showed', 'shows', 'featured', 'features', 'quoted', 'quotes',
  'cited', 'cites', 'filmed', 'recorded', 'pictured', 'depicted', 'is', 'was', 'are', 'were']);

/**
 * The subject of the verb whose object `source` is, when `source` follows such a verb straight
 * after it; null otherwise.
 */
export function subjectOverObject(doc: Doc, source: Range, lo: number): Range | null {
  const v = source.first - 1;
  if (v <= lo || !isFiniteVerb(doc, v) || OBJECT_ACTS.has(doc.lower[v])) return null;
  return sourceLeftOf(doc, v, lo);
}
