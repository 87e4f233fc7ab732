// Where reported content in a modal ends at the speaker's next verb: "said they would miss the
// deadline, and requested another month", "said he would offer a prayer but did not say for whom".
// After "would"/"will", a past tense ("requested", "did") cannot go on with the same verb phrase, so
// it is the sentence's subject acting again, not part of what was said.
import type { Doc } from './phrases';
import { isCapitalised, isWord } from './words';

const MODALS = new Set(['will', 'would', 'could', 'can', 'should', 'might', 'may', 'must', "'ll", '’ll', "'d", '’d']);
/** Finite forms no modal can take: the past and present of be, do and have. */
const PLAIN_FINITE = new Set(['was', 'were', 'did', 'does', 'is', 'are', 'has']);
/** Words between a modal and an "-ed" form that make it a participle ("would be fined and jailed"). */
const PARTICIPLE_MAKERS = new Set(['be', 'been', 'being', 'have', 'get', 'got', 'remain', 'stay', 'become']);
/** Adverbs that may stand between "and" and the verb ("and then asked", "but also said"). */
const SEQUENCE = new Set(['then', 'also', 'later', 'again', 'subsequently', 'never', 'still']);
/** Words that open a past verb's object ("requested another month"), unlike a noun in a list ("and repaired bridges"). */
const OBJECT_OPENERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'that', 'another', 'no', 'to', 'him', 'them', 'it',
  'on', 'for', 'with', 'about', 'against', 'at', 'in',
]);
/** Words that open a clause inside the content: a verb after them is that clause's ("if he gets close but does not"). */
const SUBORDINATORS = new Set(['if', 'when', 'because', 'while', 'as', 'unless', 'until', 'before', 'after', 'since', 'although', 'though', 'whether']);
/** Quotation marks inside the content ("would offer “a prayer” for the nominee but did not …"). */
const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``']);
/** How far back from "and" the content's modal is looked for. */
const MODAL_REACH = 20;

/**
 * Whether "and"/"but" at `k` starts the speaker's next verb after content (from `j`) whose nearest
 * clause verb is a modal: a plain finite form ("did", "was") or a past in "-ed" with no participle
 * maker after the modal.
 */
export function speakersNextVerbAt(doc: Doc, j: number, k: number, hi: number): boolean {
  if (doc.lower[k] !== 'and' && doc.lower[k] !== 'but') return false;
  let v = k + 1;
  if (v < hi && SEQUENCE.has(doc.lower[v])) v++;
  if (v >= hi || doc.toks[v].text !== doc.lower[v]) return false;
  const w = doc.lower[v];
  const past = w.length > 4 && w.endsWith('ed');
  if (!past && !PLAIN_FINITE.has(w)) return false;
  if (past && !(v + 1 < hi && (OBJECT_OPENERS.has(doc.lower[v + 1]) || isCapitalised(doc.toks[v + 1].text)))) return false;
  let maker = false;
  for (let m = k - 1; m >= j && m >= k - MODAL_REACH; m--) {
    const x = doc.lower[m];
    if (!isWord(doc.toks[m].text) && doc.toks[m].text !== ',' && !QUOTE_MARKS.has(doc.toks[m].text) && !x.includes('’') && !x.includes("'")) return false;
    if (PARTICIPLE_MAKERS.has(x)) maker = true;
    if (MODALS.has(x)) return !(past && maker);
    // Another finite verb nearer "and" is the clause's own: a change of tense is no sign ("said he has not
    // held dinners and never called a donor", "was the first … and has the most experience").
    if (PLAIN_FINITE.has(x) || x === 'had' || x === 'have' || x === 'that' || x === 'who' || x === 'which' || SUBORDINATORS.has(x)) return false;
  }
  return false;
}
