// Figures: counts, money, percentages, dates, times, durations, ages, ordinals, fractions, scores.
// One left-to-right pass over each sentence's tokens; at each token the matchers are tried in
// a fixed order and the first that reads a figure wins, so spans never overlap.
// Conventions (see README in this folder): the span includes its qualifier ("more than 70");
// value is null where there is no single number (vague counts, full dates, ranges).
import { Key, type PieceMemo } from '../memo';
import type { Figure, Mention, Segmentation, Sentence, Token } from '../types';
import { matchAge } from './ages';
import { type AmountContext, matchAmount } from './amounts';
import { matchCompound } from './compounds';
import { matchNumericDate, matchWordDate } from './dates';
import { matchDuration } from './durations';
import { matchFraction } from './fractions';
import { matchGluedMoney } from './glued-money';
import { MentionGuard } from './mention-guard';
import type { Match } from './match';
import { scaled } from './numerals';
import { matchMultiple } from './multiples';
import { matchOrdinal } from './ordinals';
import { identifierEnd } from './identifiers';
import { LineupGuard } from './lineups';
import { matchQualifier, matchSuffix, type Qualifier, upToIsLevel } from './qualifiers';
import { matchScore } from './scores';
import { TokenView } from './token-view';
import { canStart } from './triggers';

const SKIPPED_ROLES: ReadonlySet<string> = new Set(['credit', 'footer', 'boilerplate']);

function core(v: TokenView, i: number, end: number, ctx: AmountContext, previousEnd: number): Match | null {
  return (v.digitStart(i) ? matchNumericDate(v, i) : null)
    ?? matchMultiple(v, i)
    ?? matchCompound(v, i)
    ?? (v.digitStart(i) ? null : matchWordDate(v, i, end))
    ?? matchAge(v, i, end)
    ?? matchFraction(v, i, end)
    ?? matchOrdinal(v, i, end, ctx.sentenceFirst)
    ?? matchDuration(v, i, end, ctx.sentenceFirst, previousEnd)
    ?? (v.digitStart(i) ? null : matchGluedMoney(v, i, end))
    ?? matchAmount(v, i, end, ctx);
}

/** Whether a qualifier can govern the figure after it ("about 2019" yes, "over Friday" no). */
function fits(v: TokenView, q: Qualifier, qualifierStart: number, m: Match): boolean {
  if (q.between) return m.range === true;
  switch (m.kind) {
    case 'ORDINAL': case 'SCORE': return false;
    case 'DATE': return q.approx && q.bound === null && m.value !== null;
    case 'TIME': return q.approx;
    case 'DURATION': return v.lower(qualifierStart) !== 'over';
    case 'MONEY': return !(v.lower(qualifierStart) === 'over' && moneyMatterAfter(v, m.last));
    default: return true;
  }
}

/**
 * Nouns that money can name the size of ("a £1.2m fraud", "a $5bn deal"): "over" before such
 * money is the preposition of a headline ("jailed over £1.2m fraud"), not "more than".
 */
const MONEY_MATTERS: ReadonlySet<string> = new Set([
  'fraud', 'frauds', 'scam', 'scheme', 'theft', 'deal', 'deals', 'debt', 'debts', 'loan', 'loans', 'claim', 'claims',
  'bill', 'bills', 'contract', 'lawsuit', 'suit', 'settlement', 'payout', 'payment', 'fine', 'fines', 'bonus',
  'bonuses', 'bribe', 'bribes', 'takeover', 'bid', 'merger', 'tax', 'grant', 'fee', 'fees', 'pension', 'row',
  'dispute', 'overspend', 'overrun', 'shortfall', 'hole', 'loss', 'losses', 'damages', 'award', 'refund', 'deficit',
  'budget', 'pay', 'bailout', 'fund', 'sale', 'cuts', 'spending', 'plot', 'plots', 'haul', 'hauls', 'heist', 'robbery',
  'raid', 'scandal', 'con', 'swindle', 'embezzlement',
]);

/** A money matter right after the figure or after one word more ("over £2.3m cocaine plot", "over $5m tax bill"). */
function moneyMatterAfter(v: TokenView, last: number): boolean {
  const n = v.tokens.length;
  if (last + 1 < n && MONEY_MATTERS.has(v.lower(last + 1))) return true;
  return last + 2 < n && !v.capitalized(last + 1) && !LINKING_WORDS.has(v.lower(last + 1)) && MONEY_MATTERS.has(v.lower(last + 2));
}

/** Words between money and a noun that keep "over" a bound ("paid over $5m in fees"). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'for', 'of', 'to', 'a', 'an', 'the', 'and', 'or', 'from', 'at', 'by', 'with', 'as']);

function at(v: TokenView, i: number, end: number, ctx: AmountContext, previousEnd: number): Match | null {
  // "ticks up to 5%": the figure is the level reached, "up to" no ceiling.
  if (upToIsLevel(v, i, ctx.sentenceFirst)) {
    const m = i + 2 < end ? core(v, i + 2, end, ctx, previousEnd) : null;
    return m && withSuffix(v, m, end);
  }
  const q = matchQualifier(v, i, end);
  if (q) {
    const m = core(v, q.next, end, { ...ctx, between: q.between }, previousEnd);
    if (!m || !fits(v, q, i, m)) return null;
    return withSuffix(v, { ...m, first: i, approx: m.approx || q.approx, bound: q.bound ?? m.bound }, end);
  }
  const m = core(v, i, end, ctx, previousEnd);
  return m && withSuffix(v, m, end);
}

/** ".312", ".500": a number written without its leading zero (batting averages, win rates). */
function leadingDecimal(v: TokenView, i: number, sentenceFirst: number): Match | null {
  if (i <= sentenceFirst || v.raw(i - 1) !== '.' || !v.adjacent(i - 1, i)) return null;
  if (i - 2 >= sentenceFirst && v.adjacent(i - 2, i - 1)) return null;
  const raw = v.raw(i);
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c < 48 || c > 57) return null;
  }
  return { first: i - 1, last: i, kind: 'CARDINAL', value: Number(`0.${raw}`), unit: null, approx: false, bound: null };
}

/** Minus signs written as a hyphen, a dash or U+2212 (a "+" is kept in the span, the value unchanged). */
const SIGNS: ReadonlySet<string> = new Set(['-', '−', '–']);

/**
 * "-50", "−28 C", "near -32.5°C": a sign set against the number and apart from the word before
 * it is part of the figure ("2-3" and "10 -20" are not signs).
 */
function withSign(v: TokenView, m: Match, sentenceFirst: number): Match {
  const k = m.first - 1;
  const sign = k >= sentenceFirst ? v.raw(k) : '';
  if ((!SIGNS.has(sign) && sign !== '+') || !v.adjacent(k, m.first) || !v.digitStart(m.first)) return m;
  // A number before the sign makes "10 -20" a sloppy range, but a change in a market table
  // ("19,874.15 -12.60", "+31.07", "+3,428") is written with decimals or thousands.
  const written = v.raw(m.first);
  const tableChange = k > sentenceFirst && !v.adjacent(k - 1, k) && v.digitStart(k - 1) && (written.includes('.') || written.includes(','));
  const bracketed = k > sentenceFirst && (v.raw(k - 1) === '(' || v.raw(k - 1) === '[');
  if (k > sentenceFirst && (v.adjacent(k - 1, k) || v.digitStart(k - 1)) && !tableChange && !bracketed) return m;
  if (m.kind !== 'QUANTITY' && m.kind !== 'CARDINAL' && m.kind !== 'PERCENT' && !(tableChange && m.kind === 'MONEY')) return m;
  if (sign === '+') return { ...m, first: k };
  return { ...m, first: k, value: m.value === null ? null : -m.value };
}

function withSuffix(v: TokenView, m: Match, end: number): Match {
  if (m.kind === 'DATE' || m.kind === 'TIME' || m.kind === 'ORDINAL' || m.kind === 'FRACTION' || m.kind === 'SCORE') return m;
  const s = matchSuffix(v, m.last, end);
  if (!s) return m;
  return { ...m, last: s.last, approx: m.approx || s.approx, bound: s.bound ?? m.bound };
}

/**
 * The figures of a paragraph as the incremental analyser keeps them: offsets from the paragraph's
 * start, and the article's facts the scan asked for (DocFacts), with their answers then.
 */
export interface ParagraphFigures {
  figures: Figure[];
  asked: number;
  dollar: string;
  sterling: boolean;
  rupee: string;
  /** DocFacts.letterMoneyHomes() when asked. */
  letterHomes: number;
}

/** Kept between analyses by the incremental analyser (paragraphKey says what a paragraph's figures read). */
export interface FigureMemo {
  paragraphs: PieceMemo<ParagraphFigures>;
  /**
   * The same by the paragraph's first Sentence object, with the window's Token objects and what
   * they do not say (layoutKey). The segmenter gives a line it kept the same Token and Sentence
   * objects at every analysis (segment/index.ts, KeptLine.built): such a token keeps its text and
   * its place in its line, and a sentence's tokens are one line's. So the same tokens, with the
   * same places and gaps where sentences meet, read the same window as paragraphKey's.
   */
  byParagraph?: WeakMap<Sentence, { tokens: Token[]; key: Int32Array; kept: ParagraphFigures }>;
}

/** Tokens either side of a paragraph that its matchers may read (they look at most a few tokens past a sentence). */
const WINDOW = 8;

export function findFigures(seg: Segmentation, mentions: Mention[], memo?: FigureMemo): Figure[] {
  const v = new TokenView(seg);
  const out: Figure[] = [];
  if (!memo) {
    const scan = new Scanner(seg, v, mentions);
    for (const s of seg.sentences) scanSentence(seg, v, s, scan.guard, scan.lineups, scan.personEnds, out);
    return out;
  }
  // What a scan needs, made when a paragraph is first scanned (most keystrokes scan one or two).
  let scan: Scanner | null = null;
  const byStart = inStartOrder(mentions);
  let m0 = 0;
  for (let a = 0; a < seg.sentences.length;) {
    // The paragraph's sentences [a, b).
    const p = seg.sentences[a].paragraph;
    let b = a + 1;
    while (b < seg.sentences.length && seg.sentences[b].paragraph === p) b++;
    const first = seg.sentences[a].firstToken;
    const end = seg.sentences[b - 1].endToken;
    const lo = Math.max(0, first - WINDOW);
    const hi = Math.min(seg.tokens.length, end + WINDOW);
    const from = seg.tokens[lo].start;
    const to = seg.tokens[hi - 1].end;
    while (m0 < byStart.length && byStart[m0].end <= from) m0++;
    const origin = seg.tokens[first].start;
    const scanned = () => {
      scan ??= new Scanner(seg, v, mentions, byStart);
      return scanParagraph(seg, v, a, b, scan.guard, scan.lineups, scan.personEnds, origin);
    };
    const head = seg.sentences[a];
    const layout = layoutKey(seg, a, b, lo, hi, byStart, m0, to);
    const known = memo.byParagraph?.get(head);
    let kept: ParagraphFigures;
    let window: string | null = null;
    let extra: Key | null = null;
    if (known && sameTokens(known.tokens, seg.tokens, lo, hi) && layout.equals(known.key)) {
      memo.paragraphs.hits++;
      kept = known.kept;
    } else {
      const copy = layout.copy();
      extra = paragraphKey(seg, a, b, lo, hi, byStart, m0, to);
      window = seg.text.slice(from, to);
      kept = memo.paragraphs.get(window, scanned, extra);
      memo.byParagraph?.set(head, { tokens: seg.tokens.slice(lo, hi), key: copy, kept });
    }
    // The article's facts it read must still hold, or the paragraph is read again.
    if (((kept.asked & 1) !== 0 && v.facts.dollar() !== kept.dollar) || ((kept.asked & 2) !== 0 && v.facts.hasSterling() !== kept.sterling)
      || ((kept.asked & 4) !== 0 && v.facts.rupee() !== kept.rupee) || ((kept.asked & 8) !== 0 && v.facts.letterMoneyHomes() !== kept.letterHomes)) {
      kept = scanned();
      memo.paragraphs.set(window ?? seg.text.slice(from, to), kept, extra ?? paragraphKey(seg, a, b, lo, hi, byStart, m0, to));
      const entry = memo.byParagraph?.get(head);
      if (entry) entry.kept = kept;
    }
    for (const f of kept.figures) {
      const start = f.start + origin, end = f.end + origin;
      out.push({ start, end, text: seg.text.slice(start, end), kind: f.kind, value: f.value, unit: f.unit, approx: f.approx, bound: f.bound });
    }
    a = b;
  }
  return out;
}

/** What scanning a sentence reads besides the tokens: the names, line-ups, where people's names end. */
class Scanner {
  readonly guard: MentionGuard;
  readonly lineups: LineupGuard;
  readonly personEnds = new Set<number>();

  /** `byStart`: the mentions in order of start (inStartOrder), if at hand. */
  constructor(seg: Segmentation, v: TokenView, mentions: Mention[], byStart?: Mention[]) {
    this.guard = byStart ? new MentionGuard(byStart, true) : new MentionGuard(mentions);
    this.lineups = new LineupGuard(v);
    for (const m of mentions) if (m.type === 'PERSON') this.personEnds.add(m.end);
  }
}

/** The mentions in order of their start (the same array when they already are, as the entity stage gives them). */
function inStartOrder(mentions: Mention[]): Mention[] {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return [...mentions].sort((x, y) => x.start - y.start);
  return mentions;
}

/** A paragraph's figures with offsets from `origin`, and the facts it asked for. */
function scanParagraph(
  seg: Segmentation, v: TokenView, a: number, b: number, guard: MentionGuard, lineups: LineupGuard, personEnds: ReadonlySet<number>, origin: number,
): ParagraphFigures {
  const figures: Figure[] = [];
  v.facts.asked = 0;
  for (let s = a; s < b; s++) scanSentence(seg, v, seg.sentences[s], guard, lineups, personEnds, figures);
  const asked = v.facts.asked;
  // Kept without their text (a slice of the whole article would keep it alive); added back on use.
  for (const f of figures) {
    f.start -= origin;
    f.end -= origin;
    f.text = '';
  }
  return {
    figures, asked, dollar: asked & 1 ? v.facts.dollar() : '', sterling: asked & 2 ? v.facts.hasSterling() : false, rupee: asked & 4 ? v.facts.rupee() : '',
    letterHomes: asked & 8 ? v.facts.letterMoneyHomes() : 0,
  };
}

/**
 * Besides the text from WINDOW tokens before the paragraph to WINDOW after it (the memo's key),
 * everything the figures of its sentences [a, b) read: its role, those tokens' offsets and
 * sentences, and the mentions that overlap them (offsets and types; a person's name end is one).
 */
function paragraphKey(seg: Segmentation, a: number, b: number, lo: number, hi: number, byStart: Mention[], m0: number, to: number): Key {
  const key = paragraphKeys.reset();
  const toks = seg.tokens;
  const from = toks[lo].start;
  const s0 = toks[lo].sentence;
  putPlace(key, seg, a, b, lo, hi);
  for (let i = lo; i < hi; i++) {
    key.put(toks[i].start - from);
    key.put(toks[i].end - from);
    key.put(toks[i].sentence - s0);
  }
  putMentions(key, byStart, m0, from, to);
  return key;
}
const paragraphKeys = new Key();

/** The paragraph's role and where its tokens lie in the window [lo, hi). */
function putPlace(key: Key, seg: Segmentation, a: number, b: number, lo: number, hi: number): void {
  key.putText(seg.paragraphs[seg.sentences[a].paragraph]?.role ?? 'body');
  key.put(seg.sentences[a].firstToken - lo);
  key.put(seg.sentences[b - 1].endToken - lo);
  key.put(hi - lo);
}

/** The mentions that overlap [from, to): offsets from `from` and types. */
function putMentions(key: Key, byStart: Mention[], m0: number, from: number, to: number): void {
  for (let j = m0; j < byStart.length && byStart[j].start < to; j++) {
    const m = byStart[j];
    if (m.end <= from) continue;
    key.put(m.start - from);
    key.put(m.end - from);
    key.put(m.type.charCodeAt(0));
  }
}

/**
 * What the window's Token objects do not say when they are the same as last time (byParagraph):
 * the role, where the paragraph's tokens lie in the window, its mentions (as paragraphKey), and
 * per sentence that meets the window its first token there, that token's offset and sentence
 * number, and the text between it and the token before (a line break and what else lies there).
 */
function layoutKey(seg: Segmentation, a: number, b: number, lo: number, hi: number, byStart: Mention[], m0: number, to: number): Key {
  const key = layoutKeys.reset();
  const toks = seg.tokens;
  const from = toks[lo].start;
  const s0 = toks[lo].sentence;
  putPlace(key, seg, a, b, lo, hi);
  for (let k = s0; k <= toks[hi - 1].sentence; k++) {
    const i = Math.max(lo, seg.sentences[k].firstToken);
    key.put(i - lo);
    key.put(toks[i].start - from);
    key.put(k - s0);
    key.putText(i > lo ? seg.text.slice(toks[i - 1].end, toks[i].start) : '');
  }
  putMentions(key, byStart, m0, from, to);
  return key;
}
const layoutKeys = new Key();

/** Whether tokens[lo, hi) are the very objects `kept` holds. */
function sameTokens(kept: Token[], tokens: Token[], lo: number, hi: number): boolean {
  if (kept.length !== hi - lo) return false;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== tokens[lo + i]) return false;
  return true;
}

/** The figures of one sentence, in order, into `out`. */
function scanSentence(
  seg: Segmentation, v: TokenView, s: Sentence, guard: MentionGuard, lineups: LineupGuard, personEnds: ReadonlySet<number>, out: Figure[],
): void {
  const role = seg.paragraphs[s.paragraph]?.role ?? 'body';
  if (SKIPPED_ROLES.has(role)) return;
  const ctx: AmountContext = { sentenceFirst: s.firstToken, headline: role === 'headline', between: false, personEnds };
  let previousEnd = -1;
  let previousFirst = -1;
  let i = s.firstToken;
  while (i < s.endToken) {
    let m: Match | null = null;
    if (v.digitStart(i)) {
      if (lineups.isShirtNumber(i, s.firstToken, s.endToken)) { i++; continue; }
      const named = identifierEnd(v, i, s.firstToken, s.endToken);
      if (named >= 0) { i = named + 1; continue; }
      m = leadingDecimal(v, i, s.firstToken);
      const score = m ? null : matchScore(v, i, s.endToken, s.firstToken);
      if (score && 'skipTo' in score) { i = score.skipTo + 1; continue; }
      if (score) m = score.figure;
    }
    if (!m && canStart(v, i)) m = at(v, i, s.endToken, ctx, previousEnd);
    if (!m) { i++; continue; }
    if (m.first === i && i - 1 > previousEnd) m = withSign(v, m, s.firstToken);
    const start = v.tokens[m.first].start;
    const end = v.tokens[m.last].end;
    if (guard.insideName(start, end)) { i = m.last + 1; continue; }
    if (previousEnd >= 0) m = withElidedUnit(v, m, previousFirst, previousEnd, out[out.length - 1]);
    if (previousEnd >= 0 && joinsDuration(v, m, previousEnd, out[out.length - 1])) {
      const previous = out[out.length - 1];
      const factor = DURATION_FACTORS.get(previous.unit!)! / DURATION_FACTORS.get(m.unit!)!;
      previous.value = scaled(previous.value!, factor) + m.value!;
      previous.unit = m.unit;
      previous.end = end;
      previous.text = seg.text.slice(previous.start, end);
      previousEnd = m.last;
      i = m.last + 1;
      continue;
    }
    out.push({
      start, end, text: seg.text.slice(start, end), kind: m.kind, value: m.value, unit: m.unit,
      approx: m.approx, bound: m.bound,
    });
    previousEnd = m.last;
    previousFirst = m.first;
    i = m.last + 1;
  }
}

/** Units of a duration that add up, in their smallest unit: seconds up to weeks, and months and years. */
const DURATION_FACTORS: ReadonlyMap<string, number> = new Map([
  ['second', 1], ['minute', 60], ['hour', 3600], ['day', 86400], ['week', 604800], ['month', 1e7], ['year', 12e7],
]);

/**
 * "2 hours 19 minutes 8 seconds", "three years and two months": a duration in a smaller unit
 * right after one in a larger unit (apart, or after a comma or "and") is one duration.
 */
function joinsDuration(v: TokenView, m: Match, previousEnd: number, previous: Figure): boolean {
  if (m.kind !== 'DURATION' || previous.kind !== 'DURATION' || m.value === null || previous.value === null || m.approx || m.bound !== null) return false;
  const small = DURATION_FACTORS.get(m.unit ?? '');
  const large = DURATION_FACTORS.get(previous.unit ?? '');
  // Months and years (factors from 1e7) add up among themselves only.
  if (small === undefined || large === undefined || large <= small || (large >= 1e7) !== (small >= 1e7)) return false;
  const gap = m.first - previousEnd - 1;
  if (gap === 0) return true;
  const between = v.lower(previousEnd + 1);
  return gap === 1 && (between === 'and' || between === ',');
}

/** Kinds whose unit a bare number after "from … to" takes over. */
const ELIDED_UNIT_KINDS: ReadonlySet<string> = new Set(['DURATION', 'QUANTITY', 'PERCENT']);

/**
 * "from 45 minutes to 18": the bare number after "to" counts in the unit of the figure before it
 * (the figure found just before, spanning tokens previousFirst…previousEnd).
 */
function withElidedUnit(v: TokenView, m: Match, previousFirst: number, previousEnd: number, previous: Figure): Match {
  if (m.kind !== 'CARDINAL' || m.unit !== null || m.first !== previousEnd + 2 || v.lower(previousEnd + 1) !== 'to') return m;
  if (previousFirst < 1 || v.lower(previousFirst - 1) !== 'from' || !ELIDED_UNIT_KINDS.has(previous.kind) || previous.unit === null) return m;
  return { ...m, kind: previous.kind, unit: previous.unit };
}
