// Companies in Spanish, Portuguese, French and Italian copy say what they are in their first word
// ("Minera Cordillera Azul", "Grupo Telmex", "Cervejaria Alfama", "Banco do Sertão", "Société
// Lyonnaise"): the run is an organisation, whatever the tagger made of the words after the first
// (often a person's name or a place), and a first word read apart joins the name after it.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { TITLE as LEX_TITLE } from './lexicon';
import type { TokenSpan } from './spans';
// Local copy of the case class: an imported binding is read through a getter under tsx.
const TITLE = LEX_TITLE;

const ORGANIZATION = 1;

/** First words of a company's name in Romance languages (never a given name or a place). */
const FIRST_WORDS = new Set([
  'banco', 'banca', 'banque', 'grupo', 'grupa', 'groupe', 'gruppo', 'compañía', 'compania', 'companhia', 'compagnie', 'société',
  'minera', 'mineração', 'mineradora', 'petróleos', 'petroleos', 'cervecería', 'cerveceria', 'cervejaria', 'constructora',
  'construtora', 'inversiones', 'industrias', 'indústrias', 'empresa', 'empresas', 'corporación', 'corporacion', 'sociedad',
  'aerolíneas', 'aerolineas', 'laboratorios', 'distribuidora', 'transportes', 'productora',
].map(hashLower));

export function orgFirstWords(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let dropped = 0;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.to < 0) continue;
    // "Minera" left untagged before "Cordillera Azul".
    const k = s.from - 1;
    if (k >= ctx.sentFirst[s.from] && ctx.cap[k] === TITLE && FIRST_WORDS.has(ctx.lower[k]) && !(i > 0 && spans[i - 1].to > k) &&
      seg.tokens[k].end + 1 === seg.tokens[s.from].start) {
      s.from = k;
      s.type = ORGANIZATION;
      continue;
    }
    if (ctx.cap[s.from] !== TITLE || !FIRST_WORDS.has(ctx.lower[s.from])) continue;
    // "Minera" + "Cordillera Azul" read as two names: one organisation.
    const next = i + 1 < spans.length ? spans[i + 1] : null;
    if (s.to - s.from === 1 && next && next.from === s.to && ctx.sentFirst[next.from] === ctx.sentFirst[s.from]) {
      s.to = next.to;
      next.to = -1;
      dropped++;
    }
    if (s.to - s.from >= 2) s.type = ORGANIZATION;
  }
  return dropped ? spans.filter((s) => s.to >= 0) : spans;
}
