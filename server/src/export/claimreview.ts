// schema.org ClaimReview (JSON-LD) for claims that carry a verdict. The claim's
// source becomes the author of the reviewed Claim; the verdict is the rating,
// with its name in alternateName (what search engines show).
import type { ClaimStatus } from '../annotations/types';
import { headlineOf } from './markdown';
import type { ExportArticle, ExportOptions, PlacedClaim } from './types';

export const VERDICTS = ['verified', 'false', 'misleading', 'unverifiable'] as const;

interface Verdict {
  name: string;
  /** On the 1 (false) … 3 (true) scale; null where no scale position fits. */
  value: number | null;
}

const RATING: Partial<Record<ClaimStatus, Verdict>> = {
  false: { name: 'False', value: 1 },
  misleading: { name: 'Misleading', value: 2 },
  verified: { name: 'True', value: 3 },
  unverifiable: { name: 'Unverifiable', value: null },
};

// Sources not resolved to an entity: a few words say it is an organisation.
const ORGANISATION_WORDS = /\b(?:police|government|ministry|company|office|agency|authority|council|court|army|military|alliance|union|party|group|bank|committee|commission|department|spokes\w*)\b/i;

type Json = Record<string, unknown>;

function authorOf(a: ExportArticle, p: PlacedClaim): Json | null {
  const s = p.claim.source;
  if (!s) return null;
  const name = s.entity ?? s.text;
  const entity = a.analysis.entities.find((e) => e.name === name || e.aliases.includes(s.text));
  const type =
    entity?.type === 'PERSON' ? 'Person'
    : entity?.type === 'ORGANIZATION' ? 'Organization'
    : ORGANISATION_WORDS.test(name) ? 'Organization' : 'Person';
  return { '@type': type, name };
}

export function claimReview(a: ExportArticle, p: PlacedClaim, options: ExportOptions = {}): Json | null {
  const c = p.claim;
  const verdict = RATING[c.status];
  if (!verdict) return null;
  const author = authorOf(a, p);
  const reviewer = options.reviewer ?? c.author;
  const claimText = p.span ? a.text.slice(p.span.start, p.span.end) : c.target.quote.exact;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    ...(options.reviewUrl ? { url: `${options.reviewUrl}#claim-${encodeURIComponent(c.id)}` } : {}),
    claimReviewed: claimText.replace(/\s+/g, ' ').trim(),
    datePublished: c.updatedAt.slice(0, 10),
    ...(reviewer ? { author: { '@type': options.reviewer ? 'Organization' : 'Person', name: reviewer } } : {}),
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      appearance: { '@type': 'NewsArticle', url: a.uri, headline: headlineOf(a) },
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: verdict.name,
      ...(verdict.value !== null ? { ratingValue: verdict.value, bestRating: 3, worstRating: 1 } : {}),
    },
    ...(c.note.trim() ? { reviewBody: c.note } : {}),
    ...(c.evidence.length ? { citation: c.evidence.map((e) => ({ '@type': 'CreativeWork', url: e.url, ...(e.title ? { name: e.title } : {}) })) } : {}),
  };
}

/** A JSON array of ClaimReview objects, each with its own @context (ready for a script tag). */
export function exportClaimReview(articles: readonly ExportArticle[], options: ExportOptions = {}): string {
  const reviews = articles.flatMap((a) => a.claims.flatMap((p) => claimReview(a, p, options) ?? []));
  return JSON.stringify(reviews, null, 2) + '\n';
}
