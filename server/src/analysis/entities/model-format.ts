// The committed model's binary layout (base64 in model/ner-model.ts):
//   "NER2" · u32 row count N · u32 keys[N] · u16 label masks[N] · i16 weights, one per set
//   mask bit · u32 gazetteer size G · u32 phrase hashes[G] · u16 class masks[G]
//   · u32 casing size C · u32 word hashes[C] · u8 casing codes[C]
//   · optional: u32 cluster table size K · u32 word hashes[K] · u16 leaf ids[K] (clusters.ts)
// All weights share one scale, so the decoder adds integers and takes the argmax.
import { N_LABELS } from './labels';

export interface Weights {
  keys: Uint32Array;
  /** Dense N × N_LABELS weights. */
  weights: Int16Array;
}

export interface QuantisedModel extends Weights {
  /** Gazetteer: phrase hash → class bit mask (0 = prefix of a longer phrase). */
  gazetteer: Map<number, number>;
  /** Word hash → usual casing code (casing.ts). */
  casing: Map<number, number>;
  /** Word hash → cluster leaf id (clusters.ts), as parallel arrays. */
  clusters?: { keys: Uint32Array; ids: Uint16Array };
}

class Writer {
  buf = new Uint8Array(1 << 16);
  at = 0;
  private room(n: number) {
    if (this.at + n <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    b.set(this.buf);
    this.buf = b;
  }
  u32(v: number) { this.room(4); new DataView(this.buf.buffer).setUint32(this.at, v, true); this.at += 4; }
  u8(v: number) { this.room(1); this.buf[this.at++] = v; }
  u16(v: number) { this.room(2); new DataView(this.buf.buffer).setUint16(this.at, v, true); this.at += 2; }
  i16(v: number) { this.room(2); new DataView(this.buf.buffer).setInt16(this.at, v, true); this.at += 2; }
}

export function encodeModel(m: QuantisedModel): Uint8Array {
  const w = new Writer();
  w.u32(0x3252454e);
  const n = m.keys.length;
  w.u32(n);
  for (let i = 0; i < n; i++) w.u32(m.keys[i]);
  for (let i = 0; i < n; i++) {
    let mask = 0;
    for (let l = 0; l < N_LABELS; l++) if (m.weights[i * N_LABELS + l] !== 0) mask |= 1 << l;
    w.u16(mask);
  }
  for (let i = 0; i < m.weights.length; i++) if (m.weights[i] !== 0) w.i16(m.weights[i]);
  w.u32(m.gazetteer.size);
  for (const key of m.gazetteer.keys()) w.u32(key);
  for (const mask of m.gazetteer.values()) w.u16(mask);
  w.u32(m.casing.size);
  for (const key of m.casing.keys()) w.u32(key);
  for (const code of m.casing.values()) w.u8(code);
  if (m.clusters) {
    const k = m.clusters.keys.length;
    w.u32(k);
    for (let i = 0; i < k; i++) w.u32(m.clusters.keys[i]);
    for (let i = 0; i < k; i++) w.u16(m.clusters.ids[i]);
  }
  return w.buf.slice(0, w.at);
}

export function decodeModel(buf: Uint8Array): QuantisedModel {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.getUint32(0, true) !== 0x3252454e) throw new Error('entity model: bad magic');
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
