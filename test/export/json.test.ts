// JSON export: the CLI contract plus the tagged claims as placed in the text.
import { strict as assert } from 'node:assert';
import { exportJson } from '../../server/src/export/json';
import { prepareArticle } from '../../server/src/export/prepare';
import { CAFE, CAFE_CLAIMS, cafeAnalysis, cafeArticle, orphanClaim, sidecarFor } from './sample';

describe('export: JSON', () => {
  it('is the analysis contract plus the tagged claims, placed in the current text', () => {
    const article = cafeArticle(CAFE, [orphanClaim(CAFE)]);
    const doc = JSON.parse(exportJson([article]));
    for (const key of ['entities', 'figures', 'attributions', 'claims', 'boilerplate', 'taggedClaims']) assert.ok(Array.isArray(doc[key]), key);
    assert.equal(doc.file, 'news/cafe.article');
    assert.equal(doc.entities.length, article.analysis.entities.length);
    assert.equal(doc.taggedClaims.length, article.claims.length);
    for (const c of doc.taggedClaims) {
      if (c.id === 'orphan-1') {
        assert.equal(c.placed, null);
        assert.equal(c.anchor, 'orphaned');
        continue;
      }
      assert.equal(CAFE.slice(c.placed.start, c.placed.end), c.placed.text);
      assert.equal(c.placed.text, c.target.quote.exact);
      assert.equal(typeof c.status, 'string');
    }
  });

  it('follows claims when the text changed since they were tagged', () => {
    // The sidecar was written for CAFE; the article has since gained a paragraph on top.
    const edited = 'Correction: an earlier version misspelt a name.\n\n' + CAFE;
    const moved = prepareArticle({ file: 'cafe.article', uri: 'file:///cafe.article', text: edited, analysis: cafeAnalysis(edited), sidecar: sidecarFor(CAFE, CAFE_CLAIMS) });
    const doc = JSON.parse(exportJson([moved]));
    assert.equal(doc.taggedClaims.length, CAFE_CLAIMS.length);
    for (const c of doc.taggedClaims) {
      assert.ok(c.placed, `${c.id} placed`);
      assert.equal(edited.slice(c.placed.start, c.placed.end), c.placed.text);
      assert.ok(c.placed.start > c.target.position.start - 1 && c.placed.line > 2);
    }
  });

  it('is an array for several articles', () => {
    const doc = JSON.parse(exportJson([cafeArticle(), cafeArticle()]));
    assert.ok(Array.isArray(doc));
    assert.equal(doc.length, 2);
  });
});
