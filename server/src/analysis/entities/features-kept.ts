// A changing text's document context, following the edit (features.ts). The segmenter hands out
// the same Token objects for the lines an edit did not touch (segment/index.ts, KeptLine.built),
// and a Token's text never changes: a token that is the same object as one of the last analysis
// has that token's word. Before the edit a token keeps its index; after it, its index moves by as
// many tokens as the edit added or removed. Only the tokens found at neither place (the edited
// line's, and those the segmenter makes afresh at each analysis, such as a dateline's) are looked
// up in the lexicon; and a decoding unit that is, token for token, a unit of the last analysis
// takes its name-list codes (which depend on the unit's words alone, gazetteer.ts).
import type { Token } from '../types';
import { GAZ_PER_TOKEN } from './gazetteer';
import type { Lexicon } from './lexicon';

/** What this file reads of a document context (features.ts's DocContext, which imports this file). */
export interface KeptContext {
  n: number;
  word: Int32Array;
  words: Lexicon;
  generation: number;
  sentFirst: Int32Array;
  sentEnd: Int32Array;
  gaz: Uint16Array;
  aligned: Alignment | null;
}

/** The tokens and context of the last analysis of one changing text. */
interface LastContext {
  tokens: readonly Token[];
  ctx: KeptContext;
}

/** Where each token was in the last analysis (-1: not there), and that analysis's context. */
export interface Alignment {
  from: Int32Array;
  last: KeptContext;
}

/**
 * Kept per changing text, by the memo object its analyses share (the entity stage's name-list
 * memo, which only an incremental analyser passes): the last analysis's tokens, never read, only
 * compared by identity, and its context, replaced at each analysis.
 */
const kept = new WeakMap<object, LastContext>();

/**
 * Writes the word of each token into `word` (Lexicon.index), taking the ids of the tokens the last
 * analysis under `owner` had. Returns where each token was in it, or null when nothing was kept.
 */
export function indexWords(words: Lexicon, tokens: readonly Token[], word: Int32Array, owner?: object): Alignment | null {
  const last = owner && kept.get(owner);
  // The last context's own alignment is done with: dropped, so contexts do not chain back through every edit.
  if (last) last.ctx.aligned = null;
  const aligned = last ? align(words, tokens, word, last) : null;
  if (!aligned) words.index(tokens, word);
  return aligned;
}

/** The context just built for `tokens`, kept under `owner` for the next analysis. */
export function keepContext(owner: object | undefined, tokens: readonly Token[], ctx: KeptContext): void {
  if (owner) kept.set(owner, { tokens, ctx });
}

function align(words: Lexicon, tokens: readonly Token[], word: Int32Array, last: LastContext): Alignment | null {
  const lc = last.ctx;
  if (lc.words.serial !== words.serial || lc.generation !== words.generation) return null;
  const n = tokens.length, was = last.tokens, wasWord = lc.word;
  const shift = was.length - n;
  const from = new Int32Array(n);
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    let j = -1;
    if (i < was.length && was[i] === t) j = i;
    else if (i + shift >= 0 && i + shift < was.length && was[i + shift] === t) j = i + shift;
    from[i] = j;
    if (j >= 0) word[i] = wasWord[j];
    else missing.push(i);
  }
  if (missing.length > 0) {
    const found = new Int32Array(missing.length);
    words.index(missing.map((i) => tokens[i]), found);
    // The lexicon started afresh (it does between documents once it holds too many words): the
    // kept ids are of the generation before.
    if (words.generation !== lc.generation) return null;
    for (let k = 0; k < missing.length; k++) word[missing[k]] = found[k];
  }
  return { from, last: lc };
}

/**
 * Where the unit [first, end) of the new context was in the last one: the start of a whole unit
 * of the last context whose tokens are the unit's, in order; -1 when there is none.
 */
export function unitWas({ from, last }: Alignment, first: number, end: number): number {
  const was = from[first];
  if (was < 0 || last.sentFirst[was] !== was || last.sentEnd[was] !== was + end - first) return -1;
  for (let i = first + 1; i < end; i++) if (from[i] !== was + i - first) return -1;
  return was;
}

/**
 * The name-list codes of the units of `ctx` (sentFirst, sentEnd set): a unit that was a whole
 * unit of the last context (unitWas) takes that unit's codes; the others come from
 * `codesOf(a, b)`, the codes of the whole units [a, b).
 */
export function unitCodes(ctx: KeptContext, aligned: Alignment, codesOf: (a: number, b: number) => Uint16Array): Uint16Array {
  const codes = new Uint16Array(ctx.n * GAZ_PER_TOKEN);
  let pending = -1;
  const flush = (to: number) => {
    if (pending >= 0) codes.set(codesOf(pending, to), pending * GAZ_PER_TOKEN);
    pending = -1;
  };
  for (let first = 0; first < ctx.n; first = ctx.sentEnd[first]) {
    const end = ctx.sentEnd[first];
    const was = unitWas(aligned, first, end);
    if (was < 0) {
      if (pending < 0) pending = first;
      continue;
    }
    flush(first);
    codes.set(aligned.last.gaz.subarray(was * GAZ_PER_TOKEN, (was + end - first) * GAZ_PER_TOKEN), first * GAZ_PER_TOKEN);
  }
  flush(ctx.n);
  return codes;
}
