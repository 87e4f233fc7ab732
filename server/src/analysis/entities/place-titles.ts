// "Nakuru Senator Josephine Chebet", "Kisumu Governor Samuel Nyanja", "Calumpit Mayor Jose Santiago":
// one or two capitalised words before the title of an office that represents or heads a place, and
// a person after it, name the place; the tagger, which never saw the town, reads it as an
// organisation (names round 26). Not a word the lists hold as a body, a MISC name or a nationality
// ("Fed Governor", "Republican Senator", "Labour MP" stay), nor a bank's word ("Riksbank Governor").
import { listBits, listClassesAt, type DocContext } from './features';
import { TITLE, CAPS } from './lexicon';
import { LOCATION, ORGANIZATION, PERSON } from './labels';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { isBankWord } from './name-ends';

const PLACE_OFFICES = wordSet(['senator', 'governor', 'mayor', 'premier', 'sheriff', 'mp', 'mca', 'mla', 'mpp', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman']);
const NOT_PLACE = listBits('organization', 'seen-organization', 'seen-misc', 'demonym', 'org-suffix', 'first-name');

export function placeTitles(ctx: DocContext, texts: readonly { text: string }[], spans: TokenSpan[]): TokenSpan[] {
  for (let i = 0; i + 1 < spans.length; i++) {
    const s = spans[i], p = spans[i + 1];
    const t = s.to;
    if (s.type !== ORGANIZATION || s.sure || s.fixed || s.to - s.from > 2 || p.type !== PERSON || p.from !== t + 1) continue;
    if (!PLACE_OFFICES.has(ctx.lower[t]) || (ctx.cap[t] !== TITLE && ctx.cap[t] !== CAPS)) continue;
    let listed = false;
    for (let k = s.from; k < s.to; k++) if (ctx.cap[k] !== TITLE || (listClassesAt(ctx, k) & NOT_PLACE) !== 0 || isBankWord(texts[k].text.toLowerCase())) listed = true;
    if (!listed) s.type = LOCATION;
  }
  return spans;
}
