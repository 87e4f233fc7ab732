// Our offsets are UTF-16 code units; brat and the W3C TextPositionSelector count
// Unicode code points. This maps one to the other in a single pass, optionally
// also folding CRLF / CR line ends to LF (brat's .txt is written with LF so
// Python readers that translate newlines agree with the offsets).

export interface OffsetMap {
  /** The text the mapped offsets point into. */
  text: string;
  /** UTF-16 offset in the source text → code point offset in `text`. */
  at(offset: number): number;
}

export function codePointMap(source: string, foldNewlines: boolean): OffsetMap {
  const n = source.length;
  const map = new Uint32Array(n + 1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    map[i] = out;
    const c = source.charCodeAt(i);
    if (foldNewlines && c === 13 && source.charCodeAt(i + 1) === 10) continue; // \r of \r\n vanishes
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = source.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[++i] = out; // an offset inside a pair points at the pair
      }
    }
    out++;
  }
  map[n] = out;
  const text = foldNewlines ? source.replace(/\r\n?/g, '\n') : source;
  return { text, at: (offset) => map[Math.max(0, Math.min(n, offset))] };
}
