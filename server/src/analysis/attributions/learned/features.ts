// Features of a word of speech that may head an attribution cue, for the learned models
// (model.ts): the word and its stem, the lexicon's senses, what follows (a "that" clause, a
// colon, a quotation, a comma) and what comes before (a subject, a determiner, "to", a form of
// "be"), the source phrase the rules would give it, capitals, nearby quote marks. Features are
// 32-bit hashes of a template and small values (hash.ts); only candidate words get any.
import type { Clause, QuoteIndex } from '../context';
import { CUE_VERBS } from '../lexicon';
import type { Doc } from '../phrases';
import { sourceLeftOf } from '../subject';
import { BE_FORMS, DETERMINERS, SUBJECT_PRONOUNS, isCapitalised, isLyAdverb, isPossessive, isWord } from '../words';
import { feat, hashString, wordHash } from './hash';

/**
 * A crude stem shared by a verb's forms ("argue", "argued", "argues", "arguing" → "argu"),
 * so a form the training data lacks still gets its verb's weights.
 */
export function stem(w: string): string {
  let s = w;
  if (s.length > 4 && (s.endsWith('ies') || s.endsWith('ied'))) s = s.slice(0, -3) + 'i';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && (s.endsWith('ches') || s.endsWith('shes') || s.endsWith('sses') || s.endsWith('xes'))) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  const n = s.length;
  // "stopped" → "stopp" → "stop"
  if (n > 3 && s[n - 1] === s[n - 2] && !'aeiouls'.includes(s[n - 1])) s = s.slice(0, -1);
  return s;
}

const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', 'shall']);
const HAVE = new Set(['has', 'have', 'had', 'having']);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never', 'no']);
const PREPOSITIONS = new Set(['of', 'about', 'for', 'on', 'with', 'at', 'in', 'by', 'from', 'into', 'over', 'against', 'out', 'up', 'back', 'as', 'through']);
const RELATIVES = new Set(['who', 'which', 'that', 'whom']);

/** Token classes (shape codes). */
export const S = {
  START: 1, END: 2, QOPEN: 3, QCLOSE: 4, POSS: 5, COMMA: 6, COLON: 7, SEMI: 8, LPAR: 9, RPAR: 10, DASH: 11, STOP: 12,
  PUNCT: 13, NUM: 14, THAT: 15, WHETHER: 16, IF: 17, HOW: 18, WHY: 19, WHAT: 20, WHEN: 21, WHERE: 22, WHO: 23, TO: 24,
  PRON: 25, DET: 26, BE: 27, HAVE: 28, MODAL: 29, NEG: 30, PREP: 31, CAP: 32, CAP0: 33, LY: 34, CUE: 35, ING: 36, ED: 37, WORD: 38,
} as const;

/** The class of each closed-class word, in one look-up. */
const WORD_CLASSES = (() => {
  const m = new Map<string, number>();
  // Earlier classes win: "who" is a clause word before it is a pronoun.
  const put = (words: Iterable<string>, cls: number) => { for (const w of words) if (!m.has(w)) m.set(w, cls); };
  for (const [w, cls] of [['that', S.THAT], ['whether', S.WHETHER], ['if', S.IF], ['how', S.HOW], ['why', S.WHY], ['what', S.WHAT],
    ['when', S.WHEN], ['where', S.WHERE], ['who', S.WHO], ['to', S.TO]] as Array<[string, number]>) m.set(w, cls);
  put(SUBJECT_PRONOUNS, S.PRON);
  put(DETERMINERS, S.DET);
  put(BE_FORMS, S.BE);
  put(HAVE, S.HAVE);
  put(MODALS, S.MODAL);
  put(NEGATIONS, S.NEG);
  put(PREPOSITIONS, S.PREP);
  return m;
})();

function computeShape(doc: Doc, i: number, quotes: QuoteIndex): number {
  const tok = doc.toks[i].text;
  const w = doc.lower[i];
  if (quotes.byOpen.has(doc.toks[i].start)) return S.QOPEN;
  if (quotes.byClose.has(doc.toks[i].end)) return S.QCLOSE;
  if (!isWord(tok)) {
    if (isPossessive(tok)) return S.POSS;
    if (tok === ',') return S.COMMA;
    if (tok === ':') return S.COLON;
    if (tok === ';') return S.SEMI;
    if (tok === '(') return S.LPAR;
    if (tok === ')') return S.RPAR;
    if (tok === '—' || tok === '–' || tok === '--' || tok === '-') return S.DASH;
    if (tok === '.' || tok === '!' || tok === '?') return S.STOP;
    return S.PUNCT;
  }
  const c0 = tok.charCodeAt(0);
  if (c0 >= 48 && c0 <= 57) return S.NUM;
  const cls = WORD_CLASSES.get(w);
  if (cls !== undefined) return cls;
  if (isCapitalised(tok)) return S.CAP;
  if (isLyAdverb(tok)) return S.LY;
  if (CUE_VERBS.has(w)) return S.CUE;
  if (w.endsWith('ing')) return S.ING;
  if (w.endsWith('ed')) return S.ED;
  return S.WORD;
}

/** The class of the token at `i` (or of the sentence edge), computed once per document. */
export function shape(doc: Doc, i: number, c: Clause, quotes: QuoteIndex): number {
  if (i < c.lo) return S.START;
  if (i >= c.hi) return S.END;
  let sh = doc.shapes;
  if (!sh) sh = doc.shapes = new Uint8Array(doc.toks.length);
  if (sh[i] === 0) sh[i] = computeShape(doc, i, quotes);
  return sh[i] === S.CAP && i === c.lo ? S.CAP0 : sh[i];
}

/** Function-word classes, whose words are told apart in some features. */
export function isFunctionShape(s: number): boolean {
  return s === S.DET || s === S.PREP || s === S.PRON || s === S.TO || s === S.THAT || s === S.BE || s === S.HAVE || s === S.MODAL || s === S.NEG;
}

/** The lexicon's senses of a word form as a bit set (512: not in the lexicon). */
function senses(w: string): number {
  const e = CUE_VERBS.get(w);
  if (!e) return 512;
  return (e.tell ? 1 : 0) | (e.needsClause ? 2 : 0) | (e.belief ? 4 : 0) | (e.doc ? 8 : 0) | (e.as ? 16 : 0) | (e.quoteOnly ? 32 : 0) |
    (e.act ? 64 : e.clauseObject ? 128 : 0) | (e.toClause ? 256 : 0);
}

function suffixOf(w: string): number {
  return w.endsWith('ing') ? 1 : w.endsWith('ed') ? 2 : w.endsWith('s') ? 3 : 4;
}

/** The word at `i`, or the sentence edge. */
function word(doc: Doc, i: number, c: Clause): number {
  return i < c.lo ? 1 : i >= c.hi ? 2 : wordHash(doc, i);
}

// Templates.
const T = {
  BIAS: 1, W: 2, ST: 3, SUF: 4, SENSE: 5, TRIED: 6, CAP: 7, N1: 8, N1N2: 9, P1: 10, P1P2: 11, NW1: 12, PW1: 13, ST_N1: 14,
  ST_NW1: 15, ST_P1: 16, SUF_P1: 17, SUF_N1: 18, SENSE_N1: 19, SENSE_P1: 20, P1_N1: 21, POS: 22, SUBJ: 23, ST_SUBJ: 24,
  QL: 25, QR: 26, ST_Q: 27, CLAUSE: 28, ST_CLAUSE: 29, SRC: 30, ST_SRC: 31, SRC_N1: 32, CAPS: 33,
} as const;

/**
 * The features of token `t` appended to `out`. `tried`: the rules looked at this word as a cue
 * and found no attribution.
 */
export function cueFeatures(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, tried: boolean, out: number[], withSource = true): void {
  const w = doc.lower[t];
  const st = hashString(stem(w));
  const sh = (i: number) => shape(doc, i, c, quotes);
  const suffix = suffixOf(w);
  const sense = senses(w);
  const n1 = sh(t + 1), n2 = sh(t + 2), p1 = sh(t - 1), p2 = sh(t - 2);
  out.push(
    feat(T.BIAS), feat(T.W, wordHash(doc, t)), feat(T.ST, st), feat(T.SUF, suffix), feat(T.SENSE, sense), feat(T.TRIED, tried ? 1 : 0),
    feat(T.CAP, isCapitalised(doc.toks[t].text) ? 1 : 0, t === c.lo ? 1 : 0),
    feat(T.N1, n1), feat(T.N1N2, n1, n2), feat(T.P1, p1), feat(T.P1P2, p2, p1),
    feat(T.NW1, word(doc, t + 1, c)), feat(T.PW1, word(doc, t - 1, c)),
    feat(T.ST_N1, st, n1), feat(T.ST_NW1, st, word(doc, t + 1, c)), feat(T.ST_P1, st, p1),
    feat(T.SUF_P1, suffix, p1), feat(T.SUF_N1, suffix, n1), feat(T.SENSE_N1, sense, n1), feat(T.SENSE_P1, sense, p1), feat(T.P1_N1, p1, n1),
  );
  // Where the token sits: how far from the sentence's start and end.
  const fromStart = t - c.lo;
  const toEnd = c.hi - 1 - t;
  out.push(feat(T.POS, fromStart === 0 ? 0 : fromStart < 3 ? 1 : fromStart < 8 ? 2 : 3, toEnd < 2 ? 0 : toEnd < 6 ? 1 : 2));
  // A subject to the left: a pronoun or a name within a few tokens, a relative word, punctuation.
  let subj = 0;
  for (let i = t - 1; i >= c.lo && i >= t - 4; i--) {
    const s = sh(i);
    if (s === S.PRON || s === S.CAP || s === S.CAP0) { subj = s * 8 + (t - i); break; }
    if (RELATIVES.has(doc.lower[i])) { subj = 1; break; }
    if (s === S.COMMA || s === S.STOP || s === S.QCLOSE || s === S.COLON) { subj = 2 + s * 8; break; }
  }
  out.push(feat(T.SUBJ, subj), feat(T.ST_SUBJ, st, subj));
  // Quote marks nearby: “…,” he said / said: “…” / a quotation later in the sentence.
  let qLeft = 0;
  for (let i = t - 1; i >= c.lo && i >= t - 4; i--) if (sh(i) === S.QCLOSE) { qLeft = t - i; break; }
  let qRight = 0;
  for (let i = t + 1; i < c.hi && i <= t + 6; i++) if (sh(i) === S.QOPEN) { qRight = Math.min(i - t, 4); break; }
  out.push(feat(T.QL, qLeft), feat(T.QR, qRight), feat(T.ST_Q, st, qLeft > 0 ? 1 : 0, qRight > 0 ? 1 : 0));
  // A clause after the word within a few tokens ("said on Tuesday that", "told reporters that").
  let clause = 0;
  let clauseAt = 0;
  for (let i = t + 1; i < c.hi && i <= t + 5; i++) {
    const s = sh(i);
    if (s === S.THAT || s === S.COLON || s === S.QOPEN || s === S.WHETHER || s === S.IF || s === S.HOW) { clause = s; clauseAt = i - t; break; }
    if (s === S.STOP || s === S.SEMI) break;
  }
  out.push(feat(T.CLAUSE, clause, clauseAt), feat(T.ST_CLAUSE, st, clause));
  // The source phrase the rules would give it, by its shape.
  const src = withSource ? sourceLeftOf(doc, t, c.lo) : null;
  let source = 0;
  if (src) {
    const head = doc.lower[src.last];
    source = SUBJECT_PRONOUNS.has(head) ? (head === 'who' ? 1 : 2) : isCapitalised(doc.toks[src.last].text) ? 3 : DETERMINERS.has(doc.lower[src.first]) ? 4 : 5;
    source += src.last === t - 1 ? 0 : 8;
  }
  if (withSource) out.push(feat(T.SRC, source), feat(T.ST_SRC, st, source), feat(T.SRC_N1, source, n1));
  // Capitalised words opening the sentence (a headline or a name-heavy subject).
  let caps = 0;
  for (let i = c.lo; i < t && i < c.lo + 8; i++) if (isCapitalised(doc.toks[i].text)) caps++;
  out.push(feat(T.CAPS, Math.min(caps, 4)));
}

const K = { SIDE: 101, LEN: 102, Q: 103, SRC: 104, ST_SIDE: 105, ST_LEN: 106, ST_SRC: 107 } as const;
/** Salt for the keep model's features, so they never share weights with the cue model's. */
const KEEP = 0x5bd1e995;

/**
 * Features of an attribution the rules found, for the keep model: the cue word's features
 * (salted) and the frame's shape: where the content is, how long, whether it quotes, whether
 * a source was found.
 */
export function keepFeatures(
  doc: Doc, t: number, c: Clause, quotes: QuoteIndex, content: { start: number; end: number }, hasSource: boolean, out: number[],
): void {
  const from = out.length;
  const w = doc.lower[t];
  const st0 = hashString(stem(w));
  const n1 = shape(doc, t + 1, c, quotes);
  const p1 = shape(doc, t - 1, c, quotes);
  const p2 = shape(doc, t - 2, c, quotes);
  const n2 = shape(doc, t + 2, c, quotes);
  out.push(
    feat(T.BIAS), feat(T.W, wordHash(doc, t)), feat(T.ST, st0), feat(T.N1, n1), feat(T.P1, p1), feat(T.N1N2, n1, n2), feat(T.P1P2, p2, p1),
    feat(T.ST_N1, st0, n1), feat(T.ST_P1, st0, p1), feat(T.P1_N1, p1, n1), feat(T.NW1, word(doc, t + 1, c)), feat(T.PW1, word(doc, t - 1, c)),
  );
  const side = content.end <= doc.toks[t].start ? 1 : content.start >= doc.toks[t].end ? 2 : 3;
  const len = content.end - content.start;
  const lenB = len < 15 ? 1 : len < 40 ? 2 : len < 120 ? 3 : 4;
  let quoted = 0;
  for (let i = content.start; i < content.end && !quoted; i++) {
    const ch = doc.text.charCodeAt(i);
    if (ch === 0x201c || ch === 0x22 || ch === 0x201d) quoted = 1;
  }
  const st = hashString(stem(doc.lower[t]));
  const src = hasSource ? 1 : 0;
  out.push(feat(K.SIDE, side), feat(K.LEN, side, lenB), feat(K.Q, quoted), feat(K.SRC, src), feat(K.ST_SIDE, st, side), feat(K.ST_LEN, st, lenB), feat(K.ST_SRC, st, src));
  for (let i = from; i < out.length; i++) out[i] = Math.imul(out[i] ^ KEEP, 0x85ebca6b) >>> 0;
}
