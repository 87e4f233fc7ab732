// Splits a very long text into pieces that are analysed one after another, so the working
// memory and the cost per word stay those of one piece however long the input is.

/**
 * Texts up to this many UTF-16 units (about 40,000 words) are analysed in one piece: the CLI's
 * default, for throughput and memory. The editor cuts smaller pieces (lsp/documents.ts).
 */
export const CHUNK_SIZE = 250_000;

/** [start, end) pieces covering the text, cut at paragraph breaks where possible. */
export function chunkBounds(text: string, size: number = CHUNK_SIZE): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start + size / 2) cut = text.lastIndexOf('\n', limit);
    if (cut <= start + size / 2) cut = text.lastIndexOf(' ', limit);
    if (cut <= start + size / 2) cut = limit;
    // Never cut a surrogate pair.
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--;
    out.push([start, cut]);
    start = cut;
  }
  out.push([start, text.length]);
  return out;
}
