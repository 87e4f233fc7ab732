// Converts the check-worthiness model and the attribution stage's learned models of the previous
// layout (base64 in TypeScript modules, decoded and rebuilt into tables at every start: "CWM1" in
// claims/model/checkworthy-model.ts, "ATT2" in attributions/learned/model.data.ts) to the current
// model files (claims/model-format.ts, attributions/learned/model-format.ts), without retraining,
// and checks that every weight reads back the same through the new tables.
//   git show 672a2f3:server/src/analysis/claims/model/checkworthy-model.ts > /tmp/cwm1.ts
//   git show 672a2f3:server/src/analysis/attributions/learned/model.data.ts > /tmp/att2.ts
//   npx tsx scripts/convert-models.ts --claims /tmp/cwm1.ts --attributions /tmp/att2.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fromBase64 } from '../server/src/analysis/entities/base64';
import { encodeClaimModel, NO_WEIGHT, openClaimModelFile, type ClaimModelData } from '../server/src/analysis/claims/model-format';
import type { LearnedData, Table } from '../server/src/analysis/attributions/learned/model';
import { encodeLearnedFile, openLearnedFile } from '../server/src/analysis/attributions/learned/model-format';

/** The base64 string constant `name` of a generated module. */
function base64Constant(source: string, name: string): Uint8Array {
  const m = new RegExp(`export const ${name} =\\s*'([A-Za-z0-9+/=]+)'`).exec(source);
  if (!m) throw new Error(`no ${name} in the file`);
  return fromBase64(m[1]);
}

/** "CWM1" · u32 N · u32 keys[N] · i16 weights[N] · f64 scale, Platt slope, Platt intercept, threshold. */
function decodeCwm1(buf: Uint8Array): ClaimModelData {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== 0x314d5743) throw new Error('not a CWM1 model');
  const n = view.getUint32(4, true);
  if (buf.byteLength !== 8 + n * 6 + 32) throw new Error('CWM1: bad length');
  const keys = new Uint32Array(n);
  const weights = new Int16Array(n);
  let at = 8;
  for (let i = 0; i < n; i++, at += 4) keys[i] = view.getUint32(at, true);
  for (let i = 0; i < n; i++, at += 2) weights[i] = view.getInt16(at, true);
  const f = () => { const v = view.getFloat64(at, true); at += 8; return v; };
  return { keys, weights, scale: f(), plattA: f(), plattB: f(), threshold: f() };
}

/** "ATT2" · i32 cue threshold · i32 keep threshold · two tables of u32 N · u32 keys[N] · i16 weights[N]. */
function decodeAtt2(bytes: Uint8Array): Omit<LearnedData, 'vocabulary' | 'doubtful'> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const u32 = () => { const v = view.getUint32(at, true); at += 4; return v; };
  const table = (): Table => {
    const n = u32();
    const keys = new Uint32Array(n);
    const weights = new Int16Array(n);
    for (let i = 0; i < n; i++) keys[i] = u32();
    for (let i = 0; i < n; i++) { weights[i] = view.getInt16(at, true); at += 2; }
    return { keys, weights };
  };
  if (u32() !== 0x32545441) throw new Error('not an ATT2 model');
  const threshold = view.getInt32(at, true); at += 4;
  const keepThreshold = view.getInt32(at, true); at += 4;
  const cue = table();
  const span = table();
  if (at !== bytes.byteLength) throw new Error('ATT2: bad length');
  return { cue, threshold, keepThreshold, span };
}

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`conversion check failed: ${what}`);
}

function convertClaims(input: string, out: string): void {
  const m = decodeCwm1(base64Constant(readFileSync(input, 'utf8'), 'CHECKWORTHY_MODEL'));
  const bytes = encodeClaimModel(m);
  const opened = openClaimModelFile(bytes);
  check(opened.features === m.keys.length, 'feature count');
  m.keys.forEach((k, i) => check(opened.table.get(k, NO_WEIGHT) * opened.scale === m.weights[i] * m.scale, `weight of ${k}`));
  for (const x of [opened.scale, opened.plattA, opened.plattB, opened.threshold].map((v, i) => [v, [m.scale, m.plattA, m.plattB, m.threshold][i]])) check(Object.is(x[0], x[1]), 'header numbers');
  writeFileSync(out, bytes);
  console.log(`${out}: ${m.keys.length} features, ${bytes.length} bytes, threshold ${m.threshold}`);
}

function convertAttributions(input: string, out: string): void {
  const m = { ...decodeAtt2(base64Constant(readFileSync(input, 'utf8'), 'ATTRIBUTION_MODEL')), vocabulary: [], doubtful: [] };
  const bytes = encodeLearnedFile(m);
  const t = openLearnedFile(bytes, [], []);
  check(t.threshold === m.threshold && t.keepThreshold === m.keepThreshold, 'thresholds');
  for (const [table, tb] of [[t.cues, m.cue], [t.spans, m.span]] as const) {
    check(table.entries === tb.keys.length, 'entry count');
    tb.keys.forEach((k, i) => check(table.sum([k]) === tb.weights[i], `weight of ${k}`));
  }
  writeFileSync(out, bytes);
  console.log(`${out}: ${m.cue.keys.length} cue and keep, ${m.span.keys.length} content features, ${bytes.length} bytes`);
}

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const claims = opt('--claims');
const attributions = opt('--attributions');
if (!claims && !attributions) throw new Error('usage: convert-models.ts [--claims OLD-checkworthy-model.ts] [--attributions OLD-model.data.ts]');
if (claims) convertClaims(claims, resolve(__dirname, '../server/src/analysis/claims/model/checkworthy-model.bin'));
if (attributions) convertAttributions(attributions, resolve(__dirname, '../server/src/analysis/attributions/learned/attribution-model.bin'));
