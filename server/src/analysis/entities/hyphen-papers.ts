// "Linwood Sentinel-Register", "Boersen-Zeitung", "Post-Dispatch": a newspaper's name often joins
// two papers' words with a hyphen, a word the tagger reads as a double-barrelled surname (a person).
// A name whose last word is a hyphenated pair of capitalised parts, one a newspaper's word, is the
// paper, an organisation. Not a place or a name a rule is sure of.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { PERSON, ORGANIZATION, MISC } from './labels';

const PAPER_PARTS = new Set([
  'register', 'zeitung', 'herald', 'tribune', 'gazette', 'journal', 'dispatch', 'courier', 'ledger', 'telegraph',
  'telegram', 'chronicle', 'sentinel', 'examiner', 'inquirer', 'times', 'post', 'news', 'picayune', 'intelligencer',
]);

export function hyphenPapers(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if ((s.type !== PERSON && s.type !== MISC) || s.sure || s.fixed || s.to - s.from > 3) continue;
    const t = seg.tokens[s.to - 1].text;
    const h = t.indexOf('-');
    if (h < 2 || h > t.length - 3 || t.indexOf('-', h + 1) >= 0) continue;
    const a = t.slice(0, h), b = t.slice(h + 1);
    if (!isTitleWord(a) || !isTitleWord(b)) continue;
    if (PAPER_PARTS.has(a.toLowerCase()) || PAPER_PARTS.has(b.toLowerCase())) s.type = ORGANIZATION;
  }
  return spans;
}

/** "Zeitung": a capital, then lower-case letters only. */
function isTitleWord(w: string): boolean {
  if (w.length < 2 || w[0] !== w[0].toUpperCase() || w[0] === w[0].toLowerCase()) return false;
  const rest = w.slice(1);
  return rest === rest.toLowerCase() && rest !== rest.toUpperCase();
}
