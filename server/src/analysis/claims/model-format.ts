// The check-worthiness model file (model/checkworthy-model.bin, shipped as dist/checkworthy-model.bin),
// laid out as it is used, so opening it makes one view over its bytes and builds nothing.
// Little-endian:
//   header, 64 bytes: u32 magic "CWM2" · u32 layout version (2) · u32 file length · u32 features N
//     · u32 slots S (a power of two) · u32 0 · f64 weight scale · f64 Platt slope · f64 Platt intercept
//     · f64 default threshold · 8 × 0
//   table, S 8-byte slots (entities/int-table.ts): u32 feature key · i32 weight (an i16)
// A sentence's raw score is Σ weight × scale over its features (the bias is a feature); its
// probability is 1 / (1 + exp(−(slope × raw + intercept))).
import { IntTable } from '../entities/int-table';

/** A trained model before layout: what scripts/train-checkworthy.ts produces. */
export interface ClaimModelData {
  keys: Uint32Array;
  weights: Int16Array;
  scale: number;
  plattA: number;
  plattB: number;
  /** The probability threshold that maximised F1 on held-out training data. */
  threshold: number;
}

/** The model file's name, in claims/model/ (source) and beside the bundles (dist/). */
export const CLAIM_MODEL_FILE = 'checkworthy-model.bin';

const MAGIC = 0x324d5743; // "CWM2"
const VERSION = 2;
const HEADER_BYTES = 64;
/** What a slot's weight is when the feature is not in the model (no i16 is). */
export const NO_WEIGHT = -0x80000000;

export function encodeClaimModel(m: ClaimModelData): Uint8Array {
  const table = new IntTable(m.keys.length);
  for (let i = 0; i < m.keys.length; i++) table.set(m.keys[i], m.weights[i]);
  const slots = table.raw;
  const out = new Uint8Array(HEADER_BYTES + slots.byteLength);
  const view = new DataView(out.buffer);
  [MAGIC, VERSION, out.byteLength, m.keys.length, slots.length / 2].forEach((v, i) => view.setUint32(i * 4, v, true));
  [m.scale, m.plattA, m.plattB, m.threshold].forEach((v, i) => view.setFloat64(24 + i * 8, v, true));
  for (let i = 0; i < slots.length; i++) view.setUint32(HEADER_BYTES + i * 4, slots[i], true);
  return out;
}

/** The opened model: a view over the file's slots and the header's numbers. */
export interface ClaimModelFile {
  /** Feature key → weight (NO_WEIGHT when absent), in units of `scale`. */
  table: IntTable;
  features: number;
  scale: number;
  plattA: number;
  plattB: number;
  threshold: number;
}

/** Opens a model file's bytes in place; anything but a complete model of this layout throws a clear error. */
export function openClaimModelFile(bytes: Uint8Array): ClaimModelFile {
  const fail = (why: string): never => {
    throw new Error(`check-worthiness model: ${why}`);
  };
  if (bytes.byteLength < HEADER_BYTES) fail(`${bytes.byteLength} bytes is too short for a model file`);
  // A Uint32Array view needs 4-byte alignment; a buffer sliced from a pool may not have it.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  if (u32(0) !== MAGIC) fail(`not a check-worthiness model file (bad magic number)`);
  if (u32(4) !== VERSION) fail(`layout version ${u32(4)}, this engine reads version ${VERSION} (retrain with npm run train:checkworthy)`);
  if (u32(8) !== bytes.byteLength) fail(`the file is ${bytes.byteLength} bytes, its header says ${u32(8)} (truncated or damaged)`);
  const features = u32(12), slots = u32(16);
  if (slots === 0 || (slots & (slots - 1)) !== 0 || features > slots || HEADER_BYTES + slots * 8 !== bytes.byteLength) {
    fail(`a table of ${slots} slots for ${features} features does not fit the file`);
  }
  const f64 = (at: number) => view.getFloat64(at, true);
  return {
    table: IntTable.over(new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER_BYTES, slots * 2), features),
    features,
    scale: f64(24),
    plattA: f64(32),
    plattB: f64(40),
    threshold: f64(48),
  };
}
