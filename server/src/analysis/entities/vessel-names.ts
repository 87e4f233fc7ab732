// "the corvette Stoikiy", "the landing ship Alexander Otrakovsky", "the tanker Eagle Dawn": a name
// right after a noun for a vessel is the vessel's (MISC, as CoNLL-2003 types vehicles), even when
// it is a person's name or a place's. "carrier" only after what it carries ("the aircraft carrier
// Carl Vinson", "a crude carrier X"): "national carrier X" is an airline.
import type { DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN } from './gazetteer';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { MISC } from './labels';

const VESSELS = wordSet(['ship', 'frigate', 'destroyer', 'corvette', 'submarine', 'tanker', 'vessel', 'cruiser', 'freighter',
  'trawler', 'yacht', 'ferry', 'warship', 'icebreaker', 'minesweeper', 'steamer', 'liner']);
/** "the ship Britain sent": a country after the noun is who acts, not the vessel's name. */
const COUNTRY = 1 + GAZ_CLASSES.indexOf('country') * 4;

function country(ctx: DocContext, k: number): boolean {
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const c = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (c === 0) return false;
    if (c === COUNTRY) return true;
  }
  return false;
}

const DETERMINERS = wordSet(['the', 'a', 'its', 'their']);
const CARRIERS = wordSet(['carrier', 'carriers']);
const CARGOES = wordSet(['aircraft', 'crude', 'oil', 'bulk', 'gas', 'lng', 'lpg', 'ore', 'car', 'product', 'chemical', 'helicopter']);

/** Token k is a noun for a vessel: one of VESSELS, or "carrier(s)" after its cargo. */
function vesselNoun(ctx: DocContext, k: number): boolean {
  if (VESSELS.has(ctx.lower[k])) return true;
  return CARRIERS.has(ctx.lower[k]) && k - 1 >= ctx.sentFirst[k] && CARGOES.has(ctx.lower[k - 1]);
}

export function vesselNames(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    const k = s.from - 1;
    if (k < 1 || k <= ctx.sentFirst[s.from] - 1 || s.sure || s.type === MISC || !vesselNoun(ctx, k) || country(ctx, s.from)) continue;
    // "the corvette X", "the landing ship X", "a Russian tanker X": a determiner within three words before the noun.
    for (let d = k - 1; d >= Math.max(ctx.sentFirst[s.from], k - 3); d--) {
      if (DETERMINERS.has(ctx.lower[d])) { s.type = MISC; s.sure = true; break; }
    }
  }
  return spans;
}
