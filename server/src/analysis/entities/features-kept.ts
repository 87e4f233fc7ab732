// The word ids of a changing text's tokens, following the edit. The segmenter hands out the same
// Token objects for the lines an edit did not touch (segment/index.ts, KeptLine.built), and a
// Token's text never changes: a token that is the same object as one of the last analysis has
// that token's word. Before the edit a token keeps its index; after it, its index moves by as
// many tokens as the edit added or removed. Only the tokens found at neither place (the edited
// line's, and those the segmenter makes afresh at each analysis, such as a dateline's) are looked
// up in the lexicon: ~1 ms a keystroke of a 10k-word article, most of it reading scattered Token
// objects and their strings, becomes a pass over an array of pointers.
import type { Token } from '../types';
import type { Lexicon } from './lexicon';

/** The tokens and word ids of the last analysis of one changing text. */
interface LastWords {
  tokens: readonly Token[];
  word: Int32Array;
  /** The lexicon and its generation the ids belong to. */
  serial: number;
  generation: number;
}

/**
 * Kept per changing text, by the memo object its analyses share (the entity stage's name-list
 * memo, which only an incremental analyser passes): one array of tokens and one of ids, replaced
 * at each analysis. The tokens are never read, only compared by identity.
 */
const lastWords = new WeakMap<object, LastWords>();

/** Writes the word of each token into `word` (Lexicon.index), reusing the last analysis's ids under `owner`. */
export function indexWords(words: Lexicon, tokens: readonly Token[], word: Int32Array, owner?: object): void {
  const last = owner && lastWords.get(owner);
  if (!last || !reuse(words, tokens, word, last)) words.index(tokens, word);
  if (owner) lastWords.set(owner, { tokens, word, serial: words.serial, generation: words.generation });
}

/** The ids from `last` where the tokens are its own, the others looked up; false when none could be kept. */
function reuse(words: Lexicon, tokens: readonly Token[], word: Int32Array, last: LastWords): boolean {
  if (last.serial !== words.serial || last.generation !== words.generation) return false;
  const n = tokens.length, was = last.tokens, wasWord = last.word;
  const shift = was.length - n;
  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (i < was.length && was[i] === t) word[i] = wasWord[i];
    else if (i + shift >= 0 && i + shift < was.length && was[i + shift] === t) word[i] = wasWord[i + shift];
    else missing.push(i);
  }
  if (missing.length === 0) return true;
  const found = new Int32Array(missing.length);
  words.index(missing.map((i) => tokens[i]), found);
  // The lexicon started afresh (it does between documents once it holds too many words): the
  // kept ids are of the generation before.
  if (words.generation !== last.generation) return false;
  for (let k = 0; k < missing.length; k++) word[missing[k]] = found[k];
  return true;
}
