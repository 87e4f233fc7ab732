// Names a CPU profile's frames in a bundle whose local names are minified (dist/analysis.js since
// the eleventh session): the bundle's source map gives each frame's source file, line and the name
// the function has there. Used by bench-cli-profile.mjs; plain JavaScript, no dependency.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/** The source map's segments per generated line: [column, source, line, sourceColumn, name?]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0, line = 0, col = 0, name = 0;
  for (const text of mappings.split(';')) {
    const segs = [];
    let gen = 0;
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const v = [];
      let value = 0, shift = 0;
      for (const c of seg) {
        const d = B64.get(c);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          v.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      gen += v[0];
      if (v.length < 4) continue;
      source += v[1];
      line += v[2];
      col += v[3];
      if (v.length > 4) name += v[4];
      segs.push([gen, source, line, col, v.length > 4 ? name : -1]);
    }
    lines.push(segs);
  }
  return lines;
}

/**
 * A function from a profile's call frame (0-based line and column in `bundle`) to
 * "name file.ts:line", or null when the bundle has no map beside it or the frame is not in it.
 */
export function sourceNamer(bundle) {
  if (!existsSync(`${bundle}.map`)) return () => null;
  const map = JSON.parse(readFileSync(`${bundle}.map`, 'utf8'));
  const lines = decodeMappings(map.mappings);
  const code = readFileSync(bundle, 'utf8').split('\n');
  return (frame) => {
    const segs = lines[frame.lineNumber];
    if (!segs || segs.length === 0) return null;
    const col = frame.columnNumber;
    // The segment at or before the frame's column says where it is in the source.
    let at = -1;
    for (let i = 0; i < segs.length && segs[i][0] <= col; i++) at = i;
    if (at < 0) at = 0;
    const where = `${basename(map.sources[segs[at][1]])}:${segs[at][2] + 1}`;
    // Its name: the nearest named segment before the frame whose generated text is the frame's
    // (minified) function name, e.g. `function Xe(` where the frame starts at `(`.
    let name = frame.functionName || '(anonymous)';
    if (frame.functionName) {
      const text = code[frame.lineNumber] ?? '';
      for (let i = at; i >= 0 && i >= at - 8; i--) {
        const [gen, , , , n] = segs[i];
        if (n >= 0 && text.startsWith(frame.functionName, gen) && !/[\w$]/.test(text[gen + frame.functionName.length] ?? '')) {
          name = map.names[n];
          break;
        }
      }
    }
    return `${name} ${where}`;
  };
}
