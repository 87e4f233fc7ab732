// A canonical string of any JSON value (object keys sorted), for equality in merges.
export function canonical(v: unknown): string {
  return JSON.stringify(sorted(v)) ?? 'undefined';
}

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sorted((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}
