// Line starts of a text and the line of an offset (\n, \r\n and \r all end a line).
// Shared by the LSP position conversion and the exporters' line numbers.

export function lineStarts(text: string): number[] {
  const starts = [0];
  // The usual text has no \r: indexOf finds each \n far faster than a loop over every character
  // (a long article's line index is made at every keystroke).
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Zero-based line of `offset`, by binary search over `starts`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
