// W3C Web Annotation Data Model (JSON-LD), one annotation per claim and
// optionally per entity and per quote, gathered in an AnnotationCollection.
// TextPositionSelector counts Unicode code points, as the model requires
// (https://www.w3.org/TR/annotation-model/#text-position-selector), not UTF-16.
import { targetFor } from '../annotations/selectors';
import { DEFAULT_SIDECAR_SUFFIX } from '../shared/vocabulary';
import { sourceNameOf } from '../shared/source-name';
import { codePointMap, type OffsetMap } from './codepoints';
import type { ExportArticle, ExportOptions, PlacedClaim } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GENERATOR = { type: 'Software', name: 'News Annotator' };

type Json = Record<string, unknown>;

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The sidecar's quote context, widened so it never cuts a surrogate pair in half. */
function quoteAt(text: string, start: number, end: number) {
  const q = targetFor(text, start, end).quote;
  const from = start - q.prefix.length;
  const prefix = from > 0 && isLow(text.charCodeAt(from)) ? text.slice(from - 1, start) : q.prefix;
  const to = end + q.suffix.length;
  const suffix = to < text.length && isHigh(text.charCodeAt(to - 1)) ? text.slice(end, to + 1) : q.suffix;
  return { exact: q.exact, prefix, suffix };
}

function selectors(a: ExportArticle, map: OffsetMap, start: number, end: number): Json[] {
  const q = quoteAt(a.text, start, end);
  return [
    { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    { type: 'TextPositionSelector', start: map.at(start), end: map.at(end) },
  ];
}

function textTarget(a: ExportArticle, map: OffsetMap, start: number, end: number): Json {
  return { source: a.uri, selector: selectors(a, map, start, end) };
}

function claimAnnotation(a: ExportArticle, map: OffsetMap, p: PlacedClaim, sidecarSuffix: string): Json {
  const c = p.claim;
  // An orphaned claim keeps its quote: a client may still find it; no position is claimed.
  const target = p.span
    ? textTarget(a, map, p.span.start, p.span.end)
    : { source: a.uri, selector: { type: 'TextQuoteSelector', exact: c.target.quote.exact, prefix: c.target.quote.prefix, suffix: c.target.quote.suffix } };
  const body: Json[] = [{ type: 'TextualBody', purpose: 'assessing', value: c.status, format: 'text/plain' }];
  body.push({ type: 'TextualBody', purpose: 'classifying', value: c.kind, format: 'text/plain' });
  if (c.source) body.push({ type: 'TextualBody', purpose: 'describing', value: `Source: ${c.source.entity ?? c.source.text}`, format: 'text/plain' });
  if (c.note.trim()) body.push({ type: 'TextualBody', purpose: 'commenting', value: c.note, format: 'text/plain' });
  // Evidence links: a purpose needs a SpecificResource around the external resource.
  for (const e of c.evidence) body.push({ type: 'SpecificResource', purpose: 'linking', source: e.url });
  for (const e of c.entities) body.push({ type: 'TextualBody', purpose: 'tagging', value: e.name, format: 'text/plain' });
  return {
    id: `${a.uri}${sidecarSuffix}#${encodeURIComponent(c.id)}`,
    type: 'Annotation',
    motivation: 'assessing',
    created: c.createdAt,
    modified: c.updatedAt,
    ...(c.author ? { creator: { type: 'Person', name: c.author } } : {}),
    generator: GENERATOR,
    body,
    target,
  };
}

function entityAnnotations(a: ExportArticle, map: OffsetMap): Json[] {
  return a.analysis.entities
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({
      id: `${a.uri}#entity-${encodeURIComponent(e.id)}`,
      type: 'Annotation',
      motivation: 'identifying',
      generator: GENERATOR,
      body: [
        { type: 'TextualBody', purpose: 'identifying', value: e.name, format: 'text/plain' },
        { type: 'TextualBody', purpose: 'classifying', value: e.type, format: 'text/plain' },
      ],
      target: e.mentions.map((m) => textTarget(a, map, m.start, m.end)),
    }));
}

function quoteAnnotations(a: ExportArticle, map: OffsetMap): Json[] {
  const names = new Map(a.analysis.entities.map((e) => [e.id, e.name]));
  return a.analysis.attributions.map((t, k) => {
    const who = sourceNameOf(t, (id) => names.get(id));
    const body: Json[] = [
      { type: 'TextualBody', purpose: 'classifying', value: t.kind === 'indirect' ? 'reported speech' : t.kind === 'direct' ? 'direct quote' : 'mixed quote', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: who ? `Quoted source: ${who}` : 'No source given', format: 'text/plain' },
    ];
    return {
      id: `${a.uri}#quote-${k + 1}`,
      type: 'Annotation',
      motivation: 'describing',
      generator: GENERATOR,
      body,
      target: textTarget(a, map, t.content.start, t.content.end),
    };
  });
}

export function articleAnnotations(a: ExportArticle, options: ExportOptions = {}): Json[] {
  const map = codePointMap(a.text, false);
  return [
    ...a.claims.map((p) => claimAnnotation(a, map, p, options.sidecarSuffix ?? DEFAULT_SIDECAR_SUFFIX)),
    ...(options.w3cEntities ? entityAnnotations(a, map) : []),
    ...(options.w3cQuotes ? quoteAnnotations(a, map) : []),
  ];
}

export function exportW3c(articles: readonly ExportArticle[], options: ExportOptions = {}): string {
  const items = articles.flatMap((a) => articleAnnotations(a, options));
  const collection = {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: articles.length === 1 ? `Annotations of ${articles[0].file}` : `Annotations of ${articles.length} articles`,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}
