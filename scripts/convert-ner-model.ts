// Converts an entity model of the previous layout ("NER2": base64 in model/ner-model.ts, rebuilt
// into tables at every start) to the current model file (model-format.ts), without retraining,
// and checks the result: every table look-up, and the tagger's labels on dev texts against the
// exact 16-bit weights.
//   git show b2ea834:server/src/analysis/entities/model/ner-model.ts > /tmp/ner2.ts
//   npx tsx scripts/convert-ner-model.ts /tmp/ner2.ts [--out model.bin] [--compare a.jsonl,b.jsonl]
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { segment } from '../server/src/analysis/segment';
import { fromBase64 } from '../server/src/analysis/entities/base64';
import { ClusterTable } from '../server/src/analysis/entities/clusters';
import { decode, type Scorer } from '../server/src/analysis/entities/decode';
import { buildContext } from '../server/src/analysis/entities/features';
import { N_LABELS } from '../server/src/analysis/entities/labels';
import { encodeModel, openModel, type QuantisedModel } from '../server/src/analysis/entities/model-format';
import { decodeNer2 } from './ner2-format';

/** The exact 16-bit weights, for comparison. */
class ExactScorer implements Scorer {
  private readonly rows = new Map<number, number>();
  constructor(private readonly m: QuantisedModel) {
    m.keys.forEach((k, r) => this.rows.set(k || 1, r));
  }
  score(feats: Uint32Array, n: number, out: Float64Array): void {
    for (let f = 0; f < n; f++) {
      const r = this.rows.get(feats[f] || 1);
      if (r === undefined) continue;
      for (let l = 0; l < N_LABELS; l++) out[l] += this.m.weights[r * N_LABELS + l];
    }
  }
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name: string, def: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
  const input = args[0];
  if (!input || input.startsWith('--')) throw new Error('usage: convert-ner-model.ts OLD-ner-model.ts [--out FILE] [--compare a.jsonl,b.jsonl]');
  const out = opt('--out', resolve(__dirname, '../server/src/analysis/entities/model/ner-model.bin'));
  const compare = opt('--compare', '/work/shared/data/conll2003/dev.jsonl,/work/shared/data/polnear/dev.jsonl').split(',').filter(Boolean);
  const source = readFileSync(input, 'utf8');
  const b64 = /'([A-Za-z0-9+/=]+)'/.exec(source)?.[1];
  if (!b64) throw new Error(`${input}: no base64 model found`);
  const old = decodeNer2(fromBase64(b64));
  const bytes = encodeModel(old);
  const m = openModel(bytes);
  console.log(`${old.keys.length} features, ${old.gazetteer.size} gazetteer, ${old.casing.size} casing, ${old.clusters?.keys.length ?? 0} cluster entries → ${bytes.length} bytes`);

  // Every look-up of the new tables against the old model.
  let exactRows = 0, maxError = 0;
  old.keys.forEach((key, r) => {
    const w = m.scorer.weightsOf(key);
    let exact = true;
    for (let l = 0; l < N_LABELS; l++) {
      const e = Math.abs(w[l] - old.weights[r * N_LABELS + l]);
      if (e) exact = false;
      maxError = Math.max(maxError, e);
    }
    if (exact) exactRows++;
  });
  console.log(`weights: ${exactRows} of ${old.keys.length} features exact, largest error ${maxError} (of 32767)`);
  for (const [k, v] of old.gazetteer) if (m.gazetteer.get(k) !== v) throw new Error(`gazetteer ${k}: ${m.gazetteer.get(k)} ≠ ${v}`);
  for (const [k, v] of old.casing) if (m.casing.get(k, 0) !== v) throw new Error(`casing ${k}: ${m.casing.get(k, 0)} ≠ ${v}`);
  // As the previous engine built it (a word whose fingerprint collides is left out the same way).
  const clusters = new ClusterTable(old.clusters?.keys ?? [], old.clusters?.ids ?? []);
  old.clusters?.keys.forEach((k) => {
    if (m.clusters.get(k) !== clusters.get(k)) throw new Error(`cluster of ${k} differs`);
  });
  console.log('gazetteer, casing and clusters: every entry found with its value');

  // The tagger's labels with the stored weights against the exact ones.
  const exact = new ExactScorer(old);
  for (const file of compare) {
    let tokens = 0, differ = 0, docs = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const ctx = buildContext(segment((JSON.parse(line) as { text: string }).text), m.gazetteer, m.casing, m.clusters);
      const a = decode(ctx, exact), b = decode(ctx, m.scorer);
      docs++;
      tokens += ctx.n;
      for (let i = 0; i < ctx.n; i++) if (a[i] !== b[i]) differ++;
    }
    console.log(`${file}: ${docs} documents, ${tokens} tokens, ${differ} labels differ from the exact weights`);
  }
  writeFileSync(out, bytes);
  console.log(`wrote ${out}`);
}

if (require.main === module) main();
