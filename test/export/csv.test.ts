// CSV round trip: a real CSV parser gives back every field we put in.
import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import { CLAIM_COLUMNS, ENTITY_COLUMNS, claimsCsv, csvTable, entitiesCsv } from '../../server/src/export/csv';
import { cafeArticle, orphanClaim, CAFE } from './sample';

function rows(csv: string, bom = false): string[][] {
  return parse(csv, { bom, relax_quotes: false, relax_column_count: false }) as string[][];
}

describe('export: CSV', () => {
  it('re-parses to the same fields, with commas, quotes and line breaks intact', () => {
    const tricky = [
      ['plain', 'with, comma', 'with "quotes"', 'two\nlines', 'crlf\r\ninside', ' spaced ', '', '“curly” — ü 😞'],
    ];
    const back = rows(csvTable(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], tricky));
    assert.deepEqual(back, [['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], ...tricky]);
  });

  it('writes one row per tagged claim with every field', () => {
    const article = cafeArticle(CAFE, [orphanClaim(CAFE)]);
    const [header, ...body] = rows(claimsCsv([article]));
    assert.deepEqual(header, [...CLAIM_COLUMNS]);
    assert.equal(body.length, article.claims.length);
    const col = (name: (typeof CLAIM_COLUMNS)[number]) => header.indexOf(name);
    for (const [k, p] of article.claims.entries()) {
      const r = body[k];
      const expected = p.span ? CAFE.slice(p.span.start, p.span.end) : p.claim.target.quote.exact;
      assert.equal(r[col('claim')], expected);
      assert.equal(r[col('note')], p.claim.note);
      assert.equal(r[col('status')], p.claim.status);
      assert.equal(r[col('id')], p.claim.id);
      assert.equal(r[col('file')], 'news/cafe.article');
      assert.equal(r[col('line')], p.line === null ? '' : String(p.line));
      assert.equal(r[col('evidence')], p.claim.evidence.map((e) => e.url).join('; '));
      assert.equal(r[col('updated')], p.claim.updatedAt);
    }
    // The claim with a CRLF inside its note and the paragraph-crossing one survive.
    assert.ok(body.some((r) => r[col('note')].includes('\r\n')));
    assert.ok(body.some((r) => r[col('claim')].includes('\n\n')));
    const orphan = body.find((r) => r[col('id')] === 'orphan-1');
    assert.ok(orphan);
    assert.equal(orphan[col('anchor')], 'orphaned');
    assert.equal(orphan[col('line')], '');
  });

  it('puts the line number of the claim in the article', () => {
    const article = cafeArticle();
    const [header, ...body] = rows(claimsCsv([article]));
    const line = body.find((r) => r[header.indexOf('claim')].startsWith('37 cafés'))?.[header.indexOf('line')];
    const expected = CAFE.slice(0, CAFE.indexOf('37 cafés')).split('\n').length;
    assert.equal(line, String(expected));
  });

  it('starts with a BOM only when asked, and the parser strips it', () => {
    const article = cafeArticle();
    const withBom = claimsCsv([article], { bom: true });
    assert.equal(withBom.charCodeAt(0), 0xfeff);
    assert.notEqual(claimsCsv([article]).charCodeAt(0), 0xfeff);
    assert.deepEqual(rows(withBom, true), rows(claimsCsv([article])));
  });

  it('ends rows with CRLF as RFC 4180 asks', () => {
    const csv = claimsCsv([cafeArticle()]);
    assert.ok(csv.startsWith(CLAIM_COLUMNS.join(',') + '\r\n'));
    assert.ok(csv.endsWith('\r\n'));
  });

  it('lists entities with name, type, aliases and mention counts', () => {
    const article = cafeArticle();
    const [header, ...body] = rows(entitiesCsv([article]));
    assert.deepEqual(header, [...ENTITY_COLUMNS]);
    assert.equal(body.length, article.analysis.entities.length);
    const zurich = body.find((r) => r[header.indexOf('id')] === 'hand-3');
    assert.ok(zurich);
    assert.equal(zurich[header.indexOf('name')], 'Zürich');
    assert.equal(zurich[header.indexOf('type')], 'LOCATION');
    assert.equal(zurich[header.indexOf('aliases')], 'ZÜRICH');
    assert.equal(zurich[header.indexOf('mentions')], '3');
    for (const [k, e] of article.analysis.entities.entries()) assert.equal(body[k][header.indexOf('name')], e.name);
  });

  it('combines several articles into one table, each row naming its file', () => {
    const a = cafeArticle();
    const b = { ...cafeArticle(), file: 'other/second.article' };
    const [, ...body] = rows(claimsCsv([a, b]));
    assert.equal(body.length, a.claims.length + b.claims.length);
    assert.deepEqual([...new Set(body.map((r) => r[0]))], ['news/cafe.article', 'other/second.article']);
  });
});
