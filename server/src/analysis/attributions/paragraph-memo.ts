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
import { Key, ownCopy } from '../memo';
import type { Segmentation, Token } from '../types';
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
   */
  texts: string[];
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
    const key = this.key(p, first, next, w0, w1, from, to);
    // The paragraph of the same index (before the edit), else the one as far from the end (after it).
    const count = seg.paragraphs.length;
    let kept = sameAs(placed.candidate(p, count, 0), key, toks, w0);
    kept ??= sameAs(placed.candidate(p, count, 1), key, toks, w0);
    if (kept === undefined) {
      // Copied before `draft`, which does not use this Key now but might.
      const numbers = key.copy();
      const since = drafts.length;
      draft();
      placed.keep(p, { key: numbers, texts: ownTexts(toks, w0, w1), drafts: relative(drafts, since, t0, t1, para.start, para.end, this.quotes) });
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
  private key(p: number, first: number, next: number, w0: number, w1: number, from: number, to: number): Key {
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
    // The window's text: the characters before each token, its length (its text is sameAs's), the rest.
    let pos = from;
    for (let i = w0; i < w1; i++) {
      const t = toks[i];
      if (t.start < pos || t.text.length !== t.end - t.start) {
        // Tokens out of order or a token's text not its span (never, as the segmenter makes
        // them): the window's every character (-1 never reads as a gap's length).
        key.put(-1);
        putChars(key, text, from, to);
        pos = to;
        break;
      }
      // Most gaps are one space, most tokens short: one number each then (the key is compared whole).
      if (t.start === pos + 1 && text.charCodeAt(pos) === 32) key.put(ONE_SPACE);
      else {
        key.put(t.start - pos);
        putChars(key, text, pos, t.start);
      }
      const length = t.end - t.start;
      const ds = t.sentence - s0;
      if (length < PACKED_LENGTHS && ds >= -128 && ds < 128) key.put(length * 256 + ds + 128);
      else {
        key.put(UNPACKED);
        key.put(length);
        key.put(ds);
      }
      pos = t.end;
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
/** A gap of one space (a gap's length is never negative; -1 marks the whole window's characters). */
const ONE_SPACE = -2;
/** A token's length and sentence as one number: length * 256 + sentence offset + 128, below 2^30. */
const PACKED_LENGTHS = 1 << 22;
/** Else this marker (a packed number is never negative), the length and the sentence offset. */
const UNPACKED = -3;

/** `kept` if its key's numbers and window's token strings are those of now. */
function sameAs(kept: KeptParagraph | undefined, key: Key, toks: Token[], w0: number): KeptParagraph | undefined {
  if (kept === undefined || !key.equals(kept.key)) return undefined;
  // As many strings as the key says tokens; mostly the very same strings (compared by identity).
  const texts = kept.texts;
  for (let i = 0; i < texts.length; i++) if (texts[i] !== toks[w0 + i].text) return undefined;
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
