// Adding, changing and removing corrections (format version 2). Pure: each
// returns a new list (or the same one when nothing changed). Ids depend on
// what is corrected, so two editors correcting the same thing get the same
// id and a merge keeps one correction (the later value) rather than two.
import { createHash } from 'node:crypto';
import { targetFor } from './selectors';
import { type Correction, ENTITY_TYPE_CHOICES, type EntityTypeChoice, type Tombstone } from './types';

export class CorrectionError extends Error {}

const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

export function isEntityTypeChoice(v: unknown): v is EntityTypeChoice {
  return typeof v === 'string' && (ENTITY_TYPE_CHOICES as readonly string[]).includes(v);
}

function checkSpan(text: string, start: number, end: number, what: string): void {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) {
    throw new CorrectionError(`${what}: ${start}–${end} is not a span of this text (0–${text.length}).`);
  }
  if (text.slice(start, end).trim().length === 0) throw new CorrectionError(`${what}: the span holds only spaces.`);
}

/** Same placement as a correction already in the list (the one anchored at these offsets). */
const at = (c: Correction, start: number, end: number) =>
  c.anchor !== 'orphaned' && c.target.position.start === start && c.target.position.end === end;

function upsert(list: readonly Correction[], next: Correction, same: (c: Correction) => boolean): Correction[] {
  const k = list.findIndex(same);
  if (k < 0) return [...list, next];
  const had = list[k];
  const value = (c: Correction) => JSON.stringify([c.type, c.source?.target.position ?? c.source, c.code, c.reason ?? null, c.with?.target.position ?? null]);
  if (value(had) === value(next) && had.anchor !== 'orphaned') return list as Correction[];
  const out = [...list];
  out[k] = { ...next, id: had.id, createdAt: had.createdAt, extra: had.extra };
  return out;
}

export interface CorrectionInput {
  text: string;
  start: number;
  end: number;
  now: string;
  author: string | null;
}

function base(i: CorrectionInput, id: string): Omit<Correction, 'kind'> {
  return { id, target: targetFor(i.text, i.start, i.end), anchor: 'anchored', original: null, author: i.author, createdAt: i.now, updatedAt: i.now };
}

/** Every mention of the name at start–end (its surface text) gets `type`; NONE: it is not a name. */
export function correctEntity(list: readonly Correction[], i: CorrectionInput, type: EntityTypeChoice): Correction[] {
  checkSpan(i.text, i.start, i.end, 'Entity');
  if (!isEntityTypeChoice(type)) throw new CorrectionError(`Unknown type ${String(type)}; use one of ${ENTITY_TYPE_CHOICES.join(', ')}.`);
  const name = i.text.slice(i.start, i.end);
  const next: Correction = { ...base(i, 'x-' + digest(`entity-type\u0000${name}`)), kind: 'entity-type', type };
  // One correction per name: correcting it again changes it.
  return upsert(list, next, (c) => c.kind === 'entity-type' && c.target.quote.exact === name);
}

/** The quote whose content is start–end was said by sourceStart–sourceEnd; null: an unnamed source. */
export function setQuoteSource(
  list: readonly Correction[],
  i: CorrectionInput,
  source: { start: number; end: number } | null,
): Correction[] {
  checkSpan(i.text, i.start, i.end, 'Quote');
  if (source) checkSpan(i.text, source.start, source.end, 'Source');
  const target = targetFor(i.text, i.start, i.end);
  const next: Correction = {
    ...base(i, 'x-' + digest(`quote-source\u0000${target.quote.prefix}\u0000${target.quote.exact}\u0000${target.quote.suffix}`)),
    kind: 'quote-source',
    source: source ? { target: targetFor(i.text, source.start, source.end), anchor: 'anchored', original: null } : null,
  };
  return upsert(list, next, (c) => c.kind === 'quote-source' && at(c, i.start, i.end));
}

/** The finding `code` at start–end stays dismissed (through edits), with an optional reason. */
export function dismissFinding(list: readonly Correction[], i: CorrectionInput, code: string, reason: string | null): Correction[] {
  checkSpan(i.text, i.start, i.end, 'Finding');
  if (!/^[a-z][a-z-]{0,63}$/.test(code)) throw new CorrectionError('Give the finding\'s diagnostic code, e.g. "boilerplate".');
  const target = targetFor(i.text, i.start, i.end);
  const next: Correction = {
    ...base(i, 'x-' + digest(`dismiss\u0000${code}\u0000${target.quote.prefix}\u0000${target.quote.exact}\u0000${target.quote.suffix}`)),
    kind: 'dismiss',
    code,
    reason,
  };
  return upsert(list, next, (c) => c.kind === 'dismiss' && c.code === code && at(c, i.start, i.end));
}

/** The entity of the mention at other (start–end of `with`) joins the entity of the mention at start–end. */
export function mergeEntities(list: readonly Correction[], i: CorrectionInput, other: { start: number; end: number }): Correction[] {
  checkSpan(i.text, i.start, i.end, 'Entity');
  checkSpan(i.text, other.start, other.end, 'Other entity');
  const a = i.text.slice(i.start, i.end);
  const b = i.text.slice(other.start, other.end);
  if (a === b) throw new CorrectionError('Pick a mention of another entity to merge with.');
  const next: Correction = {
    ...base(i, 'x-' + digest(`entity-merge\u0000${a}\u0000${b}`)),
    kind: 'entity-merge',
    with: { target: targetFor(i.text, other.start, other.end), anchor: 'anchored', original: null },
  };
  return upsert(list, next, (c) => c.id === next.id);
}

/** The mentions with the words at start–end leave their entity for one of their own (a wrong merge undone). */
export function splitEntity(list: readonly Correction[], i: CorrectionInput): Correction[] {
  checkSpan(i.text, i.start, i.end, 'Entity');
  const name = i.text.slice(i.start, i.end);
  const next: Correction = { ...base(i, 'x-' + digest(`entity-split\u0000${name}`)), kind: 'entity-split' };
  return upsert(list, next, (c) => c.id === next.id);
}

/** Removes a correction, leaving a tombstone so other copies of the file learn of it. */
export function removeCorrection(
  list: readonly Correction[],
  deleted: readonly Tombstone[],
  id: string,
  now: string,
): { corrections: Correction[]; deleted: Tombstone[] } {
  const c = list.find((x) => x.id === id);
  if (!c) throw new CorrectionError(`No correction with id ${id}.`);
  const deletedAt = now > c.updatedAt ? now : c.updatedAt;
  return { corrections: list.filter((x) => x !== c), deleted: [...deleted.filter((d) => d.id !== id), { id, deletedAt }] };
}
