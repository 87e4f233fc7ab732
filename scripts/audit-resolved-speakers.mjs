#!/usr/bin/env node
// Lists the attributions whose resolved speaker differs between two runs of the CLI on the same
// input (a base build and a changed one), with the text before the source, so each gain or loss
// of the resolver can be judged by reading. PolNeAR's scorer reads source positions only, so a
// changed name does not move its figure; the Gender Gap Tracker compares names, so it matters there.
//
//   node scripts/audit-resolved-speakers.mjs IN.jsonl "BASE CLI" "NEW CLI" [--context 240]
// e.g. awk 'NR%5!=1' ../shared/data/polnear/train.jsonl > /tmp/four.jsonl
//      node scripts/audit-resolved-speakers.mjs /tmp/four.jsonl "node /tmp/base/dist/cli.js analyze --jsonl" "node dist/cli.js analyze --jsonl"
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const [input, baseCli, newCli, ...rest] = process.argv.slice(2);
if (!input || !baseCli || !newCli) {
  console.error('usage: audit-resolved-speakers.mjs IN.jsonl "BASE CLI" "NEW CLI" [--context N]');
  process.exit(2);
}
const context = rest[0] === '--context' ? Number(rest[1]) : 240;
const lines = readFileSync(input, 'utf8').split('\n').filter((l) => l.trim());
// Only id and text go to the CLI (a gold file holds more).
const feed = lines.map((l) => { const d = JSON.parse(l); return JSON.stringify({ id: d.id, text: d.text }); }).join('\n') + '\n';
const texts = new Map(lines.map((l) => { const d = JSON.parse(l); return [d.id, d.text]; }));

function run(cli) {
  const out = execSync(cli, { input: feed, maxBuffer: 1 << 30 }).toString();
  const byDoc = new Map();
  for (const l of out.split('\n')) {
    if (!l.trim()) continue;
    const r = JSON.parse(l);
    const names = new Map((r.entities ?? []).map((e) => [e.id, e.name]));
    const m = new Map();
    for (const a of r.attributions ?? []) {
      if (!a.source) continue;
      m.set(`${a.source.start}:${a.cue?.start ?? -1}`, { source: a.source, name: a.sourceEntity ? names.get(a.sourceEntity) : null });
    }
    byDoc.set(r.id, m);
  }
  return byDoc;
}

const base = run(baseCli);
const next = run(newCli);
let changed = 0;
let compared = 0;
for (const [id, m] of next) {
  const b = base.get(id) ?? new Map();
  const text = texts.get(id) ?? '';
  for (const [key, a] of m) {
    const old = b.get(key);
    if (!old) continue;
    compared++;
    if (old.name === a.name) continue;
    changed++;
    const before = text.slice(Math.max(0, a.source.start - context), a.source.start).replace(/\s+/g, ' ');
    console.log(`${id}\n  …${before}[${text.slice(a.source.start, a.source.end)}]\n  ${old.name ?? '-'}  →  ${a.name ?? '-'}\n`);
  }
}
console.log(`${changed} of ${compared} sources present in both runs resolve differently`);
