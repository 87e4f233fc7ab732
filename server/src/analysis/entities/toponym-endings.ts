// Towns and regions of Ukraine and Russia, transliterated, are mostly new to the tagger
// ("Kostiantynivka", "Zaporizhzhia", "Dnipropetrovsk", "Novokuibyshevsk") and read as an
// organisation, a person or MISC. Their endings are a place's (no surname ends so): a one-word name
// with one of them is a place, unless a list of organisations or nationalities knows it.
import type { Segmentation } from '../types';
import { aloneInListsAt, type DocContext, listBits } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { LOCATION } from './labels';

/** Endings of East Slavic place names (the adjectival -sk, the -ivka/-ovka villages, -pil/-pol towns, -hrad/-horod forts). */
const ENDINGS = ['ivka', 'ovka', 'evka', 'ivske', 'ivsk', 'ovsk', 'evsk', 'insk', 'ensk', 'ynsk', 'opil', 'opol', 'hrad', 'horod', 'zhzhia', 'ytsia', 'ychi'];
/** The endings' last characters: most names are passed over on one character code. */
const LAST = new Set(ENDINGS.map((e) => e.charCodeAt(e.length - 1)));
const ORG_LISTS = listBits('organization', 'seen-organization', 'demonym', 'seen-misc');

export function toponymEndings(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.to - s.from !== 1 || s.type === LOCATION || ctx.cap[s.from] !== TITLE || s.sure) continue;
    if (hasToponymEnding(seg.tokens[s.from].text) && (aloneInListsAt(ctx, s.from) & ORG_LISTS) === 0) s.type = LOCATION;
  }
  return spans;
}

/** The word ends as East Slavic places do ("Kostiantynivka", "Novokuibyshevsk"). */
export function hasToponymEnding(t: string): boolean {
  if (t.length < 7 || !LAST.has(t.charCodeAt(t.length - 1))) return false;
  for (const e of ENDINGS) if (t.endsWith(e)) return true;
  return false;
}
