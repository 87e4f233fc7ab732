// Hover cards in Markdown: what the analysis knows about the name, figure or quote under the mouse.
import type { Attribution, Entity, Figure } from '../../analysis';
import type { Hover, ServerCapabilities } from 'vscode-languageserver';
import { figureAmount } from '../../shared/figure-text';
import { FIGURE_KIND_LABEL } from '../../shared/vocabulary';
import type { ServerContext } from '../context';
import { lineNumber, toOffset, toRange } from '../convert';
import type { Snapshot } from '../documents';
import type { TaggedClaim } from '../hooks';
import {
  articleIndex,
  attributionAt,
  entityAt,
  excerpt,
  figureAt,
  plural,
  sourceName,
  TYPE_LABEL,
  type AttributionPart,
} from '../lookup';

/** Escapes the inline Markdown characters so article text shows literally (it never starts a line here). */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>~|]/g, (c) => `\\${c}`);
}

/** Lines as Markdown: a hard break after each plain line, list items kept together. */
function toMarkdown(lines: string[]): string {
  return lines.map((l, i) => (l === '' || l.startsWith('- ') || lines[i + 1]?.startsWith('- ') || i === lines.length - 1 ? l : `${l}  `)).join('\n');
}

function entityCard(snap: Snapshot, entity: Entity, tagged: readonly TaggedClaim[]): string {
  const label = TYPE_LABEL[entity.type] ?? TYPE_LABEL.MISC;
  const lines = [`**${md(entity.name)}** — ${label.one}${entity.role === 'credit' ? ' (credited staff)' : ''}`];
  const others = entity.aliases.filter((a) => a !== entity.name);
  if (others.length > 0) lines.push(`Also: ${others.map((a) => `*${md(a)}*`).join(', ')}`);
  const first = entity.mentions[0];
  if (first) {
    lines.push(
      `${plural(entity.mentions.length, 'mention', 'mentions')} · first on line ${lineNumber(snap.doc, first.start)}`,
    );
  }
  const quotes = articleIndex(snap).quotesByEntity.get(entity.id) ?? [];
  if (quotes.length > 0) {
    lines.push('', `Quoted ${plural(quotes.length, 'time', 'times')}:`);
    for (const q of quotes.slice(0, 3)) {
      lines.push(`- “${md(excerpt(q.content.text, 90))}” (line ${lineNumber(snap.doc, q.content.start)})`);
    }
    if (quotes.length > 3) lines.push(`- … and ${quotes.length - 3} more`);
  }
  const claims = snap.analysis.claims.filter((c) =>
    entity.mentions.some((m) => m.start >= c.start && m.end <= c.end),
  );
  if (claims.length > 0) {
    lines.push('', `In ${plural(claims.length, 'check-worthy claim', 'check-worthy claims')}:`);
    for (const c of claims.slice(0, 2)) lines.push(`- ${md(excerpt(c.text, 90))}`);
  }
  const mine = tagged.filter((c) => c.anchor !== 'orphaned' && entity.mentions.some((m) => m.start >= c.start && m.end <= c.end));
  if (mine.length > 0) {
    const byStatus = new Map<string, number>();
    for (const c of mine) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
    lines.push('', `Tagged claims: ${[...byStatus].map(([st, n]) => `${n} ${st}`).join(', ')}`);
  }
  return toMarkdown(lines);
}

function containingAttribution(snap: Snapshot, f: Figure): Attribution | undefined {
  return snap.analysis.attributions.find((a) => a.content.start <= f.start && f.end <= a.content.end);
}

function figureCard(snap: Snapshot, f: Figure): string {
  const lines = [`**${md(f.text)}** — ${FIGURE_KIND_LABEL[f.kind] ?? f.kind.toLowerCase()}`];
  const facts: string[] = [];
  // The qualifiers are spelled out below, so the value is the bare amount.
  if (f.value !== null) facts.push(`value ${md(figureAmount(f))}`);
  else if (f.unit) facts.push(`unit ${md(f.unit)}`);
  if (f.approx) facts.push('approximate');
  if (f.bound === 'min') facts.push('at least');
  if (f.bound === 'max') facts.push('at most');
  if (facts.length > 0) lines.push(facts.join(' · '));
  const a = containingAttribution(snap, f);
  if (a) {
    const who = sourceName(snap, a);
    lines.push(who ? `Attributed to **${md(who)}** (${a.kind} quote)` : `Inside a ${a.kind} quote with no source found`);
  } else lines.push('Stated by the article itself (no attribution around it)');
  return toMarkdown(lines);
}

function quoteCard(snap: Snapshot, a: Attribution, part: AttributionPart): string {
  const title = part === 'cue' ? 'Attribution cue' : part === 'source' ? 'Source' : `${a.kind[0].toUpperCase()}${a.kind.slice(1)} quote`;
  const who = sourceName(snap, a);
  const entity = a.sourceEntity ? articleIndex(snap).entityById.get(a.sourceEntity) : undefined;
  const lines = [`**${title}**`];
  if (who) {
    const typed = entity ? ` (${TYPE_LABEL[entity.type]?.one ?? 'name'})` : '';
    const via = a.source && (entity || a.sourceAntecedent) && a.source.text !== who ? ` — written “${md(a.source.text)}”` : '';
    lines.push(`Source: **${md(who)}**${typed}${via}`);
  } else lines.push('Source: *none found*');
  if (a.cue) lines.push(`Cue: “${md(a.cue.text)}”`);
  lines.push(`Kind: ${a.kind}${a.continuation ? ' (continues an earlier quote)' : ''}`);
  if (part !== 'content') lines.push(`Says: “${md(excerpt(a.content.text, 120))}”`);
  const list = snap.analysis.attributions;
  const i = list.indexOf(a);
  const next = list[i + 1];
  if (next && next.continuation) lines.push(`Continues on line ${lineNumber(snap.doc, next.content.start)}`);
  return toMarkdown(lines);
}

export async function hoverAt(ctx: ServerContext, snap: Snapshot, offset: number): Promise<Hover | null> {
  let card: string | null = null;
  let span: { start: number; end: number } | null = null;
  const ent = entityAt(snap, offset);
  const fig = ent ? undefined : figureAt(snap, offset);
  const att = ent || fig ? undefined : attributionAt(snap, offset);
  if (ent) {
    card = entityCard(snap, ent.entity, ctx.hooks.taggedClaims(snap.uri));
    span = ent.mention;
  } else if (fig) {
    card = figureCard(snap, fig);
    span = fig;
  } else if (att) {
    card = quoteCard(snap, att.attribution, att.part);
    span = att.part === 'content' ? att.attribution.content : att.attribution[att.part];
  }
  const extra = ctx.hooks.hoverSections.map((h) => h(snap.uri, offset, snap)).filter((s): s is string => !!s);
  const sections = [card, ...extra].filter((s): s is string => !!s);
  if (sections.length === 0) return null;
  return {
    contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') },
    ...(span ? { range: toRange(snap.doc, span) } : {}),
  };
}

/** What the server announces for this feature in `initialize`. */
export const hoverCapability = true satisfies ServerCapabilities['hoverProvider'];

export function register(ctx: ServerContext): void {
  ctx.connection.onHover(async (params, token) => {
    const snap = await ctx.store.snapshot(params.textDocument.uri, token);
    if (!snap) return null;
    return hoverAt(ctx, snap, toOffset(snap.doc, params.position));
  });
}
