// The committed check-worthiness model's binary layout (base64 in model/checkworthy-model.ts):
//   "CWM1" · u32 feature count N · u32 keys[N] (sorted) · i16 weights[N] · f64 weight scale
//   · f64 Platt slope · f64 Platt intercept · f64 default threshold
// A sentence's raw score is scale × Σ weights of its features (the bias is a feature);
// its probability is 1 / (1 + exp(−(slope × raw + intercept))).

export interface ClaimModelData {
  keys: Uint32Array;
  weights: Int16Array;
  scale: number;
  plattA: number;
  plattB: number;
  /** The probability threshold that maximised F1 on held-out training data. */
  threshold: number;
}

const MAGIC = 0x314d5743; // "CWM1"

export function encodeClaimModel(m: ClaimModelData): Uint8Array {
  const n = m.keys.length;
  const buf = new Uint8Array(8 + n * 6 + 32);
  const view = new DataView(buf.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, n, true);
  let at = 8;
  for (let i = 0; i < n; i++, at += 4) view.setUint32(at, m.keys[i], true);
  for (let i = 0; i < n; i++, at += 2) view.setInt16(at, m.weights[i], true);
  for (const v of [m.scale, m.plattA, m.plattB, m.threshold]) {
    view.setFloat64(at, v, true);
    at += 8;
  }
  return buf;
}

export function decodeClaimModel(buf: Uint8Array): ClaimModelData {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.byteLength < 8 || view.getUint32(0, true) !== MAGIC) throw new Error('check-worthiness model: bad magic');
  const n = view.getUint32(4, true);
  if (buf.byteLength !== 8 + n * 6 + 32) throw new Error('check-worthiness model: bad length');
  const keys = new Uint32Array(n);
  const weights = new Int16Array(n);
  let at = 8;
  for (let i = 0; i < n; i++, at += 4) keys[i] = view.getUint32(at, true);
  for (let i = 0; i < n; i++, at += 2) weights[i] = view.getInt16(at, true);
  const f = () => { const v = view.getFloat64(at, true); at += 8; return v; };
  return { keys, weights, scale: f(), plattA: f(), plattB: f(), threshold: f() };
}
