// Quote-source corrections: the quote whose content the correction spans gets
// the person's source (a mention's entity when the source is a name), or no
// source at all for an unnamed one — a decision, so it is no longer flagged as
// unattributed. Continuation paragraphs that followed the quote's old source
// follow the new one. A quote the engine missed becomes an attribution.
import type { Attribution, Mention } from '../analysis/types';
import { mostlySame, overlaps, type Range } from './spans';

/** The entity a source span names: an exact mention, else one inside it or around it. */
export function entityAt(mentions: readonly Mention[], span: Range): string | null {
  const exact = mentions.find((m) => m.start === span.start && m.end === span.end);
  if (exact) return exact.entity;
  return mentions.find((m) => overlaps(m, span))?.entity ?? null;
}

export interface QuoteSourceResult {
  attributions: Attribution[];
  /** Content spans now attributed to an unnamed source. */
  anonymous: Range[];
}

export function applyQuoteSource(
  text: string,
  attributions: readonly Attribution[],
  mentions: readonly Mention[],
  quote: Range,
  source: Range | null,
): QuoteSourceResult {
  const list = [...attributions];
  let k = list.findIndex((a) => a.content.start === quote.start && a.content.end === quote.end);
  if (k < 0) k = list.findIndex((a) => mostlySame(a.content, quote));
  const src = source ? { start: source.start, end: source.end, text: text.slice(source.start, source.end) } : null;
  const entity = source ? entityAt(mentions, source) : null;
  if (k < 0) {
    const content = { start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end) };
    list.push({ source: src, sourceEntity: entity, sourceAntecedent: null, cue: null, content, kind: 'direct', continuation: false });
    list.sort((a, b) => a.content.start - b.content.start);
    return { attributions: list, anonymous: src ? [] : [content] };
  }
  const old = list[k];
  const anonymous: Range[] = [];
  const set = (j: number) => {
    list[j] = { ...list[j], source: src, sourceEntity: entity, sourceAntecedent: null };
    if (!src) anonymous.push(list[j].content);
  };
  set(k);
  for (let j = k + 1; j < list.length && list[j].continuation; j++) {
    if (list[j].sourceEntity !== old.sourceEntity || (list[j].source?.start ?? -1) !== (old.source?.start ?? -1)) {
      if (list[j].source || list[j].sourceEntity) break;
    }
    set(j);
  }
  return { attributions: list, anonymous };
}
