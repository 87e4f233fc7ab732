// Quotations inside a stretch of text: "“I believe he can beat Ann Cole,” the governor said"
// names Ann Cole inside the quotation, and she is not the governor. Curly quotes say which way
// they face; a straight double quote opens after a space (or the stretch's start) and closes
// after anything else, so a stretch that starts inside a quotation ("… a distraction," Obama
// said) does not read its closing mark as an opening one. An unclosed quotation runs to the end.

/** Whether `at` lies inside a quotation of text[from, to) (linear in the stretch). */
export function insideQuotation(text: string, from: number, to: number, at: number): boolean {
  let open = false;
  for (let i = from; i < to && i <= at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) open = true;
    else if (c === 0x201d) open = false;
    else if (c === 34) open = i === from || isSpace(text.charCodeAt(i - 1));
  }
  return open;
}

/** How far back the paragraph of a mention is read for an open quotation. */
const PARAGRAPH_REACH = 1500;

/**
 * Whether an offset lies inside a quotation opened earlier in its paragraph (a quotation may run
 * over sentences). Each paragraph's quotations are found once and kept, so asking for every
 * candidate of every pronoun stays linear in the text.
 */
export class ParagraphQuotations {
  /** Paragraph start → [open, close) pairs of its quotations. */
  private readonly spans = new Map<number, number[]>();

  constructor(private readonly text: string) {}

  /** The last paragraph asked about (questions come in runs from one paragraph). */
  private lastStart = -1;
  private lastEnd = -1;
  private lastList: number[] = [];

  inside(at: number): boolean {
    if (at >= this.lastStart && at < this.lastEnd) return within(this.lastList, at);
    const text = this.text;
    const start = this.paragraphStart(at);
    // A paragraph longer than the reach is read from the reach only, so each question costs at most the reach.
    if (start < 0 || at - start > PARAGRAPH_REACH) return insideQuotation(text, at - PARAGRAPH_REACH, at + 1, at);
    let list = this.spans.get(start);
    if (list === undefined) {
      list = quotationsOf(text, start);
      this.spans.set(start, list);
    }
    this.lastStart = start;
    this.lastEnd = list[list.length - 1];
    this.lastList = list;
    return within(list, at);
  }

  /**
   * The start of the paragraph holding `at`, found by a native search over at most the reach
   * before it (no index of the whole text's line breaks per analysis); -1 when it starts further back.
   */
  private paragraphStart(at: number): number {
    const from = Math.max(0, at - PARAGRAPH_REACH - 1);
    let start = from === 0 ? 0 : -1;
    for (let i = this.text.indexOf('\n', from); i >= 0 && i < at; i = this.text.indexOf('\n', i + 1)) start = i + 1;
    return start;
  }
}

/** Whether `at` lies strictly inside one of the [open, close) pairs (the last entry is the paragraph's end). */
function within(list: number[], at: number): boolean {
  for (let i = 0; i + 1 < list.length; i += 2) if (list[i] < at && at < list[i + 1]) return true;
  return false;
}

/** The quotations of the paragraph starting at `start`, as flat [open, close) pairs, then the paragraph's end. */
function quotationsOf(text: string, start: number): number[] {
  const out: number[] = [];
  let open = -1;
  // The quote marks and the paragraph's end, found by a native search rather than char by char.
  const marks = /["\u201c\u201d\n]/g;
  marks.lastIndex = start;
  let end = text.length;
  for (let m = marks.exec(text); m !== null; m = marks.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10) {
      end = i;
      break;
    }
    const opens = c === 0x201c || (c === 34 && (i === start || isSpace(text.charCodeAt(i - 1))));
    if (opens) open = i;
    else if (open >= 0) {
      out.push(open, i);
      open = -1;
    }
  }
  if (open >= 0) out.push(open, end);
  out.push(end); // the paragraph's end
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 40; // also "("
}
