// "It said …" after a body no entity names: the attribution carries the phrase the pronoun stands
// for (sourceAntecedent), and everything that names a source reads it — the JSON contract, the
// quotes-by-source groups, the CLI summary, the claims sidecar's source — also when the article
// is analysed in pieces. Invented stories in our own words.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import type { Attribution } from '../../server/src/analysis/types';
import { tagClaim } from '../../server/src/annotations/tagging';
import { toContract } from '../../server/src/export/contract';
import { groupSources } from '../../server/src/export/sources';
import { sourceNameOf } from '../../server/src/shared/source-name';

const STORY = [
  'Ferry fares to rise in spring',
  'The province\'s transport ministry said on Monday that ferry fares would rise by 4% in April.',
  'It said the increase would pay for two new crew rotations.',
  'The harbour authority\'s annual report found that sailings ran late on one day in five. It says delays cost the region about $3 million a year.',
  'Officials said the timetable would not change. They said crews had agreed to the new rotations.',
  'The ferry operator, Tidewell Lines, said it welcomed the plan. It said bookings were already up.',
].join('\n\n');

function about(list: Attribution[], words: string): Attribution {
  const a = list.find((x) => x.content.text.includes(words));
  assert.ok(a, `no attribution with "${words}": ${list.map((x) => x.content.text).join(' | ')}`);
  return a!;
}

describe('the phrase a pronoun source stands for (sourceAntecedent)', () => {
  const a = analyze(STORY);

  it('"It said" after an unnamed ministry, a document and "They said" after officials carry the phrase, as written', () => {
    const ministry = about(a.attributions, 'two new crew rotations');
    assert.equal(ministry.source?.text, 'It');
    assert.equal(ministry.sourceEntity, null);
    assert.equal(ministry.sourceAntecedent?.text, 'The province\'s transport ministry');
    assert.equal(STORY.slice(ministry.sourceAntecedent!.start, ministry.sourceAntecedent!.end), ministry.sourceAntecedent!.text);
    assert.equal(about(a.attributions, 'delays cost the region').sourceAntecedent?.text, 'The harbour authority\'s annual report');
    assert.equal(about(a.attributions, 'crews had agreed').sourceAntecedent?.text, 'Officials');
  });

  it('leaves it null where an entity names the source, and where the source is no pronoun', () => {
    const operator = about(a.attributions, 'bookings were already up');
    assert.notEqual(operator.sourceEntity, null, 'the operator is an entity');
    assert.equal(operator.sourceAntecedent, null);
    assert.equal(about(a.attributions, 'fares would rise').sourceAntecedent, null);
  });

  it('names the source by the phrase in the JSON contract, the quote groups and sourceNameOf', () => {
    const json = toContract(a).attributions.find((x) => x.content.text.includes('two new crew rotations'))!;
    assert.deepEqual(json.sourceAntecedent, about(a.attributions, 'two new crew rotations').sourceAntecedent);
    assert.ok(toContract(a).attributions.every((x) => 'sourceAntecedent' in x), 'every attribution writes the field, null when none');
    const ministry = groupSources(a).find((g) => g.name === 'The province\'s transport ministry');
    assert.ok(ministry, groupSources(a).map((g) => g.name).join(' | '));
    assert.equal(ministry!.quotes.length, 2, 'the ministry said it twice, once as "It"');
    assert.ok(!groupSources(a).some((g) => g.name.includes('“It”')), 'no group for an unresolved "It"');
    assert.equal(sourceNameOf(about(a.attributions, 'two new crew rotations'), () => undefined), 'The province\'s transport ministry');
  });

  it('gives a tagged claim the phrase as its source', () => {
    const sentence = 'It said the increase would pay for two new crew rotations.';
    const start = STORY.indexOf(sentence);
    const tagged = tagClaim({ analysis: a, start, end: start + sentence.length, author: null, now: '2026-01-01T00:00:00Z', existing: [] });
    assert.ok(tagged.created);
    assert.equal(tagged.claim.source?.text, 'The province\'s transport ministry');
  });

  it('is the same, shifted to the right offsets, when the article is analysed in pieces', () => {
    const pieces = analyze(STORY, { chunkSize: 200 });
    const whole = a.attributions.map((x) => x.sourceAntecedent);
    assert.deepEqual(pieces.attributions.map((x) => x.sourceAntecedent), whole);
  });
});
