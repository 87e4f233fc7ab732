// Our own invented article with curly quotes, accents, letters and emoji
// outside the Basic Multilingual Plane, and a sidecar tagged on it, for the
// exporters' round-trip tests.
import { analyze, type Analysis } from '../../server/src/analysis';
import { textHash } from '../../server/src/annotations/hash';
import { targetFor } from '../../server/src/annotations/selectors';
import type { Claim, Sidecar } from '../../server/src/annotations/types';
import { prepareArticle, type ExportArticle } from '../../server/src/export';

export const CAFE = `Café owners in Zürich say rents rose 12% — “we can’t keep up” 🚨

ZÜRICH, May 2 (Wirewire) – Rents for cafés in Zürich’s old town rose 12% last year, the city’s statistics office said on Tuesday, the steepest rise since 2008.

“We can’t keep up,” said Zoë Ångström, who runs Café Łódź near the river. “Our rent went from 4,200 francs to 4,700 francs a month 😞, and the landlord wants more.”

Officials said, on condition of anonymity, that 37 cafés had closed since January. The 𝔸-list venues were spared.

A spokesperson for the landlords’ association, Mieter & Eigentümer, said the claims were “exaggerated, by a lot”.
`;

export interface ClaimSpec {
  exact: string;
  status?: Claim['status'];
  note?: string;
  source?: Claim['source'];
  id?: string;
}

export function claimOn(text: string, spec: ClaimSpec, k: number): Claim {
  // The same claim on a CRLF copy of the text spans \r\n where the spec says \n.
  const exact = text.includes('\r\n') ? spec.exact.replace(/\n/g, '\r\n') : spec.exact;
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`test data: "${exact}" is not in the text`);
  return {
    id: spec.id ?? `claim-${k + 1}`,
    target: targetFor(text, start, start + exact.length),
    kind: 'statistic',
    source: spec.source ?? null,
    figures: [{ text: '12%', kind: 'PERCENT', value: 12, unit: '%' }],
    entities: [{ name: 'Zürich', type: 'LOCATION' }],
    status: spec.status ?? 'unverified',
    note: spec.note ?? '',
    evidence: [{ url: 'https://example.org/stats?year=2025&city=z%C3%BCrich', title: 'Rents, 2025', addedAt: '2026-05-03T08:00:00Z' }],
    author: 'Ana Ruiz',
    createdAt: '2026-05-03T08:00:00Z',
    updatedAt: '2026-05-03T09:30:00Z',
    anchor: 'anchored',
    original: null,
  };
}

export const CAFE_CLAIMS: ClaimSpec[] = [
  { exact: 'Rents for cafés in Zürich’s old town rose 12% last year', status: 'verified', source: { text: 'the city’s statistics office', entity: null }, note: 'Matches the office’s table 4, row “old town”.' },
  // Holds commas, curly quotes and an emoji outside the BMP.
  { exact: 'Our rent went from 4,200 francs to 4,700 francs a month 😞, and the landlord wants more.', status: 'false', source: { text: 'Zoë Ångström', entity: 'Zoë Ångström' }, note: 'Lease shows 4,450 francs, "not 4,700".\r\nSecond line, with a comma.' },
  // Crosses a paragraph break (brat must write it as fragments).
  { exact: 'the steepest rise since 2008.\n\n“We can’t keep up,”', status: 'misleading', note: '' },
  { exact: '37 cafés had closed since January', status: 'unverifiable', source: { text: 'Officials', entity: null }, note: 'Anonymous; registry shows 21.' },
  { exact: 'The 𝔸-list venues were spared.', status: 'checking' },
];

export function sidecarFor(text: string, specs: readonly ClaimSpec[], extra: Claim[] = []): Sidecar {
  return {
    version: 1,
    offsetUnit: 'utf-16',
    article: 'cafe.article',
    textHash: textHash(text),
    claims: [...specs.map((s, k) => claimOn(text, s, k)), ...extra],
  };
}

/** A claim whose quote is in no text: the exporters must keep it as an orphan. */
export function orphanClaim(text: string): Claim {
  const c = claimOn(text, { exact: text.slice(0, 4), id: 'orphan-1', status: 'false' }, 99);
  return { ...c, target: { quote: { exact: 'Trams will be free from June onwards, the mayor promised', prefix: '', suffix: '' }, position: { start: 5, end: 60 } }, anchor: 'orphaned' };
}

/** Spans of `needle` (n-th occurrence) in `text`, for analysis input written by hand. */
export function spanOf(text: string, needle: string, nth = 1): { start: number; end: number; text: string } {
  let at = -1;
  for (let k = 0; k < nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`test data: "${needle}" #${nth} is not in the text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/**
 * The engine's analysis plus a few entities and attributions written by hand
 * on the non-ASCII parts, so the offset tests do not depend on what the engine
 * finds today.
 */
export function cafeAnalysis(text: string): Analysis {
  const a = analyze(text);
  return {
    ...a,
    entities: [
      ...a.entities,
      { id: 'hand-1', type: 'PERSON', name: 'Zoë Ångström', aliases: ['Zoë Ångström'], mentions: [spanOf(text, 'Zoë Ångström')], role: 'newsmaker' },
      { id: 'hand-2', type: 'ORGANIZATION', name: 'Café Łódź', aliases: ['Café Łódź'], mentions: [spanOf(text, 'Café Łódź')], role: 'newsmaker' },
      { id: 'hand-3', type: 'LOCATION', name: 'Zürich', aliases: ['Zürich', 'ZÜRICH'], mentions: [spanOf(text, 'Zürich'), spanOf(text, 'ZÜRICH'), spanOf(text, 'Zürich', 2)], role: 'newsmaker' },
    ],
    attributions: [
      // The engine finds the officials' attribution too; the hand-written one (no cue) stands in for it.
      ...a.attributions.filter((x) => x.content.text !== '37 cafés had closed since January'),
      {
        source: spanOf(text, 'Zoë Ångström'), sourceEntity: 'hand-1', sourceAntecedent: null, cue: spanOf(text, 'said', 2),
        content: spanOf(text, 'Our rent went from 4,200 francs to 4,700 francs a month 😞, and the landlord wants more.'), kind: 'direct', continuation: false,
      },
      {
        source: spanOf(text, 'Officials'), sourceEntity: null, sourceAntecedent: null, cue: null,
        content: spanOf(text, '37 cafés had closed since January'), kind: 'indirect', continuation: false,
      },
    ],
  };
}

export function cafeArticle(text = CAFE, extraClaims: Claim[] = []): ExportArticle {
  return prepareArticle({
    file: 'news/cafe.article',
    uri: 'file:///desk/news/cafe.article',
    text,
    analysis: cafeAnalysis(text),
    sidecar: sidecarFor(text, CAFE_CLAIMS, extraClaims),
  });
}
