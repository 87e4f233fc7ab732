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

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * The names of `names` that occur in `text`, found in one pass over the text's words (a
 * workspace may list tens of thousands of names; searching the text for each would not scale).
 */
export function namesIn(text: string, names: Iterable<string>): Set<string> {
  const byFirst = new Map<string, string[]>();
  const odd: string[] = [];
  for (const name of names) {
    const first = FIRST_WORD.exec(name)?.[0];
    if (!first) odd.push(name);
    else byFirst.set(first, [...(byFirst.get(first) ?? []), name]);
  }
  const found = new Set<string>();
  if (byFirst.size > 0) {
    for (const m of text.matchAll(WORD_RUN)) {
      const list = byFirst.get(m[0]);
      if (!list) continue;
      for (const name of list) if (!found.has(name) && text.startsWith(name, m.index)) found.add(name);
    }
  }
  for (const name of odd) if (text.includes(name)) found.add(name);
  return found;
}
