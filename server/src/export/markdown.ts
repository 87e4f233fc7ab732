// The fact-check memo: tagged claims grouped by status with source and
// context, quotes by source (anonymous ones called out), the entity roster and
// the figures. Plain CommonMark/GFM that reads well unrendered too.
import type { ClaimStatus } from '../annotations/types';
import { figureValueText } from '../shared/figure-text';
import { contextAround } from './context';
import { sourceLabel } from './source-label';
import { groupSources, type SourceGroup } from './sources';
import type { ExportArticle, PlacedClaim } from './types';

/** Worst news first: what the desk must act on leads the memo. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['false', 'misleading', 'unverifiable', 'checking', 'unverified', 'verified'];
export const STATUS_LABEL: Record<ClaimStatus, string> = {
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
  checking: 'Being checked',
  unverified: 'Not yet checked',
  verified: 'Verified',
};

const CANDIDATE_THRESHOLD = 0.5;

/** Escapes inline Markdown and folds line breaks, so article text cannot break the layout. */
export function mdText(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~#!$]/g, '\\$&');
}

export function headlineOf(a: ExportArticle): string {
  const seg = a.analysis.segmentation;
  const p = seg.paragraphs.find((x) => x.role === 'headline') ?? seg.paragraphs[0];
  const line = p ? a.text.slice(p.start, p.end) : a.text;
  return line.split(/\r?\n/)[0].trim() || a.file;
}

/**
 * A link for web addresses only: a hand-edited sidecar must not put `javascript:` or
 * `command:` links into a memo people click. Anything else is shown as plain text.
 */
export function evidenceLink(url: string, title: string | null): string {
  if (!/^https?:\/\/[^\s]/i.test(url)) return mdText(title ? `${title} — ${url}` : url);
  return `[${mdText(title ?? url)}](<${url.replace(/[<>\\\s]/g, encodeURIComponent)}>)`;
}

/** A file name as one inline code span: no line breaks, control characters or backticks to break out of it. */
export function fileCode(file: string): string {
  // eslint-disable-next-line no-control-regex
  return '`' + file.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ').replace(/`/g, "'") + '`';
}

/** “…” around a text, unless it already starts with a quotation mark. */
const quoted = (s: string): string => (/^[“"‘'«]/.test(s) ? mdText(s) : `“${mdText(s)}”`);

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

function claimItem(a: ExportArticle, p: PlacedClaim, n: number): string[] {
  const c = p.claim;
  const exact = p.span ? a.text.slice(p.span.start, p.span.end) : c.target.quote.exact;
  const where = p.line !== null ? `line ${p.line}` : 'no longer found in the article';
  const out = [`${n}. ${quoted(exact)} — ${where}`];
  const source = sourceLabel(c.source);
  out.push(`   - **Source:** ${source ? mdText(source) : '_none recorded_'}`);
  if (p.span) {
    const ctx = contextAround(a.text, p.span.start, p.span.end);
    const before = (ctx.clippedBefore ? '…' : '') + mdText(ctx.before);
    const after = mdText(ctx.after) + (ctx.clippedAfter ? '…' : '');
    if (before.trim() || after.trim()) out.push(`   - **Context:** ${before}**${mdText(ctx.exact).trim()}**${after}`);
  }
  if (c.figures.length) out.push(`   - **Figures:** ${c.figures.map((f) => mdText(f.text)).join(', ')}`);
  if (c.note.trim()) out.push(`   - **Note:** ${mdText(c.note)}`);
  for (const e of c.evidence) out.push(`   - **Evidence:** ${evidenceLink(e.url, e.title)}`);
  if (c.anchor === 'drifted' && c.original) out.push(`   - **Edited since tagging;** tagged as: “${mdText(c.original)}”`);
  out.push(`   - _Updated ${mdText(c.updatedAt)}${c.author ? ` by ${mdText(c.author)}` : ''}_`);
  return out;
}

function claimsSection(a: ExportArticle, h: string): string[] {
  const out = [`${h} Claims`, ''];
  if (a.claims.length === 0) out.push('_No claims tagged yet._', '');
  else {
    const counts = STATUS_ORDER.filter((s) => a.claims.some((p) => p.claim.status === s)).map(
      (s) => `${a.claims.filter((p) => p.claim.status === s).length} ${STATUS_LABEL[s].toLowerCase()}`,
    );
    out.push(`${plural(a.claims.length, 'tagged claim')}: ${counts.join(', ')}.`, '');
  }
  for (const status of STATUS_ORDER) {
    const group = a.claims.filter((p) => p.claim.status === status);
    if (group.length === 0) continue;
    out.push(`${h}# ${STATUS_LABEL[status]} (${group.length})`, '');
    group.forEach((p, k) => { for (const l of claimItem(a, p, k + 1)) out.push(l); });
    out.push('');
  }
  // Check-worthy sentences the engine found that nobody has tagged yet.
  const tagged = a.claims.flatMap((p) => (p.span ? [p.span] : []));
  const open = a.analysis.claims.filter(
    (c) => c.score >= CANDIDATE_THRESHOLD && !tagged.some((t) => t.start < c.end && c.start < t.end),
  );
  if (open.length) {
    out.push(`${h}# Check-worthy, not yet tagged (${open.length})`, '');
    for (const c of open) out.push(`- ${quoted(c.text)} — line ${a.lineOf(c.start)}${c.reasons.length ? ` (${mdText(c.reasons.join(', '))})` : ''}`);
    out.push('');
  }
  return out;
}

const KIND_NOTE: Record<SourceGroup['kind'], string> = {
  named: '',
  unnamed: ' — not named',
  anonymous: ' — ⚠ anonymous source',
  unattributed: ' — ⚠ no identifiable source',
};

function quotesSection(a: ExportArticle, h: string): string[] {
  const groups = groupSources(a.analysis);
  const out = [`${h} Quotes by source`, ''];
  if (groups.length === 0) return [...out, '_No quotes or reported speech found._', ''];
  out.push('| Source | Quotes | Direct | Reported | Mixed |', '| --- | ---: | ---: | ---: | ---: |');
  for (const g of groups) out.push(`| ${mdText(g.name)}${KIND_NOTE[g.kind]} | ${g.quotes.length} | ${g.direct} | ${g.reported} | ${g.mixed} |`);
  out.push('');
  const flagged = groups.filter((g) => g.kind === 'anonymous' || g.kind === 'unattributed');
  if (flagged.length) {
    out.push(`**Anonymous or unattributed:** ${plural(flagged.reduce((n, g) => n + g.quotes.length, 0), 'quote')} — check who is speaking before publication.`, '');
  }
  for (const g of groups) {
    out.push(`**${mdText(g.name)}**${KIND_NOTE[g.kind]}`, '');
    for (const q of g.quotes) {
      const how = q.kind === 'direct' ? 'direct' : q.kind === 'indirect' ? 'reported' : 'mixed';
      out.push(`- ${quoted(q.content.text)} (${how}, line ${a.lineOf(q.content.start)})`);
    }
    out.push('');
  }
  return out;
}

function entitiesSection(a: ExportArticle, h: string): string[] {
  const out = [`${h} Who and what is named`, ''];
  const people = a.analysis.entities.filter((e) => e.role !== 'credit');
  const credits = a.analysis.entities.filter((e) => e.role === 'credit');
  if (people.length === 0) out.push('_No entities found._', '');
  else {
    out.push('| Name | Type | Mentions | Also called |', '| --- | --- | ---: | --- |');
    const sorted = [...people].sort((x, y) => y.mentions.length - x.mentions.length || (x.name < y.name ? -1 : 1));
    for (const e of sorted) {
      const aliases = e.aliases.filter((x) => x !== e.name).map(mdText).join(', ');
      out.push(`| ${mdText(e.name)} | ${e.type.toLowerCase()} | ${e.mentions.length} | ${aliases} |`);
    }
    out.push('');
  }
  if (credits.length) out.push(`Credited staff (not newsmakers): ${credits.map((e) => mdText(e.name)).join(', ')}.`, '');
  return out;
}

function figuresSection(a: ExportArticle, h: string): string[] {
  const out = [`${h} Figures`, ''];
  if (a.analysis.figures.length === 0) return [...out, '_No figures found._', ''];
  out.push('| Figure | Kind | Value | Line |', '| --- | --- | ---: | ---: |');
  for (const f of a.analysis.figures) {
    out.push(`| ${mdText(f.text)} | ${f.kind.toLowerCase()} | ${mdText(figureValueText(f))} | ${a.lineOf(f.start)} |`);
  }
  out.push('');
  return out;
}

function articleMemo(a: ExportArticle, level: number): string[] {
  const h = '#'.repeat(level);
  const sub = '#'.repeat(level + 1);
  return [
    `${h} ${level === 1 ? 'Fact-check memo: ' : ''}${mdText(headlineOf(a))}`,
    '',
    `File: ${fileCode(a.file)} · ${plural(a.claims.length, 'tagged claim')} · ${plural(a.analysis.attributions.length, 'quote')} · ${plural(a.analysis.entities.filter((e) => e.role !== 'credit').length, 'entity', 'entities')} · ${plural(a.analysis.figures.length, 'figure')}`,
    '',
    ...claimsSection(a, sub),
    ...quotesSection(a, sub),
    ...entitiesSection(a, sub),
    ...figuresSection(a, sub),
  ];
}

export function exportMarkdown(articles: readonly ExportArticle[]): string {
  if (articles.length === 1) return trimEnd(articleMemo(articles[0], 1));
  const lines = [`# Fact-check memo: ${plural(articles.length, 'article')}`, ''];
  const contents = articles.map((a, k) => `${k + 1}. ${mdText(headlineOf(a))} (${plural(a.claims.length, 'claim')})`);
  for (const l of contents) lines.push(l);
  lines.push('');
  for (const a of articles) {
    lines.push('---', '');
    for (const l of articleMemo(a, 2)) lines.push(l);
  }
  return trimEnd(lines);
}

function trimEnd(lines: string[]): string {
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}
