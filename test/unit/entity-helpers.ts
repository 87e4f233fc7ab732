// Shared by the entity tests: run the entity stage on a text and find its entities and mentions.
import { strict as assert } from 'node:assert';
import { recognizeEntities } from '../../server/src/analysis/entities';
import { segment } from '../../server/src/analysis/segment';
import type { Entity, Mention } from '../../server/src/analysis/types';

export function runEntities(text: string): { entities: Entity[]; mentions: Mention[] } {
  return recognizeEntities(segment(text));
}

/** The entities as one line, for failure messages: "PERSON:Ana Lima[Ana Lima|Lima], …". */
export function listEntities(r: { entities: Entity[] }): string {
  return r.entities.map((x) => `${x.type}:${x.name}[${x.aliases.join('|')}]`).join(', ');
}

export function entityOf(r: { entities: Entity[] }, name: string): Entity {
  const e = r.entities.find((x) => x.name === name);
  assert.ok(e, `no entity named ${name}; got ${listEntities(r)}`);
  return e;
}

/** The mention that starts where the n-th occurrence of `surface` starts. */
export function mentionAt(r: { mentions: Mention[] }, text: string, surface: string, n = 0): Mention | undefined {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(surface, at + 1);
  assert.ok(at >= 0, `"${surface}" not in text`);
  return r.mentions.find((m) => m.start === at);
}

/** The mention starting at the n-th occurrence of `surface` has this exact text and type. */
export function expectMention(text: string, surface: string, type: string, n = 0, spanText = surface): void {
  const r = runEntities(text);
  const m = mentionAt(r, text, surface, n);
  assert.equal(m?.text, spanText, `${surface}: ${listEntities(r)}`);
  assert.equal(m?.type, type, `${surface}: ${listEntities(r)}`);
}

/** No mention starts at the n-th occurrence of `surface`. */
export function expectNoMention(text: string, surface: string, n = 0): void {
  const r = runEntities(text);
  const m = mentionAt(r, text, surface, n);
  assert.equal(m, undefined, `${surface}: ${listEntities(r)}`);
}
