// The answers of a question-and-answer interview are the interviewee's words, with no cue:
//   Why now?
//   Honestly, my body made the decision before I did. …
// or with labels ("Q: Why now?" / "A: Honestly, …"). A run of unlabelled questions is read as an
// interview only when the article says so before them ("edited and condensed", "spoke with"), so
// an explainer's "What happens next?" and a column's rhetorical questions stay the writer's. The interviewee is the first person the article's body names.
// Runs over the whole article after drafting; linear in its paragraphs and mentions.
import type { Mention, Paragraph, Segmentation } from '../types';
import type { ContinuationDraft } from './continuations';

/** At most this many paragraphs of one answer (the narrative resumes after). */
const MAX_ANSWER_PARAGRAPHS = 3;
const MAX_QUESTION_CHARS = 240;
/** Unlabelled questions with an answer needed before the run is read as an interview. */
const MIN_PAIRS = 2;
/** What an article says before its questions when they are an interview's. */
const MARKERS = [
  'edited and condensed', 'condensed and edited', 'edited for', 'been edited', 'lightly edited', 'spoke with', 'spoke to',
  'sat down with', 'in an interview', 'interview with', 'q&a',
];
const FIRST_PERSON = new Set(['i', 'my', 'me', 'we', 'our', 'us', "i'm", 'i’m', "i've", 'i’ve', "we're", 'we’re']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'", '«']);

interface Pair {
  start: number;
  end: number;
}

function paragraphText(text: string, p: Paragraph): string {
  return text.slice(p.start, p.end).trim();
}

function labelled(s: string, label: 'Q' | 'A'): boolean {
  if (s.length <= 3 || s[0] !== label) return false;
  // "QYour new book …": a bold label glued to the question when the page was scraped.
  if (label === 'Q' && s[1] !== s[1].toLowerCase() && s[2] === s[2].toLowerCase() && s[1] !== 'U') return true;
  return (s[1] === ':' || s[1] === '.') && s[2] === ' ';
}

function isQuestion(s: string): boolean {
  return s.length > 3 && s.length <= MAX_QUESTION_CHARS && s.endsWith('?') && !OPENING_QUOTES.has(s[0]) && !s.includes('\n');
}

function firstPerson(s: string): boolean {
  for (const w of s.toLowerCase().split(/[^\p{L}'’]+/u)) if (FIRST_PERSON.has(w)) return true;
  return false;
}

/** Whether any draft's content or cue lies in [start, end): a paragraph the rules already read. */
function claimed(drafts: ContinuationDraft[], starts: number[], start: number, end: number): boolean {
  // Drafts are sorted by content start; one scan back from the first starting at or after `end`.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < end) lo = mid + 1;
    else hi = mid;
  }
  // A draft starting inside, or the last one starting before and reaching in.
  if (lo > 0 && drafts[lo - 1].contentEnd > start) return true;
  return false;
}

/**
 * The answers of a Q&A interview in the article, as drafts with the interviewee as source
 * (a mention of them), added to `drafts` (sorted by content start).
 */
export function interviewAnswers(seg: Segmentation, mentions: Mention[], drafts: ContinuationDraft[]): ContinuationDraft[] {
  const { text, paragraphs } = seg;
  const starts = drafts.map((d) => d.contentStart);
  const answers: Pair[] = [];
  let unlabelledPairs = 0;
  let firstQuestion = -1;
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.role !== 'body') continue;
    const q = paragraphText(text, para);
    const qLabel = labelled(q, 'Q');
    if (!qLabel && !isQuestion(q)) continue;
    if (claimed(drafts, starts, para.start, para.end)) continue;
    let taken = 0;
    for (let a = p + 1; a < paragraphs.length && taken < MAX_ANSWER_PARAGRAPHS; a++) {
      const ans = paragraphs[a];
      if (ans.role !== 'body') break;
      const s = paragraphText(text, ans);
      if (s === '' || labelled(s, 'Q') || (!qLabel && isQuestion(s)) || OPENING_QUOTES.has(s[0])) break;
      if (qLabel && taken === 0 && !labelled(s, 'A')) break;
      if (qLabel && taken > 0 && labelled(s, 'A')) break;
      // The paragraph after a question is its answer, whatever it reports inside ("I said …");
      // a further paragraph only while it speaks in the first person and reports no one else.
      if (taken > 0 && !labelled(s, 'A') && (!firstPerson(s) || claimed(drafts, starts, ans.start, ans.end))) break;
      const lead = text.indexOf(s, ans.start);
      const start = labelled(s, 'A') ? lead + 3 : lead;
      answers.push({ start, end: lead + s.length });
      if (!qLabel && taken === 0) unlabelledPairs++;
      taken++;
    }
    if (taken > 0 && firstQuestion < 0) firstQuestion = para.start;
  }
  if (answers.length === 0) return drafts;
  // Unlabelled questions are an interview's only when the article said so before them: a
  // column's rhetorical "What should we do? We should …" is its author's.
  // (The text before them is read only when it decides: ~0.25 ms a keystroke on a long article.)
  if (unlabelledPairs > 0 && !(unlabelledPairs >= MIN_PAIRS && markedBefore(text, firstQuestion))) return drafts;
  const speaker = interviewee(seg, mentions, firstQuestion);
  if (!speaker) return drafts;
  const added: ContinuationDraft[] = answers.map((a) => ({
    source: null, sourceSpan: { start: speaker.start, end: speaker.end }, cue: null, cueSpan: null,
    contentStart: a.start, contentEnd: a.end, quote: null, continuation: false, anchor: a.start, learned: false, verb: false,
  }));
  return drafts.concat(added).sort((x, y) => x.contentStart - y.contentStart);
}

/** Whether the text before `end` says what follows is an interview (a MARKER, in any case). */
function markedBefore(text: string, end: number): boolean {
  const lead = text.slice(0, end).toLowerCase();
  return MARKERS.some((m) => lead.includes(m));
}

/**
 * The interviewee: the first person the article's body names (an interview opens on its
 * subject), as their latest mention before the first question.
 */
function interviewee(seg: Segmentation, mentions: Mention[], before: number): Mention | null {
  let first: Mention | null = null;
  let latest: Mention | null = null;
  for (const m of mentions) {
    if (m.start >= before || m.type !== 'PERSON') continue;
    if (!first) {
      if (roleAt(seg, m.start) !== 'body') continue;
      first = m;
    }
    if (m.entity === first.entity && (!latest || m.start > latest.start)) latest = m;
  }
  return latest;
}

function roleAt(seg: Segmentation, pos: number): string {
  const ps = seg.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return ps[lo]?.role ?? '';
}
