// Particles of a person's name that the tagger reads apart from it:
// - an Arabic article written onto the family name ("Ahmed al-Sayyad", "Rania al-Khatib" read as two
//   people or as "Ahmed" alone) belongs to the name before it;
// - a capitalised particle first in the name ("De la Cruz said", "Van der Berg", "Di Maio", "Al Gore"),
//   which the tagger leaves out when it starts a sentence, belongs to the name after it.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { GAZ_CLASSES, GAZ_PER_TOKEN } from './gazetteer';
import { LOWER, TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { WordSet, wordSet } from './word-set';
import { PERSON, ORGANIZATION } from './labels';

const hashes = (words: string[]): WordSet => wordSet(words);
/** Particles that may start a family name, capitalised. */
const FIRST_PARTICLES = hashes(['de', 'del', 'della', 'van', 'von', 'da', 'di', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten', 'el', 'al', 'bin', 'ibn']);
/** Lower-case particles between the first and the name ("De la", "Van der", "Von der"). */
const INNER_PARTICLES = hashes(['la', 'las', 'los', 'der', 'den', 'de', 'del', 'da', 'van', 'von', 'di', 'le']);

/** Irish family names' first words ("Ó Briain", "Nic Giolla Easpaig", "Mac Aodha", "Ní Riada"). */
const GAELIC_PARTICLES = hashes(['ó', 'o', 'ní', 'ni', 'nic', 'mac', 'mhic', 'uí', 'ua']);

/** First words of armed and political groups' Arabic names ("Ansar al-Sharia", "Jabhat al-Nusra"): the name is the group's. */
const GROUP_WORDS = hashes(['ansar', 'jabhat', 'ahrar', 'jaish', 'harakat', 'kataib', 'liwa', 'saraya', 'asaib', 'hizb', 'jamaat', 'jund', 'tahrir', 'hayat']);

/** "al-Sayyad", "el-Sisi", "ash-Shami", "ad-Din": an article of two or three letters, a hyphen, a capital. */
function isArticleName(t: string): boolean {
  const c0 = t.charCodeAt(0);
  if (c0 !== 97 /* a */ && c0 !== 101 /* e */ && c0 !== 117 /* u */) return false;
  const d = t.charCodeAt(2) === 45 ? 2 : t.charCodeAt(3) === 45 ? 3 : -1;
  if (d < 0 || d + 1 >= t.length) return false;
  const c = t.charCodeAt(d + 1);
  if (!((c >= 65 && c <= 90) || (c >= 192 && c <= 222))) return false;
  const c1 = t.charCodeAt(1);
  if (d === 2) return (c0 === 97 && (c1 === 108 || c1 === 100 || c1 === 110 || c1 === 114 || c1 === 115 || c1 === 116 || c1 === 122)) || (c0 === 101 && c1 === 108) || (c0 === 117 && (c1 === 108 || c1 === 100));
  return c0 === 97 && c1 === 115 && t.charCodeAt(2) === 104; // "ash-"
}

const FIRST_NAME = GAZ_CLASSES.indexOf('first-name');

/** Token k is in the list of given names, or a hyphenated pair of capitalised words ("Friedrich-Wilhelm"). */
function givenName(ctx: DocContext, seg: Segmentation, k: number): boolean {
  for (let g = 0; g < GAZ_PER_TOKEN; g++) {
    const code = ctx.gaz[k * GAZ_PER_TOKEN + g];
    if (code === 0) break;
    if ((code - 1) >> 2 === FIRST_NAME) return true;
  }
  const t = seg.tokens[k].text;
  const d = t.indexOf('-');
  const c = d > 0 && d + 1 < t.length ? t.charCodeAt(d + 1) : 0;
  return c >= 65 && c <= 90;
}

export function nameParticles(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  let dropped = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type !== PERSON || s.to < 0) continue;
    // "Ahmed al-Sayyad": lower-case words are LOWER or MIXED; the text is read only after that test.
    while (s.to < ctx.sentEnd[s.from] && ctx.cap[s.to] >= LOWER && ctx.cap[s.to] !== TITLE && isArticleName(toks[s.to].text)) {
      const next = i + 1 < spans.length ? spans[i + 1] : null;
      if (next && next.from === s.to) {
        if (next.type !== PERSON && next.to - next.from > 1) break;
        s.to = next.to;
        next.to = -1; // merged: dropped below
        dropped++;
        i++;
      } else s.to++;
    }
    if (s.to - s.from === 2 && GROUP_WORDS.has(ctx.lower[s.from])) s.type = ORGANIZATION;
    // "Colm" + "Ó Briain": a given name read apart right before an Irish family name is the same person.
    // Round 24: so is one before an Arabic or Dutch family name with its capitalised particle ("Fatima" + "Al Marzouqi").
    if (s.to - s.from >= 2 && i > 0 && spans[i - 1].to === s.from && spans[i - 1].type === PERSON && spans[i - 1].to - spans[i - 1].from === 1 &&
      ctx.cap[s.from - 1] === TITLE && (GAELIC_PARTICLES.has(ctx.lower[s.from]) || (ctx.cap[s.from] === TITLE && FIRST_PARTICLES.has(ctx.lower[s.from])))) {
      s.from = spans[i - 1].from;
      spans[i - 1].to = -1;
      dropped++;
      continue;
    }
    // "De la Cruz said": the capitalised particle before the name, and the small ones between.
    const first = ctx.sentFirst[s.from];
    let j = s.from - 1;
    while (j >= first && j >= s.from - 2 && ctx.cap[j] === LOWER && INNER_PARTICLES.has(ctx.lower[j])) j--;
    if (j < first || ctx.cap[j] !== TITLE) continue;
    // "Friedrich-Wilhelm von Hattstein" read as "Hattstein": a given name before the lower-case
    // particles (none of the lists' places or organisations) is the same person's.
    if (j < s.from - 1 && !FIRST_PARTICLES.has(ctx.lower[j])) {
      if ((i > 0 && spans[i - 1].to > j) || !givenName(ctx, seg, j)) continue;
      s.from = j;
      continue;
    }
    if (!FIRST_PARTICLES.has(ctx.lower[j])) continue;
    const prev = i > 0 ? spans[i - 1] : null;
    if (prev && prev.to > j) continue;
    // "Filip" + "De Wilde": the given name read apart is the same person.
    if (prev && prev.to === j && prev.type === PERSON) {
      s.from = prev.from;
      prev.to = -1;
      dropped++;
    } else s.from = j;
  }
  return dropped ? spans.filter((s) => s.to >= 0) : spans;
}
