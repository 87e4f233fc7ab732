// brat standoff round trip: re-reading the .ann against the .txt, counting in
// code points as brat (Python) does, gives back the article's text.
import { strict as assert } from 'node:assert';
import { CLAIM_STATUSES } from '../../server/src/annotations/types';
import { bratConfig, bratFiles, exportBrat } from '../../server/src/export/brat';
import { CAFE, cafeArticle, orphanClaim } from './sample';

interface TextBound { id: string; type: string; frags: Array<[number, number]>; text: string }

/** A small standoff reader, independent of the writer. */
function readAnn(ann: string) {
  const tb = new Map<string, TextBound>();
  const other: string[][] = [];
  for (const line of ann.split('\n')) {
    if (line === '') continue;
    const cols = line.split('\t');
    if (cols[0].startsWith('T')) {
      assert.equal(cols.length, 3, `T line has three tab-separated fields: ${line}`);
      const [type, ...rest] = cols[1].split(' ');
      const frags = rest.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      tb.set(cols[0], { id: cols[0], type, frags, text: cols[2] });
    } else other.push(cols);
  }
  return { tb, other };
}

/** What brat shows for a T: each fragment in code points, joined by a space. */
const covered = (cps: string[], t: TextBound) => t.frags.map(([s, e]) => cps.slice(s, e).join('')).join(' ');
/** The same span of the article, as brat fragments it (split at line breaks, trimmed). */
const asFragments = (s: string) => s.split(/\r\n|\r|\n/).map((x) => x.trim()).filter(Boolean).join(' ');

function checkRoundTrip(text: string) {
  const article = cafeArticle(text, [orphanClaim(text)]);
  const doc = exportBrat(article);
  assert.ok(!doc.txt.includes('\r'), '.txt is written with LF line ends');
  assert.equal(doc.txt, text.replace(/\r\n/g, '\n'));
  const cps = Array.from(doc.txt);
  const { tb, other } = readAnn(doc.ann);
  assert.ok(tb.size > 0);
  for (const t of tb.values()) {
    assert.equal(covered(cps, t), t.text, `${t.id} text field equals the .txt at its offsets`);
    for (const [s, e] of t.frags) {
      assert.ok(s < e && e <= cps.length, `${t.id} fragment inside the text`);
      assert.ok(!/[\r\n]/.test(cps.slice(s, e).join('')), `${t.id} fragment does not cross a line break`);
    }
  }
  // Every tagged claim that is still in the text is a Claim T with its status.
  const claims = [...tb.values()].filter((t) => t.type === 'Claim');
  const placed = article.claims.filter((p) => p.span);
  assert.equal(claims.length, placed.length);
  placed.forEach((p, k) => {
    assert.equal(claims[k].text, asFragments(text.slice(p.span!.start, p.span!.end)));
    const status = other.find((o) => o[0].startsWith('A') && o[1] === `Status ${claims[k].id} ${p.claim.status}`);
    assert.ok(status, `status attribute for ${claims[k].id}`);
  });
  // Hand-written entity mentions with accents come back as themselves.
  for (const name of ['Zoë Ångström', 'Café Łódź', 'ZÜRICH']) assert.ok([...tb.values()].some((t) => t.text === name), name);
  // The orphan is reported, not written.
  assert.equal(doc.skipped.length, 1);
  assert.match(doc.skipped[0], /orphan-1/);
  return { doc, tb, other };
}

describe('export: brat standoff', () => {
  it('gives spans whose text equals the article at those offsets (curly quotes, accents, emoji)', () => {
    const { tb } = checkRoundTrip(CAFE);
    // The test means something only if code points and UTF-16 differ before some span.
    const claim = [...tb.values()].find((t) => t.type === 'Claim' && t.text.startsWith('37 cafés'));
    assert.ok(claim);
    assert.notEqual(claim.frags[0][0], CAFE.indexOf('37 cafés'), 'offsets are code points, not UTF-16 units');
    assert.equal(claim.frags[0][0], Array.from(CAFE.slice(0, CAFE.indexOf('37 cafés'))).length);
  });

  it('keeps offsets right when the article has CRLF line ends', () => {
    checkRoundTrip(CAFE.replace(/\n/g, '\r\n'));
  });

  it('splits a span that crosses a paragraph break into fragments', () => {
    const { tb } = checkRoundTrip(CAFE);
    const crossing = [...tb.values()].find((t) => t.type === 'Claim' && t.text.startsWith('the steepest rise'));
    assert.ok(crossing);
    assert.equal(crossing.frags.length, 2);
  });

  it('links attributions and entity mentions to text-bound annotations that exist', () => {
    const { tb, other } = checkRoundTrip(CAFE);
    const ids = new Set([...tb.keys(), ...other.filter((o) => o[0].startsWith('E')).map((o) => o[0])]);
    for (const o of other) {
      const refs =
        o[0].startsWith('E') ? o[1].split(' ').map((a) => a.split(':')[1])
        : o[0].startsWith('R') ? o[1].split(' ').slice(1).map((a) => a.split(':')[1])
        : o[0].startsWith('A') || o[0].startsWith('#') ? [o[1].split(' ')[1]]
        : o[0] === '*' ? o[1].split(' ').slice(1)
        : assert.fail(`unknown line ${o.join('\t')}`);
      for (const r of refs) assert.ok(ids.has(r), `${o.join('\t')} refers to ${r}`);
    }
    // The direct quote written by hand is an event with its cue as trigger.
    const content = [...tb.values()].find((t) => t.type === 'Content' && t.text.startsWith('Our rent went'));
    assert.ok(content);
    const event = other.find((o) => o[0].startsWith('E') && o[1].includes(`Content:${content.id}`));
    assert.ok(event, 'attribution event');
    const [trigger] = event[1].split(' ');
    assert.equal(tb.get(trigger.split(':')[1])?.text, 'said');
    const source = event[1].split(' ').find((a) => a.startsWith('Source:'));
    assert.equal(tb.get(source!.split(':')[1])?.text, 'Zoë Ångström');
    // Without a cue, a relation Content → Source.
    const anon = [...tb.values()].find((t) => t.type === 'Content' && t.text === '37 cafés had closed since January');
    assert.ok(other.some((o) => o[0].startsWith('R') && o[1].startsWith(`AttributedTo Arg1:${anon!.id} `)));
  });

  it('declares every type and status it writes in annotation.conf', () => {
    const { tb, other } = checkRoundTrip(CAFE);
    const conf = bratConfig();
    const entities = conf.split('[relations]')[0];
    for (const t of tb.values()) {
      if (t.type === 'Attribution') assert.match(conf, /^\[events\]\nAttribution /m);
      else assert.match(entities, new RegExp(`^${t.type}$`, 'm'), t.type);
    }
    for (const s of CLAIM_STATUSES) assert.ok(conf.includes(s));
    for (const o of other.filter((x) => x[0].startsWith('A'))) {
      const [name, , value] = o[1].split(' ');
      assert.match(conf, new RegExp(`^${name} Arg:[^\\n]*Value:[^\\n]*\\b${value}\\b`, 'm'), `${name} ${value}`);
    }
  });

  it('names files after the articles and keeps them apart', () => {
    const a = cafeArticle();
    const { files } = bratFiles([a, { ...a, file: 'other/cafe.article' }], (x) => x.file.split('/').pop()!.replace(/\.[^.]*$/, ''));
    assert.deepEqual(files.map((f) => f.name), ['cafe.txt', 'cafe.ann', 'cafe-2.txt', 'cafe-2.ann', 'annotation.conf']);
  });
});
