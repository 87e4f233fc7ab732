// Base64 without Buffer (the analysis library runs anywhere): the check-worthiness model ships as
// base64 in a TypeScript module.
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
