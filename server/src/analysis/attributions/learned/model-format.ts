// The attribution stage's learned models as a file (attribution-model.bin here, shipped as
// dist/attribution-model.bin): the two weight tables laid out as they are looked up, so opening
// the file makes four views over its bytes and builds nothing. Little-endian:
//   header, 64 bytes: u32 magic "ATT3" · u32 layout version (3) · u32 file length
//     · i32 cue threshold · i32 keep threshold · then (u32 offset, u32 slots, u32 entries) for the
//     cue-and-keep table, then for the content table · 12 × 0
//   a table: u32 keys[slots] (0 = empty) · i16 weights[slots], each part at a multiple of 64 bytes
// A table is open addressing with linear probing over a power-of-two number of slots (model.ts).
import { WeightTable, type LearnedData, type LearnedTables } from './model';

/** The model file's name, in attributions/learned/ (source) and beside the bundles (dist/). */
export const ATTRIBUTION_MODEL_FILE = 'attribution-model.bin';

const MAGIC = 0x33545441; // "ATT3"
const VERSION = 3;
const HEADER_BYTES = 64;

const align64 = (n: number) => (n + 63) & ~63;

export function encodeLearnedFile(m: LearnedData): Uint8Array {
  const tables = [WeightTable.build(m.cue), WeightTable.build(m.span)];
  let length = HEADER_BYTES;
  const offsets = tables.map((t) => {
    const at = length;
    length = align64(align64(at + t.keys.byteLength) + t.values.byteLength);
    return at;
  });
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  [MAGIC, VERSION, length].forEach((v, i) => view.setUint32(i * 4, v, true));
  view.setInt32(12, m.threshold, true);
  view.setInt32(16, m.keepThreshold, true);
  tables.forEach((t, i) => {
    const head = 20 + i * 12;
    view.setUint32(head, offsets[i], true);
    view.setUint32(head + 4, t.keys.length, true);
    view.setUint32(head + 8, t.entries, true);
    const values = align64(offsets[i] + t.keys.byteLength);
    t.keys.forEach((k, s) => view.setUint32(offsets[i] + s * 4, k, true));
    t.values.forEach((w, s) => view.setInt16(values + s * 2, w, true));
  });
  return out;
}

/** Opens a model file's bytes in place; anything but a complete model of this layout throws a clear error. */
export function openLearnedFile(bytes: Uint8Array, vocabulary: string[], doubtful: string[]): LearnedTables {
  const fail = (why: string): never => {
    throw new Error(`attribution model: ${why}`);
  };
  if (bytes.byteLength < HEADER_BYTES) fail(`${bytes.byteLength} bytes is too short for a model file`);
  // Typed-array views need aligned offsets; a buffer sliced from a pool may not have them.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  if (u32(0) !== MAGIC) fail('not an attribution model file (bad magic number)');
  if (u32(4) !== VERSION) fail(`layout version ${u32(4)}, this engine reads version ${VERSION} (retrain with npm run train:attributions)`);
  if (u32(8) !== bytes.byteLength) fail(`the file is ${bytes.byteLength} bytes, its header says ${u32(8)} (truncated or damaged)`);
  let free = HEADER_BYTES;
  const [cues, spans] = ['cue-and-keep', 'content'].map((name, i) => {
    const offset = u32(20 + i * 12), slots = u32(24 + i * 12), entries = u32(28 + i * 12);
    const values = align64(offset + slots * 4);
    const end = values + slots * 2;
    if (offset % 64 !== 0 || offset < free || end > bytes.byteLength || slots === 0 || (slots & (slots - 1)) !== 0 || entries > slots) {
      fail(`the ${name} table (offset ${offset}, ${slots} slots, ${entries} entries) does not fit the file`);
    }
    free = end;
    return new WeightTable(
      new Uint32Array(bytes.buffer, bytes.byteOffset + offset, slots),
      new Int16Array(bytes.buffer, bytes.byteOffset + values, slots),
      entries,
    );
  });
  return { cues, spans, threshold: view.getInt32(12, true), keepThreshold: view.getInt32(16, true), vocabulary, doubtful };
}
