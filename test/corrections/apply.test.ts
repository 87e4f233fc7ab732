import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { correctEntity, dismissFinding, mergeEntities, setQuoteSource, splitEntity } from '../../server/src/annotations/correction-ops';
import type { Correction } from '../../server/src/annotations/types';
import { applyCorrections, correctedEntityId, isDismissed } from '../../server/src/corrections';
import { ARTICLE, NOW, spanOf } from './helpers';

const input = (text: string, words: string, n = 0) => ({ text, ...spanOf(text, words, n), now: NOW, author: 'Test Editor' });
const mentionAt = (a: ReturnType<typeof analyze>, s: { start: number; end: number }) =>
  a.mentions.find((m) => m.start === s.start && m.end === s.end);

describe('corrections: applied to an analysis (pure)', () => {
  const raw = analyze(ARTICLE);

  it('the article has the mistakes the tests correct (so each test can fail)', () => {
    assert.equal(mentionAt(raw, spanOf(ARTICLE, 'Brightwater Marine'))?.type, 'PERSON');
    assert.ok(mentionAt(raw, spanOf(ARTICLE, 'Bill')));
    assert.equal(mentionAt(raw, spanOf(ARTICLE, 'Kestrel')), undefined);
    const quote = raw.attributions.find((a) => a.content.text.startsWith('Nobody likes'));
    assert.equal(quote?.source, null);
  });

  it('no corrections: the very same analysis', () => {
    assert.equal(applyCorrections(raw, []).analysis, raw);
  });

  it('a type applies to every mention of the name, and the entity card follows', () => {
    const list = correctEntity([], input(ARTICLE, 'Brightwater Marine'), 'ORGANIZATION');
    const { analysis } = applyCorrections(raw, list);
    const m = mentionAt(analysis, spanOf(ARTICLE, 'Brightwater Marine'));
    assert.equal(m?.type, 'ORGANIZATION');
    const e = analysis.entities.find((x) => x.id === m?.entity);
    assert.equal(e?.type, 'ORGANIZATION');
    assert.equal(e?.name, 'Brightwater Marine');
    // "Brightwater" alone is another name: it keeps the engine's type, in its own entity now.
    const alone = mentionAt(analysis, spanOf(ARTICLE, 'Brightwater said'.slice(0, 11), 1));
    assert.equal(alone?.type, 'PERSON');
    assert.notEqual(alone?.entity, m?.entity);
    // The quote said by "Brightwater Marine" follows the mention to its entity.
    const said = analysis.attributions.find((a) => a.source?.text === 'Brightwater Marine');
    assert.equal(said?.sourceEntity, m?.entity);
  });

  it('NONE removes every mention of the name; a missed name becomes a mention wherever it stands', () => {
    let list = correctEntity([], input(ARTICLE, 'Bill'), 'NONE');
    list = correctEntity(list, input(ARTICLE, 'Kestrel'), 'ORGANIZATION');
    const { analysis } = applyCorrections(raw, list);
    assert.equal(mentionAt(analysis, spanOf(ARTICLE, 'Bill')), undefined);
    assert.ok(!analysis.entities.some((e) => e.aliases.includes('Bill')));
    const k = mentionAt(analysis, spanOf(ARTICLE, 'Kestrel'));
    assert.equal(k?.type, 'ORGANIZATION');
    assert.equal(k?.entity, correctedEntityId('Kestrel'));
    const reported = analysis.attributions.find((a) => a.source?.text === 'Kestrel');
    assert.equal(reported?.sourceEntity, correctedEntityId('Kestrel'));
  });

  it('a quote source set to a mention: the quote moves to that entity', () => {
    const list = setQuoteSource([], input(ARTICLE, 'Nobody likes a new tax, but the docks come first.'), spanOf(ARTICLE, 'Maria Okafor'));
    const { analysis } = applyCorrections(raw, list);
    const q = analysis.attributions.find((a) => a.content.text.startsWith('Nobody likes'));
    assert.equal(q?.source?.text, 'Maria Okafor');
    assert.equal(q?.sourceEntity, mentionAt(analysis, spanOf(ARTICLE, 'Maria Okafor'))?.entity);
  });

  it('an unnamed source: no source, and the quote is no longer a finding', () => {
    const quote = spanOf(ARTICLE, 'We were never consulted,');
    const list = setQuoteSource([], { text: ARTICLE, ...quote, now: NOW, author: null }, null);
    const { analysis } = applyCorrections(raw, list);
    const q = analysis.attributions.find((a) => a.content.start === quote.start);
    assert.equal(q?.source, null);
    assert.equal(q?.sourceEntity, null);
    assert.ok(isDismissed(analysis, 'unattributed-quote', quote));
  });

  it('dismissed findings: check-worthy and boilerplate leave the lists; all are recorded', () => {
    const cw = raw.claims.find((c) => c.text.startsWith('Okafor said'))!;
    const bp = raw.boilerplate[0];
    let list: Correction[] = dismissFinding([], { text: ARTICLE, start: cw.start, end: cw.end, now: NOW, author: null }, 'check-worthy', 'a plan, not a claim');
    list = dismissFinding(list, { text: ARTICLE, start: bp.start, end: bp.end, now: NOW, author: null }, 'boilerplate', null);
    const q = raw.attributions.find((a) => a.content.text.startsWith('Nobody likes'))!;
    list = dismissFinding(list, { text: ARTICLE, start: q.content.start, end: q.content.end, now: NOW, author: null }, 'unattributed-quote', null);
    const { analysis } = applyCorrections(raw, list);
    assert.ok(!analysis.claims.some((c) => c.start === cw.start));
    assert.equal(analysis.boilerplate.length, raw.boilerplate.length - 1);
    assert.equal(analysis.segmentation.boilerplate.length, raw.segmentation.boilerplate.length - 1);
    assert.ok(isDismissed(analysis, 'unattributed-quote', q.content));
    assert.equal(analysis.dismissed?.find((d) => d.code === 'check-worthy')?.reason, 'a plan, not a claim');
    assert.equal(raw.claims.length, analyze(ARTICLE).claims.length, 'the engine result is not changed in place');
  });

  it('merge: another entity\'s mentions join; split: a name leaves a wrong group; quotes follow', () => {
    const port = spanOf(ARTICLE, 'PORT ELLIS');
    const ellis = spanOf(ARTICLE, 'Ellis');
    assert.notEqual(mentionAt(raw, port)?.entity, mentionAt(raw, ellis)?.entity);
    const merged = applyCorrections(raw, mergeEntities([], input(ARTICLE, 'PORT ELLIS'), ellis)).analysis;
    assert.equal(mentionAt(merged, ellis)?.entity, mentionAt(merged, port)?.entity);
    assert.equal(merged.entities.length, raw.entities.length - 1);
    const card = merged.entities.find((e) => e.id === mentionAt(merged, port)?.entity);
    assert.deepEqual([...(card?.aliases ?? [])].sort(), ['Ellis', 'PORT ELLIS']);

    const alone = spanOf(ARTICLE, 'Brightwater said'.slice(0, 11), 1);
    assert.equal(mentionAt(raw, alone)?.entity, mentionAt(raw, spanOf(ARTICLE, 'Brightwater Marine'))?.entity);
    const split = applyCorrections(raw, splitEntity([], { text: ARTICLE, ...alone, now: NOW, author: null })).analysis;
    const own = mentionAt(split, alone)?.entity;
    assert.notEqual(own, mentionAt(split, spanOf(ARTICLE, 'Brightwater Marine'))?.entity);
    // The quote "Brightwater" said goes with it.
    assert.equal(split.attributions.find((a) => a.source?.start === alone.start)?.sourceEntity, own);
  });

  it('re-anchored after an outside edit; orphaned (not dropped) when the words are gone', () => {
    let list = correctEntity([], input(ARTICLE, 'Kestrel'), 'ORGANIZATION');
    list = dismissFinding(list, { ...input(ARTICLE, 'Sign up for our newsletter here.') }, 'boilerplate', null);
    const edited = 'UPDATED: adds the vote count.\n\n' + ARTICLE;
    const after = applyCorrections(analyze(edited), list);
    assert.equal(mentionAt(after.analysis, spanOf(edited, 'Kestrel'))?.type, 'ORGANIZATION');
    assert.equal(after.analysis.boilerplate.length, 0);
    assert.deepEqual(after.corrections.map((c) => c.anchor), ['anchored', 'anchored']);
    const without = ARTICLE.replace('Kestrel reported the vote first.', '');
    const gone = applyCorrections(analyze(without), list);
    assert.equal(gone.corrections.length, 2);
    assert.equal(gone.corrections[0].anchor, 'orphaned');
  });
});
