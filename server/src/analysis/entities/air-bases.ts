// British and Commonwealth air bases are named by the service and the place: "RAF Lossiemouth",
// "RNAS Yeovilton", "RAAF Base Amberley", "CFB Trenton". The tagger reads the service alone as an
// organisation and the place as nothing or MISC. The service, then a capitalised word that is not
// usually written in lower case ("RAF Typhoon jets") nor a title ("RAF Chief …") nor a unit's
// word, is the base: a place.
import { aloneInListsAt, type DocContext, listBits } from './features';
import { CAPS, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { TITLE_HASHES } from './titles';
import { wordSet } from './word-set';
import { LOCATION } from './labels';

const SERVICES = wordSet(['raf', 'rnas', 'raaf', 'rnzaf', 'cfb']);
const NOT_PLACES = wordSet(['regiment', 'squadron', 'base', 'station', 'police', 'command', 'reserve', 'museum', 'benevolent']);
const MAX_WORDS = 2;
/** A city the lists know ("RAF Riga", a football club) is no base's place: bases are named after villages. */
const PLACE_LISTS = listBits('location', 'country', 'seen-location', 'seen-organization');

function listedPlace(ctx: DocContext, k: number): boolean {
  return (aloneInListsAt(ctx, k) & PLACE_LISTS) !== 0;
}

/** A base's place word: capitalised, not usually lower case ("Typhoon"), not a title or a unit's word, no listed city. */
function placeWord(ctx: DocContext, k: number): boolean {
  if (ctx.cap[k] !== TITLE || (ctx.casing[k] >= 1 && ctx.casing[k] <= 3)) return false;
  const h = ctx.lower[k];
  return !TITLE_HASHES.has(h) && !NOT_PLACES.has(h) && !listedPlace(ctx, k);
}

export function airBases(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // "RNAS" left out, "Culdrose" read alone: the service before the place joins it.
    const k0 = s.from - 1;
    if (k0 >= ctx.sentFirst[s.from] && (i === 0 || spans[i - 1].to <= k0) && ctx.cap[k0] === CAPS && !ctx.allCaps[k0] && SERVICES.has(ctx.lower[k0]) && s.to - s.from <= MAX_WORDS) {
      let k = s.from;
      while (k < s.to && placeWord(ctx, k)) k++;
      if (k === s.to) { s.from = k0; s.type = LOCATION; s.sure = true; }
      continue;
    }
    if (ctx.cap[s.from] !== CAPS || ctx.allCaps[s.from] || !SERVICES.has(ctx.lower[s.from]) || s.to - s.from > 1 + MAX_WORDS) continue;
    // "RAF Lossiemouth" read as one organisation: the words after the service decide.
    if (s.to - s.from > 1) {
      let k = s.from + 1;
      while (k < s.to && placeWord(ctx, k)) k++;
      if (k === s.to) { s.type = LOCATION; s.sure = true; }
      continue;
    }
    // "RAF" read alone: the place words after it, read apart or not at all, join it.
    const end = ctx.sentEnd[s.from];
    let to = s.to;
    let j = i + 1;
    while (to < end && to - s.to < MAX_WORDS && placeWord(ctx, to)) {
      if (j < spans.length && spans[j].from === to) {
        if (spans[j].to - spans[j].from > MAX_WORDS) break;
        to = spans[j].to; spans[j].from = -1; drop = true; j++;
      } else to++;
    }
    if (to === s.to) continue;
    s.to = to; s.type = LOCATION; s.sure = true;
    i = j - 1;
  }
  return drop ? spans.filter((x) => x.from >= 0) : spans;
}
