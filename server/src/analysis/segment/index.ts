// Segmentation: paragraphs (with their roles), furniture, sentences and tokens.
// Furniture is read per line first (captions, promos, notes, bylines, banners), then the dateline
// among the first story lines, then the headline: the first paragraph that is not furniture.
import type {
  Boilerplate, BoilerplateKind, CreditLine, Dateline, Paragraph, ParagraphRole, Segmentation, Sentence, Span, Token,
} from '../types';
import {
  findTailBoilerplate, isDateUnderStampLabel, isRankedLine, isStoryLinkLine, isTagLine, isTickerLine, lineKind, opensRankedList, opensReleaseSection, opensStoryList, opensTagList,
  opensTickerList,
  stampedWriters,
} from './boilerplate';
import { creditNames, isFilesNote, isNameLine, isRoleLine, readByline, roleLineEndsInRoleNoun, staffNoteNameEnd } from './bylines';
import { opensCaption } from './captions';
import { type DatelineLine, findDateline, opensWithDateline } from './dateline';
import { isCreditLine, readCreditLine } from './furniture';
import { splitSentences } from './sentences';
import { isWordToken, type RawToken, tokenize } from './tokenize';
import type { PieceMemo } from '../memo';

const BULLET = /^[•·▪◦‣*–-]\s/;

/** How many story lines from the top are searched for a dateline (scrapes open with menus). */
const DATELINE_LINES = 20;

interface Line {
  start: number;
  end: number;
  /**
   * text.slice(start, end), cut once: the furniture memo and the story-line memo look the line up
   * by it, and the second look-up finds its hash already computed.
   */
  text: string;
  /** Its furniture kind (lineKinds), null for a story line. */
  kind: BoilerplateKind | null;
}

/** Non-blank lines, with leading and trailing white space trimmed off. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let s = pos;
    let e = nl;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), kind: null });
    pos = nl + 1;
  }
  return out;
}

/**
 * Following the edit: the lines of `text` that lie wholly before the first character that differs
 * from the last text segmented, or wholly after the last one, read the same as a line of it at
 * the same place (or moved by the edit's length): each takes that line's string, the memos' own,
 * so its look-ups compare no characters. The rest keep their slices and are looked up by them.
 */
function sameLines(last: { text: string; lines: Line[] }, text: string, ls: Line[]): void {
  const prev = last.text;
  const before = commonPrefix(prev, text);
  const after = commonSuffix(prev, text, Math.min(prev.length, text.length) - before);
  const shift = text.length - prev.length;
  const old = last.lines;
  let j = 0;
  for (const l of ls) {
    if (l.end <= before) {
      while (j < old.length && old[j].start < l.start) j++;
      if (j < old.length && old[j].start === l.start && old[j].end === l.end) l.text = old[j].text;
    } else if (l.start >= text.length - after) {
      const s = l.start - shift;
      while (j < old.length && old[j].start < s) j++;
      if (j < old.length && old[j].start === s && old[j].end === l.end - shift) l.text = old[j].text;
    }
  }
}

/** Characters compared a block at a time (one native comparison each) before one by one. */
const BLOCK = 256;

/** The length of the longest common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= n && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the longest common suffix of a and b, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  while (k + BLOCK <= max && a.slice(a.length - k - BLOCK, a.length - k) === b.slice(b.length - k - BLOCK, b.length - k)) k += BLOCK;
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

/** Two line breaks or more between the lines. */
function blankBetween(text: string, a: Line, b: Line): boolean {
  const nl = text.indexOf('\n', a.end);
  if (nl < 0 || nl >= b.start) return false;
  const next = text.indexOf('\n', nl + 1);
  return next >= 0 && next < b.start;
}

/** Groups lines into paragraphs: a blank line separates them, and so does a bullet line. */
function paragraphs(text: string, ls: Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    const prev = ls[i - 1];
    // Read from the text, not the line: a line of a lone "*" (a section break) counts, its line end as the space.
    if (cur.length > 0 && (blankBetween(text, prev, l) || BULLET.test(text.slice(l.start, l.start + 2)) || BULLET.test(text.slice(prev.start, prev.start + 2)))) {
      out.push(cur);
      cur = [];
    }
    cur.push(l);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function looksLikeHeadline(l: Line): boolean {
  const s = l.text;
  const words = s.split(/\s+/).length;
  return words <= 25 && !/[.!]["”’]?$/.test(s);
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * Lists a page puts under a label: the topics under "Related Topics" or "Explore more on these
 * topics" ("Weather", "Glasgow"), the numbered stories under "Trending" or "Most read", other
 * stories' headlines under "Read More".
 */
const LABELLED_LISTS: ReadonlyArray<{ opens: (line: string) => boolean; item: (line: string) => boolean }> = [
  { opens: opensTagList, item: isTagLine },
  // Numbered or not ("Most viewed" over plain headlines).
  { opens: opensRankedList, item: (line) => isRankedLine(line) || isStoryLinkLine(line) },
  { opens: opensTickerList, item: isTickerLine },
  { opens: opensStoryList, item: isStoryLinkLine },
];

/** Furniture kind of every line (Line.kind), with the context rules that look at neighbouring lines. */
function lineKinds(ls: Line[], memo?: SegmentMemo): void {
  for (const l of ls) {
    if (!memo) {
      l.kind = lineKind(l.text);
      continue;
    }
    const kept = memo.kinds.get(l.text, (own) => ({ kind: lineKind(own), text: own }));
    l.kind = kept.kind;
    // From here on the line is read as the memo's own string: the story-line memo keeps that very
    // string, and the next analysis looks the line up by it (sameLines) without reading it again.
    l.text = kept.text;
  }
  // The list under a label, one item a line, read with its label until a line that is no item.
  let list: { kind: BoilerplateKind; item: (line: string) => boolean } | null = null;
  // Below a comments label in the page's second half ("Responses (12)", "Comments (142)"), the
  // readers' comments (a comment's age or "Reply" button in sight), up to the next byline or footer.
  let inComments = false;
  for (let i = 1; i < ls.length; i++) {
    // A press release's "About X" or "Forward-Looking Statements": the paragraph under the label
    // is the company's standing text, not news (up to three lines, until the next furniture; in
    // the article's second half, where releases put them: a feature's subhead "About Almaty" is not).
    if (ls[i - 1].kind === 'footer' && 2 * i > ls.length && opensReleaseSection(ls[i - 1].text)) {
      for (let k = i; k < ls.length && k < i + 3 && ls[k].kind === null; k++) ls[k].kind = 'footer';
    }
    const labelKind = ls[i - 1].kind;
    const labelled = labelKind !== null ? LABELLED_LISTS.find((l) => l.opens(ls[i - 1].text)) : undefined;
    if (labelKind !== null && labelled) list = { kind: labelKind, item: labelled.item };
    if (list !== null && ls[i].kind === null && list.item(ls[i].text)) {
      ls[i].kind = list.kind;
      continue;
    }
    list = null;
    if (ls[i - 1].kind === 'comments' && 2 * i > ls.length && commentsFollow(ls, i)) inComments = true;
    if (inComments) {
      const k = ls[i].kind;
      if (k === 'byline' || k === 'footer' || k === 'signup') inComments = false;
      else {
        if (k === null) ls[i].kind = 'comments';
        continue;
      }
    }
    // "Martin Reid" / "Scotland correspondent": a name alone above a role line, near the top.
    if (i < 12 && ls[i - 1].kind === null && ls[i].kind === null && isNameLine(ls[i - 1].text) && isRoleLine(ls[i].text) && roleLineEndsInRoleNoun(ls[i].text)) {
      ls[i - 1].kind = 'byline';
      ls[i].kind = 'byline';
      continue;
    }
    // The company under a release wire's "News provided by".
    if (ls[i].kind === null && ls[i - 1].kind === 'footer' && ls[i - 1].text === 'News provided by' && wordCount(ls[i].text) <= 8) {
      ls[i].kind = 'footer';
      continue;
    }
    // "Nadia Fenwick" / "Follow": a blog's writer above the follow button; "Lena Fischer" / "Sat,
    // December 7, 2026 at 5:30 AM EST": a syndicated page's writer above the publication time.
    const followOrTime = (ls[i].kind === 'share' && (ls[i].text === 'Follow' || ls[i].text === 'Following')) || ls[i].kind === 'timestamp';
    if (i < 12 && ls[i - 1].kind === null && followOrTime && isNameLine(ls[i - 1].text)) {
      ls[i - 1].kind = 'byline';
      continue;
    }
    // "Published" / "4 September": the date under a publication time's label.
    if (ls[i].kind === null && ls[i - 1].kind === 'timestamp' && isDateUnderStampLabel(ls[i - 1].text, ls[i].text)) {
      ls[i].kind = 'timestamp';
      continue;
    }
    // A newsletter post's like and comment counts ("48" / "12"), alone between its furniture lines.
    if (ls[i].kind === null && ls[i - 1].kind !== null && COUNT_LINE.test(ls[i].text)) {
      let k = i + 1;
      while (k < ls.length && ls[k].kind === null && COUNT_LINE.test(ls[k].text)) k++;
      if (k < ls.length && ls[k].kind !== null) for (let c = i; c < k; c++) ls[c].kind = 'share';
      continue;
    }
    // A newsletter box's blurb, between its "Sign up to …" and its "Privacy Notice: …".
    if (ls[i].kind === null && ls[i - 1].kind === 'signup' && i + 1 < ls.length && ls[i + 1].kind === 'signup' && wordCount(ls[i].text) <= 60) {
      ls[i].kind = 'signup';
      continue;
    }
    const prev = ls[i - 1].kind;
    if (ls[i].kind !== null || (prev !== 'byline' && prev !== 'caption')) continue;
    const line = ls[i].text;
    // "By Pat Graham" / "AP Sports Writer": the role line under a byline.
    if (prev === 'byline' && isRoleLine(line)) ls[i].kind = 'byline';
    // The caption under "Open this photo in gallery:", unless the story starts there. A caption
    // above a credit standing alone is not taken: listicles put their quotes there.
    if (ls[i].kind === null && opensCaption(ls[i - 1].text) && wordCount(line) <= 60 && !opensWithDateline(line)) {
      ls[i].kind = 'caption';
    }
  }
}

/** A count alone on its line: "48", "1.2K". */
const COUNT_LINE = /^\d{1,3}(?:[.,]\d)?[KkMm]?$/;

/** A readers' comment within the next lines: its age ("2h ago") or its "Reply" button. */
function commentsFollow(ls: Line[], from: number): boolean {
  for (let k = from; k < ls.length && k < from + 5; k++) {
    const l = ls[k];
    if ((l.kind === 'timestamp' && l.text.endsWith(' ago')) || (l.kind === 'share' && l.text === 'Reply')) return true;
  }
  return false;
}

/** The writers before a publication time between bars, as credited names, or null. */
function stampedNames(line: string, offset: number): Span[] | null {
  const writers = stampedWriters(line);
  return writers ? writers.map(([a, b]) => ({ start: offset + a, end: offset + b, text: line.slice(a, b) })) : null;
}

/** Names credited by a byline line ("By Jane Doe and John Roe, AP Sports Writers"). */
function bylineCredit(text: string, l: Line): CreditLine | null {
  const line = l.text;
  const by = readByline(line);
  const staff = by ? -1 : staffNoteNameEnd(line);
  const names = by
    ? by.names.map(([a, b]) => ({ start: l.start + a, end: l.start + b, text: line.slice(a, b) }))
    // "Jordan Pike covers transportation for the Valley Herald.": the writer only, not the paper.
    : staff > 0 ? [{ start: l.start, end: l.start + staff, text: line.slice(0, staff) }]
    : isFilesNote(line) ? creditNames(text, l.start, l.end)
    // "Sipho Ngcobo | 8 December 2026", "By ZHANG Wei | … | Updated: …": the writers before the publication time.
    : stampedNames(line, l.start)
    // A name alone, read as a byline above its role line ("Martin Reid" / "Scotland correspondent").
    ?? (isNameLine(line) ? [{ start: l.start, end: l.end, text: line }] : []);
  return names.length > 0 ? { start: l.start, end: l.end, text: line, names } : null;
}

/**
 * What one story line alone decides: its inline boilerplate, its tokens and where its sentences
 * split (offsets from `from`'s start as given: absolute, or from the line's start when read from
 * the line's own text).
 */
export interface StoryLine {
  inline: Boilerplate[];
  /** Tokens from the story's start (after a bullet) to its end, inline boilerplate cut off. */
  raw: RawToken[];
  splits: Array<[number, number]>;
}

/** A story line as the memo keeps it: its tokens' offsets from the line's start in one array (start, end, …). */
interface KeptLine {
  inline: Boilerplate[];
  offsets: Int32Array;
  /**
   * The tokens' texts, the same strings at every analysis: no new string per token per
   * keystroke, and every later look-up by a token's text finds its hash already computed.
   */
  texts: string[];
  splits: Array<[number, number]>;
  /** Words among each split's tokens (isWordToken). */
  splitWords: Int32Array;
  /** The text of each split's sentence ('' for an empty split). */
  sentenceTexts: string[];
  /**
   * The Token objects last made for this line (by its raw token index) and its Sentence objects
   * (by split), with where the line then started, the index of its first token, its first
   * sentence and its paragraph: a line before an edit has all four unchanged and takes them as they are
   * (nothing downstream changes a token or a sentence); a line after it has them moved in place,
   * not made anew (thousands of objects a keystroke that lived long enough to be copied by the
   * garbage collector). No analysis reads a token or a sentence of an earlier one: an Analysis
   * keeps neither (structure.ts copies the sentences), nor does any memo.
   */
  built: Token[];
  builtSentences: Sentence[];
  builtAt: number;
  builtSentence: number;
  builtParagraph: number;
  /** The index its first token then had (a sentence's firstToken). */
  builtToken: number;
  /** The segment() call that last took these objects: a line twice in one text gets new ones the second time. */
  usedIn: number;
}

/** Kept between analyses by the incremental analyser: results keyed by a line's exact text. */
export interface SegmentMemo {
  /** Each line's furniture kind, and the line as a string of the memo's own (its key). */
  kinds: PieceMemo<{ kind: BoilerplateKind | null; text: string }>;
  lines: PieceMemo<KeptLine>;
  /** The same for the lines of bullet paragraphs (read past their bullet). */
  bullets: PieceMemo<KeptLine>;
  /** The text last segmented with this memo and its lines, their texts the memo's own strings (sameLines). */
  last?: { text: string; lines: Line[] };
}

/** A story line [from, to) of `text`, the dateline not in it. */
function readStoryLine(text: string, from: number, to: number, bullet: boolean): StoryLine {
  const inline = findTailBoilerplate(text, from, to);
  let le = to;
  for (const b of inline) if (b.start >= from && b.start < le) le = Math.min(le, b.start);
  while (le > from && isSpace(text.charCodeAt(le - 1))) le--;
  if (le <= from) return { inline, raw: [], splits: [] };
  const raw = tokenize(text, bullet ? skipBullet(text, from) : from, le);
  return { inline, raw, splits: splitSentences(text, raw) };
}

/** The same from the memo, worked out on the line's own text: offsets from the line's start. */
function memoStoryLine(memo: SegmentMemo, line: string, bullet: boolean): KeptLine {
  // The line is the kinds memo's own string (lineKinds): kept as it is, no second copy.
  return (bullet ? memo.bullets : memo.lines).getOwn(line, (own) => {
    const read = readStoryLine(own, 0, own.length, bullet);
    const offsets = new Int32Array(read.raw.length * 2);
    const texts: string[] = [];
    read.raw.forEach((t, i) => {
      offsets[2 * i] = t.start;
      offsets[2 * i + 1] = t.end;
      texts.push(own.slice(t.start, t.end));
    });
    const sentenceTexts = read.splits.map(([a, b]) => (b > a ? own.slice(offsets[2 * a], offsets[2 * b - 1]) : ''));
    const splitWords = Int32Array.from(read.splits, ([a, b]) => {
      let n = 0;
      for (let i = a; i < b; i++) if (isWordToken(texts[i])) n++;
      return n;
    });
    return {
      inline: read.inline, offsets, texts, splits: read.splits, splitWords, sentenceTexts,
      built: [], builtSentences: [], builtAt: -1, builtSentence: -1, builtParagraph: -1, builtToken: -1, usedIn: -1,
    };
  });
}

/**
 * How a kept line's Token and Sentence objects are given out (KeptLine.built): as they are (the
 * line is where it was, after as many sentences, in the same paragraph); moved in place to where
 * the line now is; made and kept (the line's first use); made and not kept (the line's second use
 * in one text: its kept objects are the first's).
 */
const SAME = 0, MOVE = 1, MAKE = 2, FRESH = 3;
type Reuse = typeof SAME | typeof MOVE | typeof MAKE | typeof FRESH;

/** Counts segment() calls, so a kept line knows whether this call already took its objects. */
let calls = 0;

/** Words among a segmentation's tokens, when segment() counted them from its kept lines. */
const wordCounts = new WeakMap<Segmentation, number>();

/** The number of word tokens (isWordToken) of `seg`, if segment() counted them on the way. */
export function countedWords(seg: Segmentation): number | undefined {
  return wordCounts.get(seg);
}

export function segment(text: string, memo?: SegmentMemo): Segmentation {
  const call = ++calls;
  const ls = lines(text);
  if (memo?.last) sameLines(memo.last, text, ls);
  const groups = paragraphs(text, ls);
  lineKinds(ls, memo);

  // Roles before headline and dateline.
  const roles: ParagraphRole[] = groups.map((group) => {
    if (group.every((l) => l.kind !== null)) {
      if (group.every((l) => l.kind === 'footer')) return 'footer';
      return group.every((l) => l.kind === 'byline') ? 'credit' : 'boilerplate';
    }
    const first = group[0].text;
    if (BULLET.test(first)) return 'bullet';
    if (isCreditLine(first)) return 'credit';
    return 'body';
  });

  // The dateline: among the first story lines, furniture left out.
  const candidates: DatelineLine[] = [];
  for (let gi = 0; gi < groups.length && candidates.length < DATELINE_LINES; gi++) {
    if (roles[gi] !== 'body') continue;
    for (const l of groups[gi]) {
      if (l.kind === null && candidates.length < DATELINE_LINES) candidates.push(l);
    }
  }
  const dateline: Dateline | null = findDateline(text, candidates);

  // The headline: the first paragraph that is not furniture, one line, with more to follow.
  const firstContent = roles.findIndex((r) => r === 'body' || r === 'bullet');
  if (firstContent >= 0 && roles[firstContent] === 'body' && firstContent < groups.length - 1) {
    const g = groups[firstContent];
    const inDateline = dateline !== null && dateline.start >= g[0].start && dateline.start <= g[g.length - 1].end;
    if (g.length === 1 && !inDateline && looksLikeHeadline(g[0])) roles[firstContent] = 'headline';
  }

  const paras: Paragraph[] = [];
  const boilerplate: Boilerplate[] = [];
  const credits: CreditLine[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // Words among the tokens: summed from the kept lines' counts, while every token comes from one.
  let words = memo ? 0 : -1;

  groups.forEach((group, gi) => {
    const start = group[0].start;
    const end = group[group.length - 1].end;
    const role = roles[gi];
    const pIndex = paras.length;
    paras.push({ start, end, role });

    const story: Line[] = [];
    for (const l of group) {
      const kind = l.kind;
      if (kind === null) { story.push(l); continue; }
      boilerplate.push({ start: l.start, end: l.end, text: l.text, kind });
      if (kind === 'byline') {
        const c = bylineCredit(text, l);
        if (c) credits.push(c);
      }
    }
    if (story.length === 0) return;
    if (role === 'credit') credits.push(readCreditLine(text, start, end));

    for (const l of story) {
      if (dateline === null || dateline.start < l.start || dateline.start >= l.end) {
        // The usual line: no dateline in it.
        if (memo) {
          const kept = memoStoryLine(memo, l.text, role === 'bullet');
          const by = l.start;
          // A kept line's findings are copied: results never share objects with the memo.
          for (const b of kept.inline) boilerplate.push({ start: b.start + by, end: b.end + by, text: b.text, kind: b.kind });
          let how: Reuse;
          if (kept.usedIn === call) how = FRESH;
          else {
            kept.usedIn = call;
            if (kept.builtAt < 0) how = MAKE;
            else {
              const same = kept.builtAt === by && kept.builtSentence === sentences.length && kept.builtParagraph === pIndex && kept.builtToken === tokens.length;
              how = same ? SAME : MOVE;
            }
            kept.builtAt = by;
            kept.builtSentence = sentences.length;
            kept.builtParagraph = pIndex;
            kept.builtToken = tokens.length;
          }
          for (let j = 0; j < kept.splits.length; j++) pushKeptTokens(kept, kept.splits[j][0], kept.splits[j][1], by, how, j);
          if (words >= 0) for (let j = 0; j < kept.splits.length; j++) words += kept.splitWords[j];
          continue;
        }
        const read = readStoryLine(text, l.start, l.end, role === 'bullet');
        for (const b of read.inline) boilerplate.push(b);
        for (const [a, b] of read.splits) pushSentenceTokens(read.raw, a, b);
        continue;
      }
      // Inline boilerplate at the end of the line ("… read more", story codes).
      const inline = findTailBoilerplate(text, l.start, l.end);
      for (const b of inline) boilerplate.push(b);
      let ls0 = l.start;
      if (dateline !== null && dateline.start >= l.start && dateline.start < l.end) {
        // The dateline is its own sentence, so it joins no sentence of the story.
        pushSentence(dateline.start, dateline.end);
        ls0 = dateline.end;
        while (ls0 < l.end && isSpace(text.charCodeAt(ls0))) ls0++;
      }
      if (ls0 >= l.end) continue;
      let le = l.end;
      for (const b of inline) if (b.start >= ls0 && b.start < le) le = Math.min(le, b.start);
      while (le > ls0 && isSpace(text.charCodeAt(le - 1))) le--;
      if (le <= ls0) continue;
      const raw = tokenize(text, role === 'bullet' ? skipBullet(text, ls0) : ls0, le);
      for (const [a, b] of splitSentences(text, raw)) {
        pushSentenceTokens(raw, a, b);
      }
    }

    function pushSentence(s: number, e: number) {
      const raw = tokenize(text, s, e);
      pushSentenceTokens(raw, 0, raw.length);
    }
    function pushSentenceTokens(raw: { start: number; end: number }[], a: number, b: number) {
      if (b <= a) return;
      const si = sentences.length;
      const firstToken = tokens.length;
      for (let i = a; i < b; i++) {
        const t: Token = { start: raw[i].start, end: raw[i].end, text: text.slice(raw[i].start, raw[i].end), sentence: si };
        tokens.push(t);
        if (words >= 0 && isWordToken(t.text)) words++;
      }
      const start = raw[a].start, end = raw[b - 1].end;
      sentences.push({ start, end, firstToken, endToken: tokens.length, paragraph: pIndex, text: text.slice(start, end) });
    }
    /** The same from a kept line, whose offsets count from its start, which is at `by`. */
    function pushKeptTokens(kept: KeptLine, a: number, b: number, by: number, how: Reuse, split: number) {
      if (b <= a) return;
      const { offsets, texts, built, builtSentences } = kept;
      const si = sentences.length;
      const firstToken = tokens.length;
      const start = offsets[2 * a] + by, end = offsets[2 * b - 1] + by, endToken = firstToken + b - a;
      if (how === SAME) {
        for (let i = a; i < b; i++) tokens.push(built[i]);
        sentences.push(builtSentences[split]);
      } else if (how === MOVE) {
        for (let i = a; i < b; i++) {
          const t = built[i];
          t.start = offsets[2 * i] + by;
          t.end = offsets[2 * i + 1] + by;
          t.sentence = si;
          tokens.push(t);
        }
        const s = builtSentences[split];
        s.start = start;
        s.end = end;
        s.firstToken = firstToken;
        s.endToken = endToken;
        s.paragraph = pIndex;
        sentences.push(s);
      } else {
        const keep = how === MAKE;
        for (let i = a; i < b; i++) {
          const t: Token = { start: offsets[2 * i] + by, end: offsets[2 * i + 1] + by, text: texts[i], sentence: si };
          if (keep) built[i] = t;
          tokens.push(t);
        }
        const s: Sentence = { start, end, firstToken, endToken, paragraph: pIndex, text: kept.sentenceTexts[split] };
        if (keep) builtSentences[split] = s;
        sentences.push(s);
      }
    }
  });

  boilerplate.sort((a, b) => a.start - b.start);
  credits.sort((a, b) => a.start - b.start);
  if (memo) memo.last = { text, lines: ls };
  const seg: Segmentation = { text, paragraphs: paras, sentences, tokens, dateline, credits, boilerplate };
  if (words >= 0) wordCounts.set(seg, words);
  return seg;
}

function skipBullet(text: string, at: number): number {
  let i = at + 1;
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}
