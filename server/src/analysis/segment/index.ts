// Segmentation: paragraphs (with their roles), furniture, sentences and tokens.
import type {
  Boilerplate, CreditLine, Dateline, Paragraph, ParagraphRole, Segmentation, Sentence, Token,
} from '../types';
import { findBoilerplate, findDateline, isCreditLine, readCreditLine } from './furniture';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';

const BULLET = /^[•·▪◦‣*–-]\s/;

interface Line {
  start: number;
  end: number;
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
    if (e > s) out.push({ start: s, end: e });
    pos = nl + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

function blankBetween(text: string, a: Line, b: Line): boolean {
  return text.slice(a.end, b.start).split('\n').length > 2;
}

/** Groups lines into paragraphs: a blank line separates them, and so does a bullet line. */
function paragraphs(text: string, ls: Line[]): Line[][] {
  const out: Line[][] = [];
  let cur: Line[] = [];
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i];
    const prev = ls[i - 1];
    const isBullet = BULLET.test(text.slice(l.start, l.start + 2));
    if (cur.length > 0 && (blankBetween(text, prev, l) || isBullet || BULLET.test(text.slice(prev.start, prev.start + 2)))) {
      out.push(cur);
      cur = [];
    }
    cur.push(l);
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

function looksLikeHeadline(text: string, l: Line): boolean {
  const s = text.slice(l.start, l.end);
  const words = s.split(/\s+/).length;
  return words <= 25 && !/[.!]["”’]?$/.test(s);
}

export function segment(text: string): Segmentation {
  const ls = lines(text);
  const groups = paragraphs(text, ls);
  const paras: Paragraph[] = [];
  const boilerplate: Boilerplate[] = [];
  const credits: CreditLine[] = [];
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let dateline: Dateline | null = null;

  groups.forEach((group, gi) => {
    const start = group[0].start;
    const end = group[group.length - 1].end;
    const first = text.slice(group[0].start, group[0].end);
    let role: ParagraphRole = 'body';
    const lineBoiler = group.length === 1 ? findBoilerplate(text, start, end) : [];
    if (lineBoiler.length === 1 && lineBoiler[0].start === start && lineBoiler[0].end === end) {
      role = lineBoiler[0].kind === 'footer' ? 'footer' : 'boilerplate';
    } else if (BULLET.test(first.slice(0, 2))) {
      role = 'bullet';
    } else if (isCreditLine(first)) {
      role = 'credit';
    } else if (gi === 0 && groups.length > 1 && group.length === 1 && looksLikeHeadline(text, group[0])) {
      role = 'headline';
    }
    const pIndex = paras.length;
    paras.push({ start, end, role });

    if (role === 'boilerplate' || role === 'footer') {
      for (const b of lineBoiler) boilerplate.push(b);
      return;
    }
    if (role === 'credit') credits.push(readCreditLine(text, start, end));

    // Inline boilerplate at the end of each line ("… read more", story codes).
    const inline: Boilerplate[] = [];
    for (const l of group) for (const b of findBoilerplate(text, l.start, l.end)) inline.push(b);
    for (const b of inline) boilerplate.push(b);

    let bodyStart = start;
    if (dateline === null && role === 'body') {
      dateline = findDateline(text, start, end);
      if (dateline) {
        // The dateline is its own sentence, so it joins no sentence of the story.
        pushSentence(dateline.start, dateline.end);
        bodyStart = dateline.end;
        while (bodyStart < end && isSpace(text.charCodeAt(bodyStart))) bodyStart++;
      }
    }

    for (const l of group) {
      const ls0 = Math.max(l.start, bodyStart);
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
        tokens.push({ start: raw[i].start, end: raw[i].end, text: text.slice(raw[i].start, raw[i].end), sentence: si });
      }
      sentences.push({ start: raw[a].start, end: raw[b - 1].end, firstToken, endToken: tokens.length, paragraph: pIndex });
    }
  });

  boilerplate.sort((a, b) => a.start - b.start);
  return { text, paragraphs: paras, sentences, tokens, dateline, credits, boilerplate };
}

function skipBullet(text: string, at: number): number {
  let i = at + 1;
  while (isSpace(text.charCodeAt(i))) i++;
  return i;
}
