#!/usr/bin/env node
// Scores the entity stage on our own development set of modern copy
// (test/fixtures/entities-modern: invented wire-style articles in today's house styles with
// hand-made gold, CoNLL-2003 span conventions), through the CLI.
//
//   npm run build && node scripts/measure-entities-fixture.mjs [--cli "node dist/cli.js analyze --jsonl"]
//        [--gold test/fixtures/entities-modern/gold.json] [--batch 1|2|…|19] [--errors] [--json out.json]
//
// --batch N scores only the articles of batch N (1: issue 10 round 3's seven; 2: round 4's seven,
// written blind; 3: round 5's six, written blind; 4: round 6's six, written blind; 5: round 7's six, written blind; 6: round 8's six, written blind; 7: round 9's five, written blind; 8: round 10's four, written blind; 9: round 11's three, written blind; 10: round 12's four, written blind; 11: round 13's four, written blind; 12: round 14's three, written blind; 13: round 16's three articles and 22 single sentences, written blind; 14: round 18's three articles and 22 single
// sentences (sentences-2017b.txt), written blind; 15: round 20's four articles and 22 single sentences
// (sentences-2017c.txt), written blind; 16: round 22's six articles and 22 single sentences
// (sentences-2026.txt), written blind; 17: round 24's six articles and 22 single sentences
// (sentences-2026b.txt), written blind; 18: round 26's six articles and 20 single sentences
// (sentences-2026c.txt), written blind; 19: round 27's six articles and 20 single sentences
// (sentences-2026d.txt), written blind); default all.
// A gold entry with `line: N` is the N-th line of its file alone, a document of its own (batches 13,
// 14, 15, 16, 17, 18 and 19's single sentences: the engine sees each with no article around it). --check-gold only places the gold spans (no engine run).
//
// Measures (micro-averaged over all articles): exact typed mention P/R/F1 per type, for
// PERSON + ORGANIZATION + LOCATION (MAIN, the issue's figure) and for all four types. A mention
// is right when its span and type equal a gold mention's (or one of the gold item's `alt` spans).
// Optional gold items count neither way, nor does a prediction whose span equals one (any type).
// --errors lists the misses (MISS), false positives (FALSE) and wrong types (TYPE: counted as a
// miss and a false positive).
import { readFileSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];
const MAIN = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);

function args(argv) {
  const o = { cli: 'node dist/cli.js analyze --jsonl', gold: join(root, 'test/fixtures/entities-modern/gold.json'), errors: false, json: null, batch: null, checkGold: false };
  for (let i = 2; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cli') o.cli = argv[++i];
    else if (a === '--gold') o.gold = resolve(argv[++i]);
    else if (a === '--errors') o.errors = true;
    else if (a === '--json') o.json = argv[++i];
    else if (a === '--batch') o.batch = Number(argv[++i]);
    else if (a === '--check-gold') o.checkGold = true;
    else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const WORD = /[\p{L}\p{N}]/u;

/** Start offsets of `needle` in `text` as a whole word (no letter or digit on either side). */
function wholeWords(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const before = i > 0 ? text[i - 1] : ' ';
    const after = i + needle.length < text.length ? text[i + needle.length] : ' ';
    if (!WORD.test(before) && !WORD.test(after)) out.push(i);
  }
  return out;
}

/** "ctx[span]ctx" → { plain, lo, hi } (the span's place inside the plain context). */
function parseSpec(spec) {
  const open = spec.indexOf('[');
  const close = spec.indexOf(']', open + 1);
  if (open < 0 || close < open) return { plain: spec, lo: 0, hi: spec.length, context: false };
  return { plain: spec.slice(0, open) + spec.slice(open + 1, close) + spec.slice(close + 1), lo: open, hi: close - 1, context: true };
}

/** The gold mentions of one article: bracketed entries first, then the longest span first; an
 *  occurrence inside a longer required mention is not one of its own. */
function locate(text, items, id) {
  const order = items.map((g, i) => ({ g, i, s: parseSpec(g.span) }))
    .sort((a, b) => Number(b.s.context) - Number(a.s.context) || (b.s.hi - b.s.lo) - (a.s.hi - a.s.lo) || a.i - b.i);
  const claimed = [];
  const out = [];
  for (const { g, s } of order) {
    const found = (s.context ? occurrencesOf(text, s.plain) : wholeWords(text, s.plain))
      .map((at) => ({ start: at + s.lo, end: at + s.hi }))
      .filter((m) => !claimed.some((c) => c.start < m.end && m.start < c.end));
    if (!found.length) throw new Error(`${id}: no free occurrence of ${JSON.stringify(g.span)}`);
    for (const m of found) {
      if (!g.optional) claimed.push(m); // optional items may nest ("Dow Jones" in "Dow Jones Industrial Average")
      const alts = (g.alt ?? []).flatMap((a) => wholeWords(text, a).map((at) => ({ start: at, end: at + a.length })))
        .filter((a) => a.start <= m.start && a.end >= m.end);
      out.push({ ...m, type: g.type ?? null, optional: g.optional === true, spans: [m, ...alts] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function occurrencesOf(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function prf(tp, np, ng) {
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0, tp, predicted: np, gold: ng };
}

function main() {
  const o = args(process.argv);
  const gold = JSON.parse(readFileSync(o.gold, 'utf8'));
  const docs = gold.articles.filter((a) => o.batch === null || (a.batch ?? 1) === o.batch).map((a) => {
    const whole = readFileSync(join(dirname(o.gold), a.file), 'utf8');
    const text = a.line === undefined ? whole : whole.split('\n')[a.line - 1];
    if (text === undefined || !text.trim()) throw new Error(`${a.id}: no line ${a.line} in ${a.file}`);
    return { id: a.id, text, gold: locate(text, a.entities, a.id) };
  });
  if (o.checkGold) {
    for (const d of docs) console.log(`${d.id}: ${d.gold.filter((g) => !g.optional).length} gold mentions, ${d.gold.filter((g) => g.optional).length} optional`);
    return;
  }
  if (!docs.length) throw new Error(`no articles in batch ${o.batch}`);
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n') + '\n';
  const out = execSync(o.cli, { cwd: root, input, encoding: 'utf8', maxBuffer: 1 << 28 }).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const byId = new Map(out.map((r) => [r.id, r]));
  const count = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, np: 0, ng: 0 }]));
  const errors = [];
  for (const d of docs) {
    const r = byId.get(d.id) ?? { entities: [] };
    const preds = (r.entities ?? []).flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, text: m.text })));
    const same = (s, p) => s.start === p.start && s.end === p.end;
    const used = new Set();
    for (const g of d.gold.filter((x) => !x.optional)) {
      count[g.type].ng++;
      const j = preds.findIndex((p, k) => !used.has(k) && p.type === g.type && g.spans.some((s) => same(s, p)));
      if (j >= 0) { used.add(j); count[g.type].tp++; continue; }
      const near = preds.find((p) => p.start < g.end && g.start < p.end);
      const what = near ? (g.spans.some((s) => same(s, near)) ? `TYPE   ${near.type}` : `got ${near.type} "${near.text}"`) : '';
      errors.push(`${d.id}  MISS   ${g.type.padEnd(12)} ${d.text.slice(g.start, g.end)}  ${what}`);
    }
    preds.forEach((p, k) => {
      if (used.has(k)) return;
      if (d.gold.some((g) => g.optional && g.spans.some((s) => same(s, p)))) return;
      count[p.type].np++;
      errors.push(`${d.id}  FALSE  ${p.type.padEnd(12)} ${p.text}`);
    });
    preds.forEach((p, k) => { if (used.has(k)) count[p.type].np++; });
  }
  const per = Object.fromEntries(TYPES.map((t) => [t, prf(count[t].tp, count[t].np, count[t].ng)]));
  const sum = (ts) => ts.reduce((a, t) => ({ tp: a.tp + count[t].tp, np: a.np + count[t].np, ng: a.ng + count[t].ng }), { tp: 0, np: 0, ng: 0 });
  const main3 = sum([...MAIN]);
  const all4 = sum(TYPES);
  const result = { articles: docs.length, main: prf(main3.tp, main3.np, main3.ng), all: prf(all4.tp, all4.np, all4.ng), perType: per };
  const f = (x) => x.toFixed(1);
  const row = (name, m) => console.log(`${name.padEnd(28)} ${f(m.f).padStart(5)}  (P ${f(m.p)}, R ${f(m.r)}; ${m.tp} right, ${m.predicted} predicted, ${m.gold} gold)`);
  console.log(`articles ${docs.length}${o.batch === null ? '' : ` (batch ${o.batch})`}; exact typed mention F1`);
  row('PER+ORG+LOC', result.main);
  row('all four types', result.all);
  for (const t of TYPES) row(t, per[t]);
  if (o.errors) for (const e of errors) console.log(e);
  if (o.json) writeFileSync(o.json, JSON.stringify(result, null, 2) + '\n');
}

main();
