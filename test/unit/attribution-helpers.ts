// Shared by the attribution tests: run the attribution stage alone on an invented body, with
// entities given as the entity stage would give them, and find an attribution by its words.
import { strict as assert } from 'node:assert';
import { findAttributions } from '../../server/src/analysis/attributions';
import { segment } from '../../server/src/analysis/segment';
import type { Attribution, Entity, EntityType, Mention } from '../../server/src/analysis/types';

/** A headline line first, so the body is story text. */
export const HEAD = 'Test story\n\n';

export type Name = { id: string; type: EntityType; forms: string[] };

/**
 * The attributions of HEAD + body, every occurrence of each name's forms a mention of it. A form
 * inside a longer form of the same entity is one mention; with `firstPlacedWins`, a form that
 * overlaps any mention already placed (of any entity, names in the order given) is none, as the
 * entity stage gives one mention per place.
 */
export function runAttributions(body: string, names: Name[] = [], firstPlacedWins = false): Attribution[] {
  const text = HEAD + body;
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const n of names) {
    const spans = [];
    for (const form of n.forms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        const end = i + form.length;
        const placed = firstPlacedWins
          ? mentions.some((m) => m.start < end && i < m.end)
          : mentions.some((m) => m.entity === n.id && m.start <= i && end <= m.end);
        if (placed) continue;
        spans.push({ start: i, end: i + form.length, text: form });
        mentions.push({ start: i, end: i + form.length, text: form, type: n.type, entity: n.id });
      }
    }
    entities.push({ id: n.id, type: n.type, name: n.forms[0], aliases: n.forms, mentions: spans, role: 'newsmaker' });
  }
  mentions.sort((a, b) => a.start - b.start);
  return findAttributions(segment(text), entities, mentions);
}

export function showAttributions(list: Attribution[]): string {
  return JSON.stringify(list.map((a) => [a.source?.text ?? null, a.cue?.text ?? null, a.content.text]));
}

/** As showAttributions, with the entity each source resolves to. */
export function showSpeakers(list: Attribution[]): string {
  return showAttributions(list) + ' ' + JSON.stringify(list.map((a) => a.sourceEntity));
}

/** The attribution whose content holds `fragment`; fails, listing them all, when there is none. */
export function about(list: Attribution[], fragment: string): Attribution {
  const found = list.find((a) => a.content.text.includes(fragment));
  assert.ok(found, `no attribution with content containing "${fragment}" in ${showAttributions(list)}`);
  return found;
}
