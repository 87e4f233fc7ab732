// The JSON-LD outputs against the required fields of their models: W3C Web
// Annotation (https://www.w3.org/TR/annotation-model/) and schema.org ClaimReview.
import { strict as assert } from 'node:assert';
import { exportClaimReview } from '../../server/src/export/claimreview';
import { VERDICTS } from '../../server/src/export/claimreview';
import { exportW3c } from '../../server/src/export/w3c';
import type { Analysis } from '../../server/src/analysis';
import { segment } from '../../server/src/analysis/segment';
import { structureOf } from '../../server/src/analysis/structure';
import { prepareArticle } from '../../server/src/export/prepare';
import { CAFE, cafeArticle, claimOn, orphanClaim } from './sample';

const WELL_FORMED = /^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

/** Only what the W3C claim export reads: the text and its segmentation. */
const textOnlyAnalysis = (text: string): Analysis => ({
  text, segmentation: structureOf(segment(text)), entities: [], mentions: [], figures: [], attributions: [], claims: [], boilerplate: [],
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// The vocabulary's motivations (which purposes take too).
const MOTIVATIONS = new Set([
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting',
  'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging',
]);
const isIri = (s: unknown) => typeof s === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);

function checkSelectorTarget(text: string, target: Json) {
  assert.ok(isIri(target.source), 'target.source is an IRI');
  const selectors: Json[] = Array.isArray(target.selector) ? target.selector : [target.selector];
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  assert.ok(quote && typeof quote.exact === 'string' && quote.exact.length > 0, 'TextQuoteSelector with exact');
  const pos = selectors.find((s) => s.type === 'TextPositionSelector');
  if (pos) {
    assert.ok(Number.isInteger(pos.start) && Number.isInteger(pos.end) && pos.start <= pos.end, 'integer start <= end');
    // Positions count code points (the model says so), and point at the quote.
    const cps = Array.from(text);
    assert.equal(cps.slice(pos.start, pos.end).join(''), quote.exact);
    assert.equal(cps.slice(Math.max(0, pos.start - Array.from(quote.prefix).length), pos.start).join(''), quote.prefix);
    assert.equal(cps.slice(pos.end, pos.end + Array.from(quote.suffix).length).join(''), quote.suffix);
  }
  return { quote, pos };
}

function checkAnnotation(text: string, a: Json) {
  assert.ok(isIri(a.id), `annotation id is an IRI: ${a.id}`);
  assert.equal(a.type, 'Annotation');
  assert.ok(a.target, 'target is required');
  for (const m of [a.motivation].flat()) assert.ok(MOTIVATIONS.has(m), `motivation ${m}`);
  for (const b of [a.body ?? []].flat() as Json[]) {
    if (b.purpose) assert.ok(MOTIVATIONS.has(b.purpose), `purpose ${b.purpose}`);
    if (b.type === 'TextualBody') assert.equal(typeof b.value, 'string');
    else if (b.type === 'SpecificResource') assert.ok(isIri(b.source));
    else assert.fail(`body of unknown type ${b.type}`);
  }
  return [a.target].flat().map((t: Json) => checkSelectorTarget(text, t));
}

describe('export: W3C Web Annotation', () => {
  it('is an AnnotationCollection with the model context and one annotation per claim', () => {
    const article = cafeArticle(CAFE, [orphanClaim(CAFE)]);
    const doc = JSON.parse(exportW3c([article]));
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    const items: Json[] = doc.first.items;
    assert.equal(doc.first.type, 'AnnotationPage');
    assert.equal(doc.total, items.length);
    assert.equal(items.length, article.claims.length);
    assert.equal(new Set(items.map((a) => a.id)).size, items.length, 'ids are unique');
    for (const [k, a] of items.entries()) {
      const [{ pos }] = checkAnnotation(CAFE, a);
      const p = article.claims[k];
      const status = a.body.find((b: Json) => b.purpose === 'assessing');
      assert.equal(status.value, p.claim.status, 'the status is the assessing body');
      assert.equal(a.motivation, 'assessing');
      assert.equal(a.modified, p.claim.updatedAt);
      if (p.span) assert.ok(pos, 'placed claims have a position');
      else assert.equal(pos, undefined, 'orphans claim no position');
    }
    // A claim after the emoji: code points differ from UTF-16 units, and we use code points.
    const after = items.find((a) => a.target.selector[0].exact === '37 cafés had closed since January');
    assert.ok(after);
    assert.equal(after.target.selector[1].start, Array.from(CAFE.slice(0, CAFE.indexOf('37 cafés'))).length);
    assert.notEqual(after.target.selector[1].start, CAFE.indexOf('37 cafés'));
  });

  it('adds entity and quote annotations when asked, all valid', () => {
    const article = cafeArticle();
    const doc = JSON.parse(exportW3c([article], { w3cEntities: true, w3cQuotes: true }));
    const items: Json[] = doc.first.items;
    const entities = items.filter((a) => a.motivation === 'identifying');
    const quotes = items.filter((a) => a.motivation === 'describing');
    assert.equal(entities.length, article.analysis.entities.filter((e) => e.mentions.length > 0).length);
    assert.equal(quotes.length, article.analysis.attributions.length);
    for (const a of items) checkAnnotation(CAFE, a);
    const zoe = entities.find((a) => a.body.some((b: Json) => b.value === 'Zoë Ångström'));
    assert.ok(zoe);
    assert.equal(zoe.target[0].selector[0].exact, 'Zoë Ångström');
  });
});

describe('export: W3C quote context', () => {
  it('never cuts a surrogate pair at the edge of prefix or suffix', () => {
    // Emoji placed so a 32-unit context would start or end in the middle of one.
    const claimText = 'Fares rose 8% in March';
    for (let pad = 28; pad <= 34; pad++) {
      const text = `😞${'x'.repeat(pad)} ${claimText} ${'y'.repeat(pad)}🚨 end.\n`;
      const start = text.indexOf(claimText);
      const article = prepareArticle({
        file: 'f.article', uri: 'file:///f.article', text, analysis: textOnlyAnalysis(text),
        sidecar: { version: 1, offsetUnit: 'utf-16', article: 'f.article', textHash: '', claims: [{ ...claimOn(text, { exact: claimText }, 0) }] },
      });
      const [anno] = JSON.parse(exportW3c([article])).first.items;
      const [quote, pos] = anno.target.selector;
      for (const s of [quote.prefix, quote.suffix]) assert.match(s, WELL_FORMED, `pad ${pad}: ${JSON.stringify(s)}`);
      checkSelectorTarget(text, anno.target);
      assert.equal(pos.start, Array.from(text.slice(0, start)).length);
    }
  });
});

describe('export: schema.org ClaimReview', () => {
  it('reviews only claims with a verdict, with the claim, its author and a named rating', () => {
    const article = cafeArticle();
    const reviews: Json[] = JSON.parse(exportClaimReview([article]));
    const withVerdict = article.claims.filter((p) => (VERDICTS as readonly string[]).includes(p.claim.status));
    assert.equal(reviews.length, withVerdict.length);
    assert.ok(reviews.length >= 3);
    for (const [k, r] of reviews.entries()) {
      const p = withVerdict[k];
      assert.equal(r['@context'], 'https://schema.org');
      assert.equal(r['@type'], 'ClaimReview');
      assert.equal(r.claimReviewed, CAFE.slice(p.span!.start, p.span!.end).replace(/\s+/g, ' ').trim());
      assert.match(r.datePublished, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(r.itemReviewed['@type'], 'Claim');
      assert.equal(r.itemReviewed.appearance.url, 'file:///desk/news/cafe.article');
      if (p.claim.source) {
        assert.ok(['Person', 'Organization'].includes(r.itemReviewed.author['@type']));
        assert.equal(r.itemReviewed.author.name, p.claim.source.entity ?? p.claim.source.text);
      } else assert.equal(r.itemReviewed.author, undefined);
      const rating = r.reviewRating;
      assert.equal(rating['@type'], 'Rating');
      assert.equal(typeof rating.alternateName, 'string');
      if (rating.ratingValue !== undefined) assert.ok(rating.worstRating <= rating.ratingValue && rating.ratingValue <= rating.bestRating);
      assert.deepEqual(r.author, { '@type': 'Person', name: 'Ana Ruiz' });
    }
    const byName = Object.fromEntries(reviews.map((r) => [r.reviewRating.alternateName, r]));
    assert.equal(byName.False.reviewRating.ratingValue, 1);
    assert.equal(byName.True.itemReviewed.author['@type'], 'Organization', '“the city’s statistics office” is an organisation');
    assert.equal(byName.Unverifiable.reviewRating.ratingValue, undefined, 'no scale position for unverifiable');
  });

  it('names the reviewing organisation and the review page when given', () => {
    const reviews: Json[] = JSON.parse(exportClaimReview([cafeArticle()], { reviewer: 'Desk Check', reviewUrl: 'https://desk.example/checks/cafes' }));
    for (const r of reviews) {
      assert.deepEqual(r.author, { '@type': 'Organization', name: 'Desk Check' });
      assert.match(r.url, /^https:\/\/desk\.example\/checks\/cafes#claim-claim-\d$/);
    }
    assert.equal(new Set(reviews.map((r) => r.url)).size, reviews.length);
  });
});
