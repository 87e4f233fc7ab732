// The entity model file (model/ner-model.bin, shipped as dist/ner-model.bin): the tagger's tables
// laid out exactly as they are used, so opening the file makes a few typed-array views over its
// bytes and builds nothing. Little-endian; every section starts at a multiple of 64 bytes.
//   header, 128 bytes: u32 magic "NER3" · u32 layout version (3) · u32 file length · u32 labels (9)
//     · then (u32 offset, u32 slots, u32 entries) for each section, in this order:
//   weights    16-byte slots (weights.ts): u32 feature key · 9 × i8 mantissa · i8 shift · 2 × 0;
//              weight = mantissa << shift; shift -1: the second word indexes a wide row
//   wide       32-byte rows: 9 × i16 weights · 7 × 0 (the features 8 bits and a shift cannot hold)
//   gazetteer  8-byte slots (int-table.ts): u32 phrase hash · u32 class mask (0: prefix only)
//   casing     8-byte slots (int-table.ts): u32 word hash · u32 usual-casing code (casing.ts)
//   clusters   4-byte slots (clusters.ts): 19-bit fingerprint of the word hash · 13-bit 1 + leaf
// Open addressing with linear probing, key 0 stored as 1, an empty slot is 0.
import { ClusterTable } from './clusters';
import { IntTable } from './int-table';
import { N_LABELS } from './labels';
import { WEIGHT_SLOT_BYTES, WeightTable, WIDE_ROW_BYTES } from './weights';

// Kept here for the check-worthiness model, which imports them from this module.
export { fromBase64, toBase64 } from './base64';

export const MODEL_MAGIC = 0x3352454e; // "NER3"
export const MODEL_VERSION = 3;
const HEADER_BYTES = 128;
const SECTIONS = ['weights', 'wide weights', 'gazetteer', 'casing', 'clusters'] as const;
const SLOT_BYTES = [WEIGHT_SLOT_BYTES, WIDE_ROW_BYTES, 8, 8, 4];
/** Sections that are hash tables (a power-of-two number of slots); the wide rows are a list. */
const HASHED = [true, false, true, true, true];

/** A trained model before layout: what scripts/train-ner.ts produces. */
export interface QuantisedModel {
  keys: Uint32Array;
  /** Dense N × N_LABELS 16-bit weights, one scale for all. */
  weights: Int16Array;
  /** Gazetteer: phrase hash → class bit mask (0 = prefix of a longer phrase). */
  gazetteer: Map<number, number>;
  /** Word hash → usual casing code (casing.ts). */
  casing: Map<number, number>;
  /** Word hash → cluster leaf id (clusters.ts), as parallel arrays. */
  clusters?: { keys: Uint32Array; ids: Uint16Array };
}

/** The opened model: views over the file's bytes. */
export interface NerModel {
  /** The file's bytes, which the tables below are views of. */
  bytes: Uint8Array;
  scorer: WeightTable;
  gazetteer: IntTable;
  casing: IntTable;
  clusters: ClusterTable;
}

function intTable(entries: Map<number, number>): IntTable {
  const t = new IntTable(entries.size);
  for (const [k, v] of entries) t.set(k, v);
  return t;
}

export function encodeModel(m: QuantisedModel): Uint8Array {
  const clusters = new ClusterTable(m.clusters?.keys ?? [], m.clusters?.ids ?? []);
  const weights = WeightTable.layout(m.keys, m.weights);
  const bodies: Uint8Array[] = [
    weights.slots,
    weights.wide,
    bytesOf(intTable(m.gazetteer).raw),
    bytesOf(intTable(m.casing).raw),
    bytesOf(clusters.raw),
  ];
  const entries = [m.keys.length, weights.wideRows, m.gazetteer.size, m.casing.size, clusters.size];
  const offsets: number[] = [];
  let length = HEADER_BYTES;
  for (const b of bodies) {
    offsets.push(length);
    length = align64(length + b.length);
  }
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  [MODEL_MAGIC, MODEL_VERSION, length, N_LABELS].forEach((v, i) => view.setUint32(i * 4, v, true));
  bodies.forEach((b, s) => {
    out.set(b, offsets[s]);
    view.setUint32(16 + s * 12, offsets[s], true);
    view.setUint32(20 + s * 12, b.length / SLOT_BYTES[s], true);
    view.setUint32(24 + s * 12, entries[s], true);
  });
  return out;
}

/**
 * Opens a model file's bytes in place (they must stay unchanged while in use). Throws a clear
 * error on anything that is not a complete model of this layout.
 */
export function openModel(bytes: Uint8Array): NerModel {
  const fail = (why: string): never => {
    throw new Error(`entity model: ${why}`);
  };
  if (bytes.byteLength < HEADER_BYTES) fail(`${bytes.byteLength} bytes is too short for a model file`);
  // Views need 4-byte alignment; a buffer sliced from a pool may not have it.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  if (u32(0) !== MODEL_MAGIC) fail('not an entity model file (bad magic number)');
  if (u32(4) !== MODEL_VERSION) fail(`layout version ${u32(4)}, this engine reads version ${MODEL_VERSION} (convert it with scripts/convert-ner-model.ts or retrain)`);
  if (u32(8) !== bytes.byteLength) fail(`the file is ${bytes.byteLength} bytes, its header says ${u32(8)} (truncated or damaged)`);
  if (u32(12) !== N_LABELS) fail(`${u32(12)} labels, the tagger has ${N_LABELS}`);
  let free = HEADER_BYTES;
  const sections = SECTIONS.map((name, s) => {
    const offset = u32(16 + s * 12), slots = u32(20 + s * 12), entries = u32(24 + s * 12);
    const end = offset + slots * SLOT_BYTES[s];
    const badCount = HASHED[s] ? slots === 0 || (slots & (slots - 1)) !== 0 || entries > slots : entries !== slots;
    if (offset % 64 !== 0 || offset < free || end > bytes.byteLength || badCount) {
      fail(`the ${name} section (offset ${offset}, ${slots} slots, ${entries} entries) does not fit the file`);
    }
    free = end;
    return { bytes: bytes.subarray(offset, end), entries };
  });
  const words = (s: number) => new Uint32Array(bytes.buffer, sections[s].bytes.byteOffset, sections[s].bytes.byteLength / 4);
  return {
    bytes,
    scorer: new WeightTable(sections[0].bytes, sections[1].bytes, sections[0].entries),
    gazetteer: IntTable.over(words(2), sections[2].entries),
    casing: IntTable.over(words(3), sections[3].entries),
    clusters: ClusterTable.over(words(4), sections[4].entries),
  };
}

function bytesOf(a: Uint32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function align64(n: number): number {
  return (n + 63) & ~63;
}
