// Results lists of tennis, golf, athletics and the Olympics give each competitor's country as a
// three-letter code in brackets ("Karolina Vesela (CZE) beat Lea Moreau (FRA)"): a place, not the
// organisation the tagger reads in the capitals. Only right after a person, only a code of the
// Olympic list (the codes sport uses), so "(SPD)" after a politician is left alone.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { CAPS } from './lexicon';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON, LOCATION } from './labels';

/** The National Olympic Committees' codes (and "TPE", "HKG", "PUR", the teams of territories). */
const CODES = wordSet(`AFG ALB ALG AND ANG ANT ARG ARM ARU ASA AUS AUT AZE BAH BAN BAR BDI BEL BEN BER BHU BIH BIZ BLR BOL
BOT BRA BRN BRU BUL BUR CAF CAM CAN CAY CGO CHA CHI CHN CIV CMR COD COK COL COM CPV CRC CRO CUB CYP CZE DEN DJI DMA DOM
ECU EGY ERI ESA ESP EST ETH FIJ FIN FRA FSM GAB GAM GBR GBS GEO GEQ GER GHA GRE GRN GUA GUI GUM GUY HAI HKG HON HUN INA
IND IRI IRL IRQ ISL ISR ISV ITA IVB JAM JOR JPN KAZ KEN KGZ KIR KOR KOS KSA KUW LAO LAT LBA LBN LBR LCA LES LIE LTU LUX
MAD MAR MAS MAW MDA MDV MEX MGL MHL MKD MLI MLT MNE MON MOZ MRI MTN MYA NAM NCA NED NEP NGR NIG NOR NRU NZL OMA PAK PAN
PAR PER PHI PLE PLW PNG POL POR PRK PUR QAT ROU RSA RUS RWA SAM SEN SEY SGP SKN SLE SLO SMR SOL SOM SRB SRI SSD STP SUD
SUI SUR SVK SWE SWZ SYR TAN TGA THA TJK TKM TLS TOG TPE TTO TUN TUR TUV UAE UGA UKR URU USA UZB VAN VEN VIE VIN YEM ZAM
ZIM`.split(/\s+/));

/** "(CZE)" right after a person's name: the code is a place (sure: the same letters elsewhere are no evidence). */
export function countryCodes(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let added: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const p = spans[i];
    const k = p.to + 1;
    if (p.type !== PERSON || k + 1 >= ctx.n || ctx.cap[k] !== CAPS || toks[p.to].text !== '(' || toks[k + 1].text !== ')') continue;
    if (toks[k].text.length !== 3 || !CODES.has(ctx.lower[k])) continue;
    const next = i + 1 < spans.length ? spans[i + 1] : null;
    if (next && next.from === k && next.to === k + 1) { next.type = LOCATION; next.sure = true; }
    else if (!next || next.from > k) (added ??= []).push(tokenSpan(k, k + 1, LOCATION, true));
  }
  if (!added) return spans;
  return mergeByFrom(spans, added);
}
