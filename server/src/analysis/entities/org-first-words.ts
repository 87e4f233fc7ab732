// Companies and public bodies in Spanish, Portuguese, French and Italian copy say what they are in their first word
// ("Minera Cordillera Azul", "Grupo Telmex", "Cervejaria Alfama", "Banco do Sertão", "Société
// Lyonnaise"): the run is an organisation, whatever the tagger made of the words after the first
// (often a person's name or a place), and a first word read apart joins the name after it; the
// name without its first word, alone elsewhere ("Cordillera Azul said"), is the company too.
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { TITLE } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

/** First words of a company's name in Romance languages (never a given name or a place). */
const FIRST_WORDS = wordSet([
  'banco', 'banca', 'banque', 'grupo', 'grupa', 'groupe', 'gruppo', 'compañía', 'compania', 'companhia', 'compagnie', 'société',
  'minera', 'mineração', 'mineradora', 'petróleos', 'petroleos', 'cervecería', 'cerveceria', 'cervejaria', 'constructora',
  'construtora', 'inversiones', 'industrias', 'indústrias', 'empresa', 'empresas', 'corporación', 'corporacion', 'sociedad',
  'aerolíneas', 'aerolineas', 'laboratorios', 'distribuidora', 'transportes', 'productora',
  // Public bodies ("Vigili del Fuoco", "Aeronautica Militare", "Guardia Civil", "Protezione Civile", "Policía Nacional").
  'vigili', 'aeronautica', 'aeronáutica', 'polizia', 'policía', 'protezione', 'protección', 'proteccion', 'guardia', 'gendarmerie',
  'agenzia', 'agencia', 'ministero', 'ministerio', 'ministère', 'istituto', 'instituto', 'esercito', 'ejército', 'armée',
]);

export function orgFirstWords(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let dropped = 0;
  let named: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.to < 0) continue;
    // "Minera" left untagged before "Cordillera Azul".
    const k = s.from - 1;
    if (k >= ctx.sentFirst[s.from] && ctx.cap[k] === TITLE && FIRST_WORDS.has(ctx.lower[k]) && !(i > 0 && spans[i - 1].to > k) &&
      seg.tokens[k].end + 1 === seg.tokens[s.from].start) {
      s.from = k;
      s.type = ORGANIZATION;
      (named ??= []).push(s);
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
    (named ??= []).push(s);
  }
  const out = dropped ? spans.filter((s) => s.to >= 0) : spans;
  if (named) shortForms(ctx, out, named);
  return out;
}

/** "Minera Cordillera Azul" … "Cordillera Azul said": the name after the company word, alone, read as a person or place, is the company. */
function shortForms(ctx: DocContext, spans: TokenSpan[], named: TokenSpan[]): void {
  for (const s of spans) {
    if (s.type === ORGANIZATION || s.sure || s.fixed) continue;
    for (const o of named) {
      if (o.to < 0 || o.type !== ORGANIZATION || o.to - o.from - 1 !== s.to - s.from) continue;
      let same = true;
      for (let j = 0; same && j < s.to - s.from; j++) same = ctx.lower[s.from + j] === ctx.lower[o.from + 1 + j];
      if (same) {
        s.type = ORGANIZATION;
        break;
      }
    }
  }
}
