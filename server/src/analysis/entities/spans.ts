// BIO labels → token ranges with a type.
import type { DocContext } from './features';
import { isInside, labelType } from './labels';

export interface TokenSpan {
  /** First token. */
  from: number;
  /** One past the last token. */
  to: number;
  /** Index into TYPES. */
  type: number;
  /** Set by a rule that is sure of the type (a name after "Ms."): later votes do not change it. */
  sure?: boolean;
  /** Set by a rule that reads the type from this mention's own context ("in Seattle"): kept, and not counted by the type votes. */
  fixed?: boolean;
  /** Set by a rule that reads the type from this mention's own context but lets it vote ("In Seattle,"): kept, and counted once. */
  held?: boolean;
}

export function labelsToSpans(ctx: DocContext, labels: Uint8Array): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  let type = -1;
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i] : 0;
    const continues = i < labels.length && isInside(l) && labelType(l) === type && ctx.sentFirst[i] !== i;
    if (open >= 0 && !continues) {
      out.push({ from: open, to: i, type });
      open = -1;
    }
    if (l !== 0 && open < 0) {
      open = i;
      type = labelType(l);
    }
  }
  return out;
}

/**
 * `spans` (sorted by start, not overlapping) with a sure one-token span of `type` for every token
 * no span covers that `pick` accepts: a listed name the tagger left out ("Labor", "OpenAI").
 * `spans` itself is returned when there is none.
 */
export function withUntagged(ctx: DocContext, spans: TokenSpan[], type: number, pick: (k: number) => boolean): TokenSpan[] {
  let added: TokenSpan[] | null = null;
  let next = 0; // first token not yet covered by a span
  const scan = (to: number): void => {
    for (let k = next; k < to; k++) if (pick(k)) (added ??= []).push({ from: k, to: k + 1, type, sure: true });
  };
  for (const s of spans) {
    scan(s.from);
    next = Math.max(next, s.to);
  }
  scan(ctx.n);
  if (!added) return spans;
  return spans.concat(added).sort((a, b) => a.from - b.from);
}
