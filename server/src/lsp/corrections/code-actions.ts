// Quick fixes that correct the engine (each runs a corrections command, so any LSP editor
// can use them): every finding gets its correction — "Set quote source: …" (the article's
// people and organisations, nearest first, or an unnamed source), "Not check-worthy",
// "Keep this line" — and a name gets "Correct type: …"; a selected name the engine
// missed gets "Mark as name: …"; a correction at the cursor gets "Undo correction: …".
import { type CodeAction, CodeActionKind, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Entity, EntityType, Mention } from '../../analysis/types';
import { trimSpan } from '../../annotations/tagging';
import type { Correction, EntityTypeChoice } from '../../annotations/types';
import { CORRECTION_COMMANDS, ENTITY_TYPE_CHOICE_LABEL } from '../../shared/vocabulary';
import type { ServerContext } from '../context';
import { toOffset, toSpan } from '../convert';
import type { Snapshot } from '../documents';
import type { ClaimsRegistry } from '../claims/claims-registry';
import { SOURCE } from '../features/diagnostics';
import { attributionAt, entityAt, excerpt } from '../lookup';
import { dismissedLabel, inOccurrence } from './words';

/** The type choices as the menu names them. */
export const TYPE_CHOICE_LABEL: Record<EntityTypeChoice, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organisation',
  LOCATION: 'Place',
  MISC: 'Other name',
  NONE: 'Not a name',
};

/** At most this many sources are offered for a quote. */
const SOURCE_CHOICES = 6;
/** A selection longer than this is not offered as a missed name. */
const NAME_MAX_CHARS = 80;

function wanted(params: CodeActionParams): boolean {
  const only = params.context.only;
  return !only || only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${k}.`));
}

const ours = (d: Diagnostic) => d.source === SOURCE && typeof d.code === 'string';

/** People and organisations that could have said the quote: the mention nearest before it first. */
function sourceChoices(snap: Snapshot, quote: { start: number; end: number }): Array<{ entity: Entity; mention: Mention }> {
  const best = new Map<string, { mention: Mention; distance: number }>();
  const dateline = snap.analysis.segmentation.dateline;
  for (const m of snap.analysis.mentions) {
    if (m.type !== 'PERSON' && m.type !== 'ORGANIZATION') continue;
    if (m.start < quote.end && quote.start < m.end) continue; // inside the quote
    // The agency of the dateline ("(Reuters) -") filed the story; it is not who said the quote.
    if (dateline && dateline.start <= m.start && m.end <= dateline.end) continue;
    // Mentions after the quote count a little further away: a source usually comes first or just after.
    const distance = m.end <= quote.start ? quote.start - m.end : (m.start - quote.end) * 1.5;
    const had = best.get(m.entity);
    if (!had || distance < had.distance) best.set(m.entity, { mention: m, distance });
  }
  const byId = new Map(snap.analysis.entities.map((e) => [e.id, e]));
  return [...best.entries()]
    .filter(([id]) => byId.get(id)?.role !== 'credit')
    .sort((a, b) => a[1].distance - b[1].distance)
    .slice(0, SOURCE_CHOICES)
    .map(([id, v]) => ({ entity: byId.get(id)!, mention: v.mention }));
}

const WORD = /[\p{L}\p{N}]{3,}/gu;
const MERGE_CHOICES = 4;

/**
 * The forms an entity's name takes in the text. Its aliases also hold titled forms ("President
 * Nurlanov"), which share title words with unrelated people, so mentions are read instead.
 */
const mentionForms = (e: Entity): Set<string> => new Set(e.mentions.map((m) => m.text));

/** Other entities of the same type whose names share a word with this one's ("Suncor", "Suncor Energy"). */
function mergeChoices(snap: Snapshot, entity: Entity): Entity[] {
  const wordsOf = (a: string) => (a.match(WORD) ?? []).map((w) => w.toLowerCase());
  const words = new Set([...mentionForms(entity)].flatMap(wordsOf));
  return snap.analysis.entities
    .filter((e) => e.id !== entity.id && e.type === entity.type && [...mentionForms(e)].some((a) => wordsOf(a).some((w) => words.has(w))))
    .slice(0, MERGE_CHOICES);
}

/** What undoing a correction gives back, as the menu says it. */
function undoTitle(c: Correction): string {
  const words = `“${excerpt(c.target.quote.exact, 30)}”`;
  switch (c.kind) {
    case 'entity-type': return `Undo correction: every ${words} is ${TYPE_CHOICE_LABEL[c.type ?? 'NONE'].toLowerCase()}`;
    case 'quote-source': return 'Undo correction: the source of this quote';
    case 'dismiss': return `Undo correction: ${dismissedLabel(c.code ?? '')} dismissed`;
    case 'entity-merge': return `Undo correction: ${words} merged`;
    case 'entity-split': return `Undo correction: ${words} split off`;
  }
}

export function correctionCodeActions(ctx: ServerContext, registry: ClaimsRegistry) {
  return (params: CodeActionParams, doc: TextDocument): CodeAction[] => {
    const session = registry.get(doc.uri);
    const snap = ctx.store.current(doc.uri);
    if (!session?.sidecarFile || session.problems || !snap || snap.state !== 'ok' || !wanted(params)) return [];
    const uri = doc.uri;
    const actions: CodeAction[] = [];
    const action = (title: string, command: string, arg: object, diagnostics?: Diagnostic[], preferred = false): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      ...(diagnostics ? { diagnostics } : {}),
      ...(preferred ? { isPreferred: true } : {}),
      command: { title, command, arguments: [arg] },
    });
    const quoteActions = (quote: { start: number; end: number }, diagnostics?: Diagnostic[], current?: string | null) => {
      for (const { entity, mention } of sourceChoices(snap, quote)) {
        if (entity.id === current) continue;
        actions.push(action(`Set quote source: ${excerpt(entity.name, 40)}`, CORRECTION_COMMANDS.setQuoteSource,
          { uri, ...quote, sourceStart: mention.start, sourceEnd: mention.end }, diagnostics));
      }
      actions.push(action('Set quote source: unnamed (anonymous)', CORRECTION_COMMANDS.setQuoteSource,
        { uri, ...quote, sourceStart: null, sourceEnd: null }, diagnostics));
    };

    // 1. The findings in the request: each gets its correction.
    const handledQuotes = new Set<number>();
    for (const d of params.context.diagnostics.filter(ours)) {
      const span = toSpan(doc, d.range);
      if (span.end <= span.start) continue;
      if (d.code === 'unattributed-quote') {
        handledQuotes.add(span.start);
        quoteActions(span, [d]);
        actions.push(action('Dismiss: the quote needs no source here', CORRECTION_COMMANDS.dismissFinding, { uri, ...span, code: d.code }, [d]));
      } else if (d.code === 'check-worthy') {
        actions.push(action('Not check-worthy', CORRECTION_COMMANDS.dismissFinding, { uri, ...span, code: d.code }, [d]));
      } else if (d.code === 'boilerplate') {
        actions.push(action('Keep this line (not boilerplate)', CORRECTION_COMMANDS.dismissFinding, { uri, ...span, code: d.code }, [d]));
      }
    }

    // 2. At the cursor: a name's type, a quote's source.
    const start = toOffset(doc, params.range.start);
    const end = toOffset(doc, params.range.end);
    const hit = entityAt(snap, start);
    if (hit && (end === start || (hit.mention.start <= start && end <= hit.mention.end))) {
      const name = { start: hit.mention.start, end: hit.mention.end };
      for (const type of Object.keys(TYPE_CHOICE_LABEL) as EntityTypeChoice[]) {
        if (type === (hit.mention.type as EntityType)) continue;
        actions.push(action(`Correct type: ${TYPE_CHOICE_LABEL[type]} (every “${excerpt(hit.mention.text, 30)}”)`, CORRECTION_COMMANDS.correctEntity, { uri, ...name, type }));
      }
      // Grouping: merge with a like-named entity of the same type; split a name out of a wrong group.
      for (const other of mergeChoices(snap, hit.entity)) {
        const m = other.mentions[0];
        actions.push(action(`Merge with “${excerpt(other.name, 40)}”`, CORRECTION_COMMANDS.mergeEntities, { uri, ...name, withStart: m.start, withEnd: m.end }));
      }
      if ([...mentionForms(hit.entity)].some((x) => x !== hit.mention.text)) {
        actions.push(action(`Split “${excerpt(hit.mention.text, 30)}” from “${excerpt(hit.entity.name, 30)}”`, CORRECTION_COMMANDS.splitEntity, { uri, ...name }));
      }
    } else if (end > start) {
      // A selected name the engine missed (one line, short, no name inside it).
      const sel = trimSpan(snap.analysis.text, start, end);
      const words = sel ? snap.analysis.text.slice(sel.start, sel.end) : '';
      const clear = sel && !snap.analysis.mentions.some((m) => m.start < sel.end && sel.start < m.end);
      if (sel && clear && words.length <= NAME_MAX_CHARS && !/[\r\n]/.test(words)) {
        for (const type of ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'] as const) {
          actions.push(action(`Mark as name: ${TYPE_CHOICE_LABEL[type]} (every “${excerpt(words, 30)}”)`, CORRECTION_COMMANDS.correctEntity, { uri, ...sel, type }));
        }
      }
    }
    const quote = attributionAt(snap, start);
    if (quote?.part === 'content' && !handledQuotes.has(quote.attribution.content.start)) {
      const { content } = quote.attribution;
      quoteActions({ start: content.start, end: content.end }, undefined, quote.attribution.sourceEntity);
    }

    // 3. The person's own corrections here can be taken back (a tombstone tells other copies).
    for (const c of snap.corrections) {
      if (c.anchor === 'orphaned') continue;
      const at = c.target.position;
      const here = (at.start <= start && start <= at.end) || (c.kind === 'entity-type' && inOccurrence(snap.analysis.text, c.target.quote.exact, start));
      if (here) actions.push(action(undoTitle(c), CORRECTION_COMMANDS.removeCorrection, { uri, id: c.id }));
    }
    return actions;
  };
}
