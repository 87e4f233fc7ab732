// Where a participle cue's content ends at the speaker's next participle: "…, calling them
// rapists and vowing to make Mexico pay", "conceding the plan was late but warning that …".
// The second "-ing" verb is the speaker's next act, joined to the cue, not part of what was said.
import type { Doc } from './phrases';
import { isWord } from './words';

/** Words in -ing that are nouns, adjectives or prepositions, not a second act ("jobs and housing", "inaccurate and misleading"). */
const ING_NOUNS = new Set([
  'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'building', 'buildings', 'funding', 'spending',
  'housing', 'training', 'meeting', 'hearing', 'polling', 'during', 'king', 'thing', 'spring', 'ring', 'string',
  'wing', 'ceiling', 'setting', 'clothing', 'lending', 'earnings', 'savings', 'feelings', 'offering', 'shooting',
  'bombing', 'killing', 'heating', 'lighting', 'marketing', 'advertising', 'timing', 'warnings', 'rating',
  'ratings', 'standing', 'planning', 'banking', 'accounting', 'engineering', 'manufacturing', 'mining', 'fishing',
  'farming', 'shipping', 'printing', 'recycling', 'parking', 'landing', 'briefing', 'ruling', 'rulings', 'filing',
  'filings', 'listing', 'reading', 'findings', 'wedding', 'ending', 'opening', 'beginning', 'outstanding',
  'interesting', 'willing', 'misleading', 'damaging', 'disturbing', 'troubling', 'alarming', 'surprising', 'exciting',
  'encouraging', 'disappointing', 'compelling', 'convincing', 'devastating', 'increasing', 'declining', 'booming', 'growing', 'rising', 'falling', 'ongoing', 'existing', 'remaining', 'pending',
]);

/** A lower-case verb in -ing at `k`: a second act ("vowing", "criticizing"), not a noun ("housing"). */
function actAt(doc: Doc, k: number): boolean {
  const w = doc.lower[k];
  return w.length > 5 && w.endsWith('ing') && doc.toks[k].text === w && !ING_NOUNS.has(w);
}

/**
 * Whether token `k` ("and"/"but", or a comma before it) starts the speaker's second participle after a
 * participle cue whose content starts at `j`: none of the content's words so far is in -ing (else the
 * new one may go on with it: "in supporting the war and accepting support", "is hurting the economy
 * and diverting jobs").
 */
export function parallelParticipleAt(doc: Doc, j: number, k: number, hi: number): boolean {
  const and = doc.toks[k].text === ',' ? k + 1 : k;
  if (and + 1 >= hi || (doc.lower[and] !== 'and' && doc.lower[and] !== 'but') || !actAt(doc, and + 1)) return false;
  for (let m = j; m < k; m++) {
    if (isWord(doc.toks[m].text) && doc.lower[m].length > 4 && doc.lower[m].endsWith('ing')) return false;
  }
  return true;
}
