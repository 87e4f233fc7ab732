// The speaker of a participle cue (", saying …") when the clause's subject cannot speak:
// "Shares of Corvane rose 1.2 per cent after the lender raised its dividend, saying …" — shares
// say nothing; the subject of the clause after "after"/"as"/"when" (the lender) does.
import type { Doc, Range } from './phrases';
import { CARDINALS, DETERMINERS, isCapitalised, isPossessive, isWord } from './words';

/** Heads of market and economic noun phrases, which are the subject of a move but never speak. */
const MUTE_SUBJECTS = new Set([
  'shares', 'share', 'stock', 'stocks', 'price', 'prices', 'index', 'indexes', 'indices', 'dollar', 'loonie', 'currency', 'yields',
  'bonds', 'sales', 'profit', 'profits', 'earnings', 'revenue', 'output', 'exports', 'imports', 'inflation', 'rates',
]);
/** Links that open a clause whose subject may be the speaker. */
const SUBORDINATORS = new Set(['after', 'as', 'when', 'because', 'since', 'while']);
/** How many words the speaker's noun phrase may have after its determiner. */
const MAX_NP_WORDS = 4;

/** The subject's head: the last word before "of" ("Shares of Corvane" → shares), else its last word. */
function headWord(doc: Doc, r: Range): string {
  for (let i = r.first; i <= r.last; i++) if (doc.lower[i] === 'of' && i > r.first) return doc.lower[i - 1];
  return doc.lower[r.last];
}

/**
 * When `subject` (the clause's opening phrase, before the participle at `t`) is a market noun,
 * the noun phrase after the last subordinator before `t` ("after the lender raised"), if it is
 * followed by its verb; else null.
 */
export function speakerForMuteSubject(doc: Doc, subject: Range, t: number): Range | null {
  if (!MUTE_SUBJECTS.has(headWord(doc, subject))) return null;
  return subordinateSubject(doc, subject.last, t, SUBORDINATORS) ?? null;
}

/** Links of a clause a shout or a chant may come from ("…, where protesters had gathered, chanting"). */
const SCENE_LINKS = new Set([...SUBORDINATORS, 'where', 'which']);

/**
 * The speaker of a participle of a quotation (", chanting “…”", ", shouting “…”") whose sentence
 * puts a clause between its subject and the participle: that clause's subject ("when Sanders
 * protesters interrupted her speech, shouting …"), null when it has none we can read (not the
 * sentence's subject: "The first incident came … when …"), undefined when there is no such clause.
 */
export function sceneSubject(doc: Doc, subject: Range, t: number): Range | null | undefined {
  return subordinateSubject(doc, subject.last, t, SCENE_LINKS);
}

/**
 * The noun phrase after the last link of `links` in (after, t), when its verb follows it; null
 * when the phrase is not that; undefined when no link is there.
 */
function subordinateSubject(doc: Doc, after: number, t: number, links: ReadonlySet<string>): Range | null | undefined {
  for (let k = t - 1; k > after; k--) {
    if (!links.has(doc.lower[k])) continue;
    const first = k + 1;
    if (first >= t || !(DETERMINERS.has(doc.lower[first]) || isCapitalised(doc.toks[first].text) || CARDINALS.has(doc.lower[first]))) return null;
    let last = first;
    while (last + 1 < t && last + 1 <= first + MAX_NP_WORDS && isWord(doc.toks[last + 1].text) &&
      (isCapitalised(doc.toks[last + 1].text) || isPossessive(doc.toks[last + 1].text) || !looksLikeVerb(doc.lower[last + 1]))) last++;
    // The phrase must be followed by its verb, not run to the cue.
    return last + 1 < t && looksLikeVerb(doc.lower[last + 1]) ? { first, last } : null;
  }
  return undefined;
}

const VERB_FORMS = new Set(['is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'cut', 'set', 'put', 'said', 'made', 'gave', 'took']);

function looksLikeVerb(w: string): boolean {
  return VERB_FORMS.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/** Links that open a second clause with a subject of its own (", but X disagreed, saying …"). */
const CLAUSE_LINKS = new Set(['but', 'and', 'while', 'whereas', 'though', 'although']);

/**
 * "Holm argued that …, but Vasko disagreed, saying …": the subject of the latest clause linked by
 * a comma and "but"/"and"/"while" between `from` and the participle at `t`, when a verb follows
 * it; null when there is none (the participle goes with the sentence's subject or earlier speaker).
 */
export function coordinatedSubject(doc: Doc, from: number, t: number): Range | null {
  for (let k = t - 3; k > from; k--) {
    if (doc.toks[k].text !== ',' || !CLAUSE_LINKS.has(doc.lower[k + 1])) continue;
    const first = k + 2;
    const w = doc.lower[first];
    let last = first;
    if (w !== 'he' && w !== 'she' && w !== 'they') {
      if (!isCapitalised(doc.toks[first].text)) return null;
      // A name, maybe after a title ("Coun. Peter Vasko"): capitalised words and abbreviation stops.
      while (last + 1 < t && last < first + MAX_NAME_TOKENS && (isCapitalised(doc.toks[last + 1].text) ||
        (doc.toks[last + 1].text === '.' && doc.toks[last + 1].start === doc.toks[last].end))) last++;
    }
    if (last + 1 >= t) return null;
    const v = doc.toks[last + 1].text;
    return isWord(v) && !isCapitalised(v) ? { first, last } : null;
  }
  return null;
}

/** The longest name read after the link ("Deputy Mayor Lin Zhao"), in tokens. */
const MAX_NAME_TOKENS = 6;
