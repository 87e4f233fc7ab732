// The previous layout of the entity model ("NER2", until the model became a file of ready-made
// tables): compact, base64 in model/ner-model.ts, decoded and rebuilt into tables at every start.
// Only scripts/convert-ner-model.ts reads it now.
import { N_LABELS } from '../server/src/analysis/entities/labels';
import type { QuantisedModel } from '../server/src/analysis/entities/model-format';

/** The NER2 layout: "NER2" · u32 N · u32 keys[N] · u16 label masks[N] · i16 weights per set bit · u32 G · u32 hashes[G] · u16 masks[G] · u32 C · u32 hashes[C] · u8 codes[C] · [u32 K · u32 hashes[K] · u16 leaves[K]]. */
export function decodeNer2(buf: Uint8Array): QuantisedModel {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== 0x3252454e) throw new Error('not an NER2 model (bad magic)');
  const n = view.getUint32(4, true);
  let at = 8;
  const keys = new Uint32Array(n);
  const weights = new Int16Array(n * N_LABELS);
  for (let i = 0; i < n; i++, at += 4) keys[i] = view.getUint32(at, true);
  let w = at + n * 2;
  for (let i = 0; i < n; i++, at += 2) {
    const mask = view.getUint16(at, true);
    for (let l = 0; l < N_LABELS; l++) if (mask & (1 << l)) { weights[i * N_LABELS + l] = view.getInt16(w, true); w += 2; }
  }
  at = w;
  const g = view.getUint32(at, true);
  at += 4;
  const gazetteer = new Map<number, number>();
  for (let i = 0; i < g; i++) gazetteer.set(view.getUint32(at + i * 4, true), view.getUint16(at + g * 4 + i * 2, true));
  at += g * 6;
  const c = view.getUint32(at, true);
  at += 4;
  const casing = new Map<number, number>();
  for (let i = 0; i < c; i++) casing.set(view.getUint32(at + i * 4, true), buf[at + c * 4 + i]);
  at += c * 5;
  if (at + 4 > buf.length) return { keys, weights, gazetteer, casing };
  const k = view.getUint32(at, true);
  at += 4;
  const clusters = { keys: new Uint32Array(k), ids: new Uint16Array(k) };
  for (let i = 0; i < k; i++) clusters.keys[i] = view.getUint32(at + i * 4, true);
  at += k * 4;
  for (let i = 0; i < k; i++) clusters.ids[i] = view.getUint16(at + i * 2, true);
  return { keys, weights, gazetteer, casing, clusters };
}
