// The drafts of a paragraph, kept from one analysis of a changing text to the next (the
// incremental analyser, ../incremental.ts): a paragraph whose text, tokens, sentences, role,
// quotations and neighbouring tokens are as before drafts the same attributions, moved with it.
//
// What makes that exact: drafting a sentence (index.ts, draftSentence) reads its own tokens, a
// token or two either side, its paragraph's bounds and role, the quotations, and of the drafts
// before it only those of the same sentence or whose content reaches into it. So the key holds
// the paragraph's text with EDGE_TOKENS tokens either side, their layout, the quotations over
// that window and one opening just after the paragraph ("… said:" then a quoted paragraph); a
// paragraph reached by an earlier draft is never looked up (index.ts), and drafts reaching out
// of their paragraph are never kept (every later analysis drafts that paragraph afresh).
//
// Looked up by place, not by text (placed-memo.ts): no paragraph's window is cut and hashed as a
// new string per keystroke. The window's text is compared as its tokens' strings (the segmenter
// hands out the same strings for a kept line: mostly by identity) and the characters between them.
// The paragraph's own tokens are compared a sentence at a time when its sentences are the
// segmenter's kept Sentence objects (segment/index.ts, KeptLine.built: a sentence object is one
// sentence of one line's exact text for ever, so the same object has the same token strings at
// the same offsets from its start): the key then holds each sentence's place and length and the
// characters between sentences, not every token.
import { Key, ownCopy } from '../memo';
import type { Segmentation, Sentence, Token } from '../types';
import type { QuoteIndex } from './context';
import type { Draft } from './draft';
import type { TokenLowerCases } from './lower-memo';
import type { RolesMemo } from './roles';
import type { Doc, Range } from './phrases';
import { PlacedMemo } from './placed-memo';
import { firstOpeningFrom, type Quote } from './quotes';

export interface AttributionMemo {
  /** Per paragraph, its drafts, looked up by place (made on first use, renewed by findAttributions). */
  placed?: PlacedMemo<KeptParagraph>;
  /** Per sentence, its tokens' lower-case forms (made on first use: lower-memo.ts). */
  lowerCases?: TokenLowerCases;
  /** Per line with mentions, their roles (made on first use, renewed by findRoles: roles.ts). */
  roles?: RolesMemo;
}

/** A paragraph's drafts with token indices counted from its first token and offsets from its start. */
interface KeptDrafts {
  drafts: Draft[];
  /** Per draft, the offset of its quotation's opening mark from the paragraph's start (-1: none). */
  quoteOpens: number[];
  /**
   * Per draft, a quotation of its own (a headline's "X: ‘…’", not one of the article's
   * quotations), offsets from the paragraph's start; null for none.
   */
  ownQuotes: Array<Quote | null>;
}

/** Tokens either side of a paragraph its drafting may read (the word before a cue, the next one or two). */
const EDGE_TOKENS = 2;

/**
 * How each field of a draft moves with its paragraph (shifted, below, moves them field by field).
 * Typed over every key of Draft, so a new field does not compile until it says how it moves;
 * EVERY_FIELD_SHIFTED, until shifted moves it.
 */
const MOVES: { [K in keyof Required<Draft>]: 'tokens' | 'span' | 'offset' | 'quote' | 'fixed' } = {
  source: 'tokens',
  sourceSpan: 'span',
  cue: 'tokens',
  cueSpan: 'span',
  contentStart: 'offset',
  contentEnd: 'offset',
  quote: 'quote',
  continuation: 'fixed',
  speaker: 'tokens',
  anchor: 'offset',
  learned: 'fixed',
  verb: 'fixed',
};

/** A paragraph's drafts as an analysis left them, with what they were drafted from. */
interface KeptParagraph {
  /** The key's numbers (ParagraphDrafts.key). */
  key: Int32Array;
  /**
   * The window's token strings: as the segmenter gave them when short (a slice under 13
   * characters is a copy), copied when longer (it may be a view of its version's whole text).
   * With `sentences`, only those of the tokens either side of the paragraph (before, then after).
   */
  texts: string[];
  /**
   * The paragraph's Sentence objects when the key holds its tokens a sentence at a time
   * (compared by identity only, never read: the segmenter moves them in place), else null.
   */
  sentences: Sentence[] | null;
  drafts: KeptDrafts | null;
}

/** One analysis's view of the memo: the document and its quotations, read by every paragraph. */
export class ParagraphDrafts {
  /** Per quotation (in order of opening), the furthest closing of it and every one before it. */
  private readonly reachBefore: number[] = [];
  private readonly placed: PlacedMemo<KeptParagraph>;

  constructor(
    memo: AttributionMemo,
    private readonly doc: Doc,
    private readonly quotes: QuoteIndex,
    private readonly seg: Segmentation,
  ) {
    let reach = -1;
    for (const q of quotes.list) this.reachBefore.push((reach = Math.max(reach, q.close)));
    this.placed = memo.placed ??= new PlacedMemo();
  }

  /**
   * Appends the drafts of paragraph `p` (sentences `first` to `next`) to `drafts`: kept ones,
   * moved to where the paragraph is now, or those `draft` appends.
   */
  draft(p: number, first: number, next: number, drafts: Draft[], draft: () => void): void {
    const { doc, seg, placed } = this;
    const para = seg.paragraphs[p];
    const toks = doc.toks;
    const t0 = seg.sentences[first].firstToken;
    const t1 = seg.sentences[next - 1].endToken;
    if (t1 <= t0) {
      draft();
      return;
    }
    const w0 = Math.max(0, t0 - EDGE_TOKENS);
    const w1 = Math.min(toks.length, t1 + EDGE_TOKENS);
    const from = Math.min(para.start, toks[w0].start);
    const to = Math.max(para.end, toks[w1 - 1].end);
    const bySentence = contiguous(seg.sentences, first, next);
    const key = this.key(p, first, next, w0, w1, from, to, bySentence);
    // The paragraph of the same index (before the edit), else the one as far from the end (after it).
    const count = seg.paragraphs.length;
    const sentences = bySentence ? seg.sentences : null;
    let kept = sameAs(placed.candidate(p, count, 0), key, toks, w0, t0, t1, sentences, first);
    kept ??= sameAs(placed.candidate(p, count, 1), key, toks, w0, t0, t1, sentences, first);
    if (kept === undefined) {
      // Copied before `draft`, which does not use this Key now but might.
      const numbers = key.copy();
      const since = drafts.length;
      draft();
      placed.keep(p, {
        key: numbers,
        texts: bySentence ? [...ownTexts(toks, w0, t0), ...ownTexts(toks, t1, w1)] : ownTexts(toks, w0, w1),
        sentences: bySentence ? seg.sentences.slice(first, next) : null,
        drafts: relative(drafts, since, t0, t1, para.start, para.end, this.quotes),
      });
      return;
    }
    placed.keep(p, kept);
    if (kept.drafts === null) {
      draft();
      return;
    }
    const { drafts: list, quoteOpens, ownQuotes } = kept.drafts;
    for (let i = 0; i < list.length; i++) drafts.push(moved(list[i], quoteOpens[i], ownQuotes[i], t0, para.start, this.quotes));
  }

  /** Ends the analysis: its paragraphs are what the next one compares with. */
  end(): void {
    this.placed.renew(this.seg.paragraphs.length);
  }

  /**
   * What the paragraph's drafts read: the window's layout, the characters between its tokens
   * (the tokens' own texts are compared by sameAs), sentences, role and quotations.
   */
  private key(p: number, first: number, next: number, w0: number, w1: number, from: number, to: number, bySentence: boolean): Key {
    const { doc, seg } = this;
    const para = seg.paragraphs[p];
    const toks = doc.toks;
    const text = doc.text;
    const t0 = seg.sentences[first].firstToken;
    const s0 = toks[t0].sentence;
    const key = paragraphKeys.reset();
    key.putText(para.role);
    key.put(para.start - from);
    key.put(para.end - from);
    key.put(t0 - w0);
    key.put(next - first);
    for (let s = first; s < next; s++) {
      key.put(seg.sentences[s].firstToken - t0);
      key.put(seg.sentences[s].endToken - t0);
    }
    key.put(w1 - w0);
    key.put(bySentence ? BY_SENTENCE : BY_TOKEN);
    // The window's text: the characters before each token, its length (its text is sameAs's), the
    // rest; by sentence, the paragraph's tokens as the characters before each sentence, its
    // length and sentence number (its tokens are its object's: sameAs).
    let pos = from;
    const t1 = seg.sentences[next - 1].endToken;
    for (let i = w0; i < w1 && pos >= 0; i++) {
      if (bySentence && i === t0) {
        for (let k = first; k < next && pos >= 0; k++) {
          const sentence = seg.sentences[k];
          const a = toks[sentence.firstToken];
          pos = putSpan(key, text, pos, a.start, toks[sentence.endToken - 1].end, a.sentence - s0);
        }
        i = t1 - 1;
        continue;
      }
      const t = toks[i];
      // A token's text not its span: never, as the segmenter makes them (-1: the whole window below).
      pos = t.text.length !== t.end - t.start ? -1 : putSpan(key, text, pos, t.start, t.end, t.sentence - s0);
    }
    if (pos < 0) {
      // Tokens out of order or not their spans (never, as the segmenter makes them): the
      // window's every character (-1 never reads as a gap's length).
      key.put(-1);
      putChars(key, text, from, to);
      pos = to;
    }
    key.put(to - pos);
    putChars(key, text, pos, to);
    const after = this.quoteRightAfter(para.end);
    key.put(after ? 1 : 0);
    if (after) putQuote(key, after, from, p);
    for (const q of this.quotesOver(from, to)) putQuote(key, q, from, p);
    return key;
  }

  /** The quotations that open before `to` and close at or after `from`. */
  private quotesOver(from: number, to: number): Quote[] {
    const list = this.quotes.list;
    let lo = firstOpeningFrom(list, from);
    // Quotations opening earlier that are still open at `from` (reachBefore is non-decreasing).
    while (lo > 0 && this.reachBefore[lo - 1] >= from) lo--;
    const out: Quote[] = [];
    for (let i = lo; i < list.length && list[i].open < to; i++) if (list[i].close >= from) out.push(list[i]);
    return out;
  }

  /** The quotation opening after `end` with only white space between (a cue ending "said:" takes it). */
  private quoteRightAfter(end: number): Quote | null {
    const list = this.quotes.list;
    const q = list[firstOpeningFrom(list, end)];
    if (!q) return null;
    const text = this.doc.text;
    for (let i = end; i < q.open; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== 32 && ch !== 10 && ch !== 13 && ch !== 9) return null;
    }
    return q;
  }
}

const paragraphKeys = new Key();
/** How the key holds the paragraph's tokens: one by one, or a sentence at a time (kept Sentence objects). */
const BY_TOKEN = 0;
const BY_SENTENCE = 1;

/**
 * Puts a span [start, end) of the window at or after `pos` (a token, or a sentence's tokens):
 * the characters before it, its length, its sentence number from the window's; the offset past
 * it, or -1 if it starts before `pos`.
 */
function putSpan(key: Key, text: string, pos: number, start: number, end: number, ds: number): number {
  if (start < pos) return -1;
  // Most gaps are one space, most tokens short: one number each then (the key is compared whole).
  if (start === pos + 1 && text.charCodeAt(pos) === 32) key.put(ONE_SPACE);
  else {
    key.put(start - pos);
    putChars(key, text, pos, start);
  }
  const length = end - start;
  if (length < PACKED_LENGTHS && ds >= -128 && ds < 128) key.put(length * 256 + ds + 128);
  else {
    key.put(UNPACKED);
    key.put(length);
    key.put(ds);
  }
  return end;
}

/**
 * Whether sentences [first, next) hold every token from the first one's first to the last one's
 * last, each at least one, in order (so the paragraph's tokens are its sentences' tokens).
 */
function contiguous(sentences: Sentence[], first: number, next: number): boolean {
  for (let k = first; k < next; k++) {
    const s = sentences[k];
    if (s.endToken <= s.firstToken || (k > first && s.firstToken !== sentences[k - 1].endToken)) return false;
  }
  return true;
}
/** A gap of one space (a gap's length is never negative; -1 marks the whole window's characters). */
const ONE_SPACE = -2;
/** A token's length and sentence as one number: length * 256 + sentence offset + 128, below 2^30. */
const PACKED_LENGTHS = 1 << 22;
/** Else this marker (a packed number is never negative), the length and the sentence offset. */
const UNPACKED = -3;

/**
 * `kept` if its key's numbers and window's token strings are those of now: with `sentences`
 * (the key by sentence), the paragraph's Sentence objects the kept ones and the strings those of
 * the tokens either side of it.
 */
function sameAs(
  kept: KeptParagraph | undefined, key: Key, toks: Token[], w0: number, t0: number, t1: number, sentences: Sentence[] | null, first: number,
): KeptParagraph | undefined {
  // The key says which way it was made (BY_TOKEN, BY_SENTENCE), how many tokens and sentences.
  if (kept === undefined || !key.equals(kept.key)) return undefined;
  const texts = kept.texts;
  if (sentences === null || kept.sentences === null) {
    // As many strings as the key says tokens; mostly the very same strings (compared by identity).
    for (let i = 0; i < texts.length; i++) if (texts[i] !== toks[w0 + i].text) return undefined;
    return kept;
  }
  const own = kept.sentences;
  for (let k = 0; k < own.length; k++) if (own[k] !== sentences[first + k]) return undefined;
  const before = t0 - w0;
  for (let i = 0; i < before; i++) if (texts[i] !== toks[w0 + i].text) return undefined;
  for (let i = before; i < texts.length; i++) if (texts[i] !== toks[t1 + i - before].text) return undefined;
  return kept;
}

function ownTexts(toks: Token[], w0: number, w1: number): string[] {
  const out: string[] = [];
  for (let i = w0; i < w1; i++) {
    out.push(ownCopy(toks[i].text));
  }
  return out;
}
function putChars(key: Key, text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) key.put(text.charCodeAt(i));
}

function putQuote(key: Key, q: Quote, from: number, p: number): void {
  key.put(q.open - from);
  key.put(q.start - from);
  key.put(q.end - from);
  key.put(q.close - from);
  key.put(q.words);
  key.put(q.closed ? 1 : 0);
  key.put(q.firstParagraph - p);
  key.put(q.lastParagraph - p);
}

/** The drafts from `since` made relative to their paragraph, or null if one reaches outside it. */
function relative(drafts: Draft[], since: number, t0: number, t1: number, start: number, end: number, quotes: QuoteIndex): KeptDrafts | null {
  const out: KeptDrafts = { drafts: [], quoteOpens: [], ownQuotes: [] };
  const inTokens = (r: Range | null | undefined): boolean => !r || (r.first >= t0 && r.last < t1);
  const inText = (a: number, b: number): boolean => a >= start && b <= end;
  for (let i = since; i < drafts.length; i++) {
    const d = drafts[i];
    const inside = inTokens(d.source) && inTokens(d.cue) && inTokens(d.speaker) && inText(d.contentStart, d.contentEnd) &&
      inText(d.anchor, d.anchor) && (!d.sourceSpan || inText(d.sourceSpan.start, d.sourceSpan.end)) &&
      (!d.cueSpan || inText(d.cueSpan.start, d.cueSpan.end)) && (!d.quote || inText(d.quote.open, d.quote.close));
    if (!inside) return null;
    const q = d.quote;
    // The article's quotation is found again where it now opens; one of the draft's own moves with it.
    const own = q !== null && quotes.byOpen.get(q.open) !== q;
    // (Only one that belongs to no paragraph, as a headline's: any other is drafted afresh.)
    if (own && (q.firstParagraph !== -1 || q.lastParagraph !== -1)) return null;
    out.drafts.push(shifted(d, -t0, -start, null));
    out.quoteOpens.push(q && !own ? q.open - start : -1);
    out.ownQuotes.push(q && own ? shiftedQuote(q, -start) : null);
  }
  return out;
}

/** A kept draft placed at the paragraph's current first token and offset. */
function moved(d: Draft, quoteOpen: number, ownQuote: Quote | null, t0: number, start: number, quotes: QuoteIndex): Draft {
  const quote = quoteOpen >= 0 ? quotes.byOpen.get(start + quoteOpen) ?? null : ownQuote && shiftedQuote(ownQuote, start);
  return shifted(d, t0, start, quote);
}

/** A copy of a quotation of no paragraph with its offsets moved by `dc`. */
function shiftedQuote(q: Quote, dc: number): Quote {
  return { ...q, open: q.open + dc, start: q.start + dc, end: q.end + dc, close: q.close + dc };
}

/** The fields shifted sets. */
type ShiftedField = 'source' | 'sourceSpan' | 'cue' | 'cueSpan' | 'contentStart' | 'contentEnd' | 'quote' | 'continuation' | 'anchor' | 'speaker' | 'learned' | 'verb';
/** Does not compile if Draft has a field shifted does not set. */
export const EVERY_FIELD_SHIFTED: Exclude<keyof Draft, ShiftedField> extends never ? true : false = true;

/** The draft with token ranges moved by `dt`, offsets by `dc`: each field as MOVES says (field by field, no key list per draft). */
function shifted(d: Draft, dt: number, dc: number, quote: Quote | null): Draft {
  const out: Draft = {
    source: d.source && { first: d.source.first + dt, last: d.source.last + dt },
    sourceSpan: d.sourceSpan && { start: d.sourceSpan.start + dc, end: d.sourceSpan.end + dc },
    cue: d.cue && { first: d.cue.first + dt, last: d.cue.last + dt },
    cueSpan: d.cueSpan && { start: d.cueSpan.start + dc, end: d.cueSpan.end + dc },
    contentStart: d.contentStart + dc,
    contentEnd: d.contentEnd + dc,
    quote,
    continuation: d.continuation,
    anchor: d.anchor + dc,
  };
  // Optional fields only where the draft has them (as it was).
  if ('speaker' in d) out.speaker = d.speaker && { first: d.speaker.first + dt, last: d.speaker.last + dt };
  if ('learned' in d) out.learned = d.learned;
  if ('verb' in d) out.verb = d.verb;
  return out;
}
