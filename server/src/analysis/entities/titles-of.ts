// "the Managing Director of Ferrostone, Mr …", "the Emir of Ilorin": a title and "of" read with
// the name after them as one organisation. CoNLL-2003 leaves the title out ("Minister of Finance":
// "Finance"); the name is what follows "of", a place after a ruler's or a see's title ("Emir",
// "Sultan", "Archbishop"), else of the type read.
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import { type TokenSpan } from './spans';
import { JOB_TITLE_HASHES, TITLE_HASHES, TITLE_MODIFIER_HASHES } from './titles';
import { wordSet } from './word-set';
import { LOCATION, PERSON } from './labels';

const OF = wordSet(['of']);
/** Titles of those who rule or lead a place: what follows "of" is the place. */
const RULERS = wordSet(['emir', 'sultan', 'king', 'queen', 'prince', 'princess', 'mayor', 'governor', 'archbishop', 'bishop', 'premier', 'oba', 'obi', 'ooni', 'alaafin', 'etsu']);
/** Titles of those who head or speak for a body. */
const HEADS = wordSet(['director', 'chairman', 'chairwoman', 'chair', 'president', 'ceo', 'secretary', 'minister', 'commissioner',
  'treasurer', 'founder', 'manager', 'spokesman', 'spokeswoman', 'spokesperson', 'registrar', 'rector', 'provost', 'chancellor']);
/** Portfolios no name follows in CoNLL-2003 ("Secretary of State"). */
const NOT_NAMES = wordSet(['state']);

function titleWord(ctx: DocContext, k: number): boolean {
  const h = ctx.lower[k];
  return ctx.cap[k] === TITLE && (JOB_TITLE_HASHES.has(h) || TITLE_HASHES.has(h) || TITLE_MODIFIER_HASHES.has(h));
}

export function titlesOf(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === PERSON || s.sure || s.to - s.from < 3 || !titleWord(ctx, s.from)) continue;
    let k = s.from;
    while (k < s.to && titleWord(ctx, k)) k++;
    if (k + 1 >= s.to || !OF.has(ctx.lower[k]) || ctx.cap[k + 1] !== TITLE) continue;
    // The head title is the last title word, the one "of" belongs to: one who heads a body or a place
    // (not "Star of David", "Chief of Staff", "Justice of the Peace").
    if (!HEADS.has(ctx.lower[k - 1]) && !RULERS.has(ctx.lower[k - 1])) continue;
    if (s.to - (k + 1) === 1 && NOT_NAMES.has(ctx.lower[k + 1])) continue;
    if (RULERS.has(ctx.lower[k - 1])) s.type = LOCATION;
    s.from = k + 1;
  }
  return spans;
}
