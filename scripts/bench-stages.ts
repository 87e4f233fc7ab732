// Per-stage CPU of one keystroke through the incremental analyser, from the source tree: the
// stages of analysePiece (pipeline.ts) run one by one with the same memos, on a real article of
// about N words (bench-text.mjs), one character typed and deleted near the middle alternately;
// mean CPU time (user + system, all threads) per keystroke and stage over the last 300 of 400.
// For finding which stage a change made slower; the LSP figures stay in bench-lsp.mjs.
//
//   node scripts/bench-stages.mjs [words=10000]        (POOL=polnear: PolNeAR documents only)
//   KEYS=N keystrokes (default 400; the first quarter, at most 100, warm up and are not counted).
//   SPLIT=entities: the entity stage in its own steps (context, decoding, spans, rules, types, grouping).
// (bench-stages.mjs bundles this file as the build does; under tsx, imported bindings are getters.)
import { findAttributions } from '../server/src/analysis/attributions';
import { findClaimCandidates } from '../server/src/analysis/claims';
import { recognizeEntities } from '../server/src/analysis/entities';
import { harmoniseTypes } from '../server/src/analysis/entities/consistency';
import { decode } from '../server/src/analysis/entities/decode';
import { buildContext } from '../server/src/analysis/entities/features';
import { groupMentions } from '../server/src/analysis/entities/group';
import { defaultModel } from '../server/src/analysis/entities/model';
import { applyRules } from '../server/src/analysis/entities/rules';
import { labelsToSpans } from '../server/src/analysis/entities/spans';
import type { Entity, Mention, Segmentation } from '../server/src/analysis/types';
import { findFigures } from '../server/src/analysis/figures';
import { createAnalysisMemo, memoParts } from '../server/src/analysis/pipeline';
import { segment } from '../server/src/analysis/segment';
import { structureOf } from '../server/src/analysis/structure';
import { useModelFilesIn } from '../server/src/io/model-files';
// @ts-expect-error: a JavaScript module of the benchmarks, without types
import { ROOT, articleOfWords, loadText } from './bench-text.mjs';

// The models in their folders of the source tree (this file runs from source or bundled elsewhere).
useModelFilesIn(`${ROOT as string}/server/src/io`);
const KEYS = Number(process.env.KEYS ?? 400);
const WARM = Math.min(100, KEYS >> 2);
const pool = (loadText() as { pool: Array<{ id: string; text: string }> }).pool;
const docs = process.env.POOL ? pool.filter((d) => d.id.startsWith(process.env.POOL!)) : pool;
const { text } = articleOfWords(docs, Number(process.argv[2] ?? 10_000)) as { text: string };
const memo = createAnalysisMemo();
const memos = memoParts(memo);
const split = process.env.SPLIT === 'entities';
const ENTITY_STEPS = ['context', 'decode', 'spans', 'rules', 'types', 'group'];
const STAGES = ['segment', ...(split ? ENTITY_STEPS : ['entities']), 'figures', 'attributions', 'claims', 'structure', 'sweep'];
const spent = STAGES.map(() => 0);
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let t = text;
const at = t.indexOf(' the ', t.length >> 1) + 2;
for (let i = 0; i < KEYS; i++) {
  t = i % 2 === 0 ? `${t.slice(0, at)}x${t.slice(at)}` : t.slice(0, at) + t.slice(at + 1);
  const marks = [cpu()];
  const seg = segment(t, memo.segment);
  marks.push(cpu());
  const { entities, mentions } = split ? entitiesInSteps(seg, marks) : recognizeEntities(seg, memo.entities);
  marks.push(cpu());
  const figures = findFigures(seg, mentions, memo.figures);
  marks.push(cpu());
  const attributions = findAttributions(seg, entities, mentions, undefined, memo.attributions);
  marks.push(cpu());
  findClaimCandidates(seg, { figures, attributions, mentions }, {}, memo.claims);
  marks.push(cpu());
  structureOf(seg);
  marks.push(cpu());
  for (const m of memos) m.sweep();
  marks.push(cpu());
  if (i >= WARM) for (let k = 0; k < STAGES.length; k++) spent[k] += marks[k + 1] - marks[k];
}
const per = spent.map((s) => s / (KEYS - WARM));
console.log(`${STAGES.map((s, k) => `${s} ${per[k].toFixed(2)}`).join(' | ')} | total ${per.reduce((a, b) => a + b, 0).toFixed(2)} ms CPU a keystroke`);

/** recognizeEntities (entities/index.ts) step by step, a mark after each but the last. */
function entitiesInSteps(seg: Segmentation, marks: number[]): { entities: Entity[]; mentions: Mention[] } {
  const model = defaultModel();
  const ctx = buildContext(seg, model.gazetteer, model.casing, model.clusters, undefined, memo.entities.codes);
  marks.push(cpu());
  const labels = decode(ctx, model.scorer, undefined, memo.entities.units);
  marks.push(cpu());
  const spans = labelsToSpans(ctx, labels);
  marks.push(cpu());
  const raw = applyRules(seg, ctx, spans, model.gazetteer);
  marks.push(cpu());
  const typed = harmoniseTypes(raw);
  marks.push(cpu());
  return groupMentions(typed, seg.text);
}
