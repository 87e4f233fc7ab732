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
import { Key, type PieceMemo } from '../memo';
import type { Segmentation } from '../types';
import type { QuoteIndex } from './context';
import type { Draft } from './draft';
import type { SentenceLowerCases } from './lower-memo';
import type { RolesMemo } from './roles';
import type { Doc, Range } from './phrases';
import { firstOpeningFrom, type Quote } from './quotes';

export interface AttributionMemo {
  /** Per paragraph: its drafts relative to it, or null when they reach outside it. */
  paragraphs: PieceMemo<KeptDrafts | null>;
  /** Per sentence, its tokens' lower-case forms (made on first use: lower-memo.ts). */
  lowerCases?: SentenceLowerCases;
  /** Per line with mentions, their roles (made on first use, swept by findAttributions: roles.ts). */
  roles?: RolesMemo;
}

/** A paragraph's drafts with token indices counted from its first token and offsets from its start. */
interface KeptDrafts {
  drafts: Draft[];
  /** Per draft, the offset of its quotation's opening mark from the paragraph's start (-1: none). */
  quoteOpens: number[];
}

/** Tokens either side of a paragraph its drafting may read (the word before a cue, the next one or two). */
const EDGE_TOKENS = 2;

/**
 * How each field of a draft moves with its paragraph. Typed over every key of Draft, so a new
 * field does not compile until it says how it moves.
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

/** One analysis's view of the memo: the document and its quotations, read by every paragraph. */
export class ParagraphDrafts {
  /** Per quotation (in order of opening), the furthest closing of it and every one before it. */
  private readonly reachBefore: number[] = [];

  constructor(
    private readonly memo: AttributionMemo,
    private readonly doc: Doc,
    private readonly quotes: QuoteIndex,
    private readonly seg: Segmentation,
  ) {
    let reach = -1;
    for (const q of quotes.list) this.reachBefore.push((reach = Math.max(reach, q.close)));
  }

  /**
   * Appends the drafts of paragraph `p` (sentences `first` to `next`) to `drafts`: kept ones,
   * moved to where the paragraph is now, or those `draft` appends.
   */
  draft(p: number, first: number, next: number, drafts: Draft[], draft: () => void): void {
    const { doc, seg } = this;
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
    let made = false;
    const kept = this.memo.paragraphs.get(
      doc.text.slice(from, to),
      () => {
        made = true;
        const since = drafts.length;
        draft();
        return relative(drafts, since, t0, t1, para.start, para.end);
      },
      this.key(p, first, next, w0, w1, from, to),
    );
    if (made) return;
    if (kept === null) {
      draft();
      return;
    }
    for (let i = 0; i < kept.drafts.length; i++) drafts.push(moved(kept.drafts[i], kept.quoteOpens[i], t0, para.start, this.quotes));
  }

  /** What the paragraph's drafts read besides the window's text (see the file's comment). */
  private key(p: number, first: number, next: number, w0: number, w1: number, from: number, to: number): Key {
    const { doc, seg } = this;
    const para = seg.paragraphs[p];
    const toks = doc.toks;
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
    for (let i = w0; i < w1; i++) {
      key.put(toks[i].start - from);
      key.put(toks[i].end - from);
      key.put(toks[i].sentence - s0);
    }
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
function relative(drafts: Draft[], since: number, t0: number, t1: number, start: number, end: number): KeptDrafts | null {
  const out: KeptDrafts = { drafts: [], quoteOpens: [] };
  const inTokens = (r: Range | null | undefined): boolean => !r || (r.first >= t0 && r.last < t1);
  const inText = (a: number, b: number): boolean => a >= start && b <= end;
  for (let i = since; i < drafts.length; i++) {
    const d = drafts[i];
    const inside = inTokens(d.source) && inTokens(d.cue) && inTokens(d.speaker) && inText(d.contentStart, d.contentEnd) &&
      inText(d.anchor, d.anchor) && (!d.sourceSpan || inText(d.sourceSpan.start, d.sourceSpan.end)) &&
      (!d.cueSpan || inText(d.cueSpan.start, d.cueSpan.end)) && (!d.quote || inText(d.quote.open, d.quote.close));
    if (!inside) return null;
    out.drafts.push(shifted(d, -t0, -start, null));
    out.quoteOpens.push(d.quote ? d.quote.open - start : -1);
  }
  return out;
}

/** A kept draft placed at the paragraph's current first token and offset. */
function moved(d: Draft, quoteOpen: number, t0: number, start: number, quotes: QuoteIndex): Draft {
  return shifted(d, t0, start, quoteOpen >= 0 ? quotes.byOpen.get(start + quoteOpen) ?? null : null);
}

function shifted(d: Draft, dt: number, dc: number, quote: Quote | null): Draft {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(d) as Array<keyof Draft>) {
    const v = d[key];
    if (MOVES[key] === 'quote') {
      out[key] = quote;
      continue;
    }
    if (v === undefined || v === null) {
      out[key] = v;
      continue;
    }
    switch (MOVES[key]) {
      case 'tokens':
        out[key] = { first: (v as Range).first + dt, last: (v as Range).last + dt };
        break;
      case 'span':
        out[key] = { start: (v as { start: number }).start + dc, end: (v as { end: number }).end + dc };
        break;
      case 'offset':
        out[key] = (v as number) + dc;
        break;
      default:
        out[key] = v;
    }
  }
  return out as unknown as Draft;
}
