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

/**
 * A span with every field present, in one order (absent ones undefined): the rules set `sure`,
 * `fixed`, `held` later on many spans, which then keep one object shape instead of several, so the
 * ~100 passes that read them at each keystroke stay monomorphic.
 */
export function tokenSpan(from: number, to: number, type: number, sure?: boolean, fixed?: boolean, held?: boolean): TokenSpan {
  return { from, to, type, sure, fixed, held };
}

export function labelsToSpans(ctx: DocContext, labels: Uint8Array): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open = -1;
  let type = -1;
  for (let i = 0; i <= labels.length; i++) {
    const l = i < labels.length ? labels[i] : 0;
    const continues = i < labels.length && isInside(l) && labelType(l) === type && ctx.sentFirst[i] !== i;
    if (open >= 0 && !continues) {
      out.push(tokenSpan(open, i, type));
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
    for (let k = next; k < to; k++) if (pick(k)) (added ??= []).push(tokenSpan(k, k + 1, type, true));
  };
  for (const s of spans) {
    scan(s.from);
    next = Math.max(next, s.to);
  }
  scan(ctx.n);
  if (!added) return spans;
  return mergeByFrom(spans, added);
}

/** Spans are in order of their first token. */
function inOrder(spans: readonly TokenSpan[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i].from < spans[i - 1].from) return false;
  return true;
}

/**
 * `a.concat(b)` sorted by first token, ties in that order (what a stable sort gives), in one walk
 * when both are in order already (as the rules build them): sorting every span of an article on
 * each keystroke was a cost of its own.
 */
export function mergeByFrom(a: TokenSpan[], b: TokenSpan[]): TokenSpan[] {
  if (b.length === 0) return a.slice();
  if (!inOrder(a) || !inOrder(b)) return a.concat(b).sort((x, y) => x.from - y.from);
  const out: TokenSpan[] = new Array(a.length + b.length);
  let i = 0, j = 0, o = 0;
  while (i < a.length && j < b.length) out[o++] = b[j].from < a[i].from ? b[j++] : a[i++];
  while (i < a.length) out[o++] = a[i++];
  while (j < b.length) out[o++] = b[j++];
  return out;
}

/** `spans` sorted by first token (a stable sort's order), sorted only when out of order. */
export function sortByFrom(spans: TokenSpan[]): TokenSpan[] {
  return inOrder(spans) ? spans : spans.sort((x, y) => x.from - y.from);
}
