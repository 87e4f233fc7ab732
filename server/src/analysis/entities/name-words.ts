// Shapes of the words a person's name is made of, shared by the post-rules.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { TITLE, CAP1 } from './lexicon';


/** A capitalised word with lower-case letters after the first ("Holloway", "McMillan", "O'Neill"). */
export function isNameWord(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === TITLE && !ctx.allCaps[k];
}

/**
 * Tokens taken by an initial starting at k: 2 for "M" + "." written together, 1 for "M.",
 * 0 when k is not an initial.
 */
export function initialLength(seg: Segmentation, ctx: DocContext, k: number): number {
  if (k >= ctx.n || ctx.cap[k] !== CAP1) return 0;
  const t = seg.tokens[k].text;
  if (t.length === 2 && t[1] === '.') return 1;
  if (t.length !== 1) return 0;
  const next = seg.tokens[k + 1];
  return next && next.text === '.' && next.start === seg.tokens[k].end ? 2 : 0;
}

/** Lower-case words that may sit inside a person's name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'dos']);

/**
 * The end (exclusive) of a person's name starting at k: name words, initials and particles
 * between name words, at most `max` words; k itself when no name starts there.
 */
export function nameRunEnd(seg: Segmentation, ctx: DocContext, k: number, max = 4): number {
  const last = ctx.sentEnd[k] ?? ctx.n;
  let end = k;
  let words = 0;
  let j = k;
  while (j < last && words < max) {
    if (isNameWord(ctx, j)) {
      j++;
      words++;
      end = j;
      continue;
    }
    const init = initialLength(seg, ctx, j);
    if (init > 0 && j + init < last && isNameWord(ctx, j + init)) {
      j += init;
      continue;
    }
    if (words > 0 && NAME_PARTICLES.has(seg.tokens[j].text)) {
      // "von der Leyen": particles, then a name word.
      let p = j;
      while (p < last && p - j < 3 && NAME_PARTICLES.has(seg.tokens[p].text)) p++;
      if (p < last && isNameWord(ctx, p)) {
        j = p;
        continue;
      }
    }
    break;
  }
  return end;
}
