// A little text around a span, cut at word boundaries and never across a
// blank line, for reading a claim where it stands.
export interface Context {
  before: string;
  exact: string;
  after: string;
  clippedBefore: boolean;
  clippedAfter: boolean;
}

export function contextAround(text: string, start: number, end: number, width = 90): Context {
  let from = Math.max(0, start - width);
  let to = Math.min(text.length, end + width);
  const para = text.lastIndexOf('\n\n', start - 1);
  if (para !== -1 && para + 2 > from) from = para + 2;
  const next = text.indexOf('\n\n', end);
  if (next !== -1 && next < to) to = next;
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  const clippedBefore = from > 0 && from !== para + 2;
  const clippedAfter = to < text.length && to !== next;
  if (clippedBefore) before = before.replace(/^\S*\s*/, '');
  if (clippedAfter) {
    // Drop the cut word at the end (a loop, not a regex anchored at $, to stay linear).
    let k = after.length;
    while (k > 0 && !/\s/.test(after[k - 1])) k--;
    after = after.slice(0, k).trimEnd();
  }
  return { before, exact: text.slice(start, end), after, clippedBefore, clippedAfter };
}
