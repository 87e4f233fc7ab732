// The committed model's binary layout (base64 in model/ner-model.ts):
//   "NER1" · u32 row count N · u32 keys[N] · u16 label masks[N] · i16 weights (one per set mask bit)
//   · u32 gazetteer size G · u32 phrase hashes[G] · u16 class masks[G]
// All weights share one scale, so the decoder can add integers and take the argmax.
import { N_LABELS } from './labels';

export interface QuantisedModel {
  keys: Uint32Array;
  /** Dense N × N_LABELS weights. */
  weights: Int16Array;
  /** Gazetteer: phrase hash → class bit mask. */
  gazetteer: Map<number, number>;
}

export function encodeModel(m: QuantisedModel): Uint8Array {
  const n = m.keys.length;
  let nz = 0;
  for (let i = 0; i < m.weights.length; i++) if (m.weights[i] !== 0) nz++;
  const g = m.gazetteer.size;
  const buf = new Uint8Array(8 + n * 4 + n * 2 + nz * 2 + 4 + g * 6);
  const view = new DataView(buf.buffer);
  buf.set([78, 69, 82, 49]);
  view.setUint32(4, n, true);
  let at = 8;
  for (let i = 0; i < n; i++, at += 4) view.setUint32(at, m.keys[i], true);
  for (let i = 0; i < n; i++, at += 2) {
    let mask = 0;
    for (let l = 0; l < N_LABELS; l++) if (m.weights[i * N_LABELS + l] !== 0) mask |= 1 << l;
    view.setUint16(at, mask, true);
  }
  for (let i = 0; i < m.weights.length; i++) if (m.weights[i] !== 0) { view.setInt16(at, m.weights[i], true); at += 2; }
  view.setUint32(at, g, true);
  at += 4;
  for (const key of m.gazetteer.keys()) { view.setUint32(at, key, true); at += 4; }
  for (const mask of m.gazetteer.values()) { view.setUint16(at, mask, true); at += 2; }
  return buf;
}

export function decodeModel(buf: Uint8Array): QuantisedModel {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== 0x3152454e) throw new Error('entity model: bad magic');
  const n = view.getUint32(4, true);
  const keys = new Uint32Array(n);
  const weights = new Int16Array(n * N_LABELS);
  let at = 8;
  for (let i = 0; i < n; i++, at += 4) keys[i] = view.getUint32(at, true);
  let w = 8 + n * 6;
  for (let i = 0; i < n; i++, at += 2) {
    const mask = view.getUint16(at, true);
    for (let l = 0; l < N_LABELS; l++) if (mask & (1 << l)) { weights[i * N_LABELS + l] = view.getInt16(w, true); w += 2; }
  }
  const g = view.getUint32(w, true);
  w += 4;
  const gazetteer = new Map<number, number>();
  for (let i = 0; i < g; i++) gazetteer.set(view.getUint32(w + i * 4, true), view.getUint16(w + g * 4 + i * 2, true));
  return { keys, weights, gazetteer };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(buf: Uint8Array): string {
  let out = '';
  const parts: string[] = [];
  for (let i = 0; i < buf.length; i += 3) {
    const a = buf[i], b = buf[i + 1] ?? 0, c = buf[i + 2] ?? 0;
    const t = (a << 16) | (b << 8) | c;
    out += B64[(t >> 18) & 63] + B64[(t >> 12) & 63];
    out += i + 1 < buf.length ? B64[(t >> 6) & 63] : '=';
    out += i + 2 < buf.length ? B64[t & 63] : '=';
    if (out.length > 65536) { parts.push(out); out = ''; }
  }
  parts.push(out);
  return parts.join('');
}

export function fromBase64(s: string): Uint8Array {
  const rev = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) rev[B64.charCodeAt(i)] = i;
  let pad = 0;
  if (s.endsWith('==')) pad = 2;
  else if (s.endsWith('=')) pad = 1;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const t = (rev[s.charCodeAt(i)] << 18) | (rev[s.charCodeAt(i + 1)] << 12) | (rev[s.charCodeAt(i + 2)] << 6) | rev[s.charCodeAt(i + 3)];
    if (o < out.length) out[o++] = (t >> 16) & 255;
    if (o < out.length) out[o++] = (t >> 8) & 255;
    if (o < out.length) out[o++] = t & 255;
  }
  return out;
}
