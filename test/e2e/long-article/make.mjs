#!/usr/bin/env node
// Writes the long article the e2e scenario long-article.scenario.json opens: our own invented
// fixture stories (test/fixtures/entities-modern, attributions-canadian) one after another, about
// 200,000 characters, so the editor analyses it in its worker and in several pieces; one closing
// paragraph of its own names a person the scenario looks for at the very end.
//   node test/e2e/long-article/make.mjs OUT_FILE
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const out = process.argv[2];
if (!out) throw new Error('usage: make.mjs OUT_FILE');
const stories = [];
for (const dir of ['test/fixtures/entities-modern', 'test/fixtures/attributions-canadian']) {
  const folder = join(root, dir);
  for (const f of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) stories.push(readFileSync(join(folder, f), 'utf8').trim());
}
const parts = ['Collected wire copy: a long file for the editor', ''];
let length = 0;
for (const story of stories) {
  if (length > 190_000) break;
  parts.push(story, '');
  length += story.length + 2;
}
parts.push('Harbour inspector Maren Okonkwo-Ladd said on Friday that the last of the reports had been filed.', '');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, parts.join('\n'));
console.log(`${out}: ${parts.join('\n').length} characters`);
