// Where the reporters filed from, in a wire's sign-off: "(Reporting by Ana Ruiz in Santiago and
// Hana Lind in London; Additional reporting by Wen Jiayi in Beijing; Editing by …)". The credit
// paragraph is kept out of the tagger's names (its people are credits, segment/furniture.ts), so
// the places after "in" are read here: "in" + capitalised words up to the next punctuation or
// lower-case word is a place. A credited "name" inside such a place ("York" of "in New York") is
// no person.
import type { CreditLine, Segmentation } from '../types';
import { rawMention, type RawMention } from './raw-mention';

const CAPITAL = /^\p{Lu}[\p{L}.'’-]*$/u;
/** Lower-case words inside a place's name, between capitals ("Rio de Janeiro", "Stratford-upon-Avon" aside). */
const PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'al', 'el']);
/** Longest place read. */
const MAX_WORDS = 4;

export function signOffPlaces(seg: Segmentation, credits: CreditLine[], mentions: RawMention[]): RawMention[] {
  if (credits.length === 0) return mentions;
  const toks = seg.tokens;
  const places: RawMention[] = [];
  let k = 0;
  for (const line of credits) {
    if (line.names.length === 0) continue;
    while (k < toks.length && toks[k].start < line.start) k++;
    for (let i = k; i < toks.length && toks[i].end <= line.end; i++) {
      if (toks[i].text !== 'in') continue;
      let e = i + 1;
      while (e < toks.length && toks[e].end <= line.end && e - i <= MAX_WORDS) {
        if (CAPITAL.test(toks[e].text)) e++;
        else if (e > i + 1 && PARTICLES.has(toks[e].text) && e + 1 < toks.length && toks[e + 1].end <= line.end && CAPITAL.test(toks[e + 1].text)) e += 2;
        else break;
      }
      if (e === i + 1 || e - i > MAX_WORDS) continue;
      const start = toks[i + 1].start;
      const end = toks[e - 1].end;
      places.push(rawMention(start, end, seg.text.slice(start, end), 'LOCATION', false, undefined, true));
      i = e - 1;
    }
  }
  if (places.length === 0) return mentions;
  const inPlace = (m: RawMention) => places.some((p) => p.start <= m.start && m.end <= p.end);
  return mentions.filter((m) => !(m.credit && inPlace(m)) && !places.some((p) => p.start === m.start && p.end === m.end))
    .concat(places).sort((a, b) => a.start - b.start || b.end - a.end);
}
