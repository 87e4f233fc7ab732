// Test-side decoding of LSP semantic tokens into absolute offsets (independent of the server's code).
import { offsetOf } from './harness';

export interface Decoded {
  start: number;
  end: number;
  line: number;
  type: string;
  mods: string[];
}

export function decodeTokens(text: string, data: number[], types: string[], modifiers: string[]): Decoded[] {
  const out: Decoded[] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const start = offsetOf(text, { line, character: char });
    const mods = modifiers.filter((_, bit) => (data[i + 4] >> bit) & 1);
    out.push({ start, end: start + data[i + 2], line, type: types[data[i + 3]], mods });
  }
  return out;
}

/** The token type covering each offset of [start, end) (undefined where no token). */
export function typesOver(tokens: Decoded[], start: number, end: number): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  for (let o = start; o < end; o++) out.push(tokens.find((t) => t.start <= o && o < t.end)?.type);
  return out;
}
