// Small span helpers shared by the correction steps.

export interface Range {
  start: number;
  end: number;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;

/** The same finding: they overlap by at least half of the longer (edits may have moved the edges). */
export function mostlySame(a: Range, b: Range): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

const WORDISH = /[\p{L}\p{N}]/u;

/** Occurrences of `name` in `text` that stand as whole words (at most `max`). */
export function wordOccurrences(text: string, name: string, max = 10_000): Range[] {
  const out: Range[] = [];
  if (name.length === 0) return out;
  for (let k = text.indexOf(name); k !== -1 && out.length < max; k = text.indexOf(name, k + 1)) {
    const before = k > 0 ? text[k - 1] : '';
    const after = text[k + name.length] ?? '';
    const edgeIn = name[0];
    const edgeOut = name[name.length - 1];
    if (before && WORDISH.test(before) && WORDISH.test(edgeIn)) continue;
    if (after && WORDISH.test(after) && WORDISH.test(edgeOut)) continue;
    out.push({ start: k, end: k + name.length });
  }
  return out;
}
