import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { findAttributions } from '../../server/src/analysis/attributions';
import { segment } from '../../server/src/analysis/segment';
import type { Attribution } from '../../server/src/analysis/types';
import { about, runAttributions, showAttributions, showSpeakers } from './attribution-helpers';
import type { Name } from './attribution-helpers';

// Issue 11, round 19: what a new user's articles showed. Nouns read as cues after a verb or a
// number-word, an adverb after the cue taken as content, section labels before a headline's colon,
// and a name inside the modifiers of the subject taken for the source. Invented sentences in our
// own words.

function run(body: string, names: Name[] = []): Attribution[] {
  return runAttributions(body, names, true);
}

/** The attributions of a text whose first line is its own headline. */
function runWithHeadline(text: string): Attribution[] {
  return findAttributions(segment(text), [], []);
}

describe('attributions round 19: nouns that are no cues', () => {
  it('a plural noun after a verb in a headline is no cue ("…, tops estimates")', () => {
    const list = runWithHeadline('Harbour Mills profit climbs 12% in second quarter, tops forecasts\n\nHarbour Mills reported a higher profit on Tuesday.');
    assert.equal(list.filter((a) => a.cue?.text === 'forecasts').length, 0, showAttributions(list));
  });
  it('guard: a singular subject in "-ss" before an "-s" cue still reports ("their boss says …")', () => {
    const list = run('Their boss says the plant will stay open until spring.');
    assert.equal(about(list, 'plant will stay open').cue?.text, 'says', showAttributions(list));
  });
  it('guard: a singular head before a plural in "-s" keeps its cue when a clause follows ("a wave of strikes and protests demands that …")', () => {
    const list = run('A wave of strikes and protests demands that the council reopen the talks.');
    assert.equal(about(list, 'reopen the talks').cue?.text, 'demands', showAttributions(list));
  });
  it('a noun after a number-word adjective is no cue ("the 30-year note fell …")', () => {
    const list = run('The rate on the benchmark 30-year note dropped six basis points to 4.12% on Monday.');
    assert.equal(list.length, 0, showAttributions(list));
  });
});

describe('attributions round 19: a plea is no speech', () => {
  it('"admitted nine counts of theft" reports no words', () => {
    const list = run('Keith Marlow, 54, of Dunmore, admitted nine counts of theft at Carlow District Court on Tuesday.',
      [{ id: 'km', type: 'PERSON', forms: ['Keith Marlow'] }]);
    assert.equal(list.length, 0, showAttributions(list));
  });
  it('guard: "admitted that the checks were late" still reports', () => {
    const list = run('The treasurer admitted that the checks were late.');
    assert.equal(about(list, 'checks were late').cue?.text, 'admitted', showAttributions(list));
  });
});

describe('attributions round 19: an adverb after the cue is no content', () => {
  it('"…, the agency said separately." reports the clause before the cue', () => {
    const list = run('Housing starts slipped 3.4% in August, the statistics agency said separately.');
    assert.equal(list.length, 1, showAttributions(list));
    assert.ok(list[0].content.text.startsWith('Housing starts slipped'), showAttributions(list));
  });
  it('"…, Harbour Energy said previously." reports the clause before the cue', () => {
    const list = run('The pipeline will carry gas to the coast by 2029, Harbour Energy said previously.',
      [{ id: 'he', type: 'ORGANIZATION', forms: ['Harbour Energy'] }]);
    assert.equal(list.length, 1, showAttributions(list));
    assert.ok(list[0].content.text.startsWith('The pipeline will carry'), showAttributions(list));
  });
});

describe('attributions round 19: section labels before a headline colon', () => {
  it('"FACT CHECK: …" is a label, not a speaker', () => {
    const list = runWithHeadline('FACT CHECK: No, the city did not close every public pool this summer\n\nA video shared online says the pools are shut.');
    assert.equal(list.filter((a) => a.cue?.text === ':').length, 0, showAttributions(list));
  });
  it('"Q&A: …" and "Fact check: …" are labels, not speakers', () => {
    for (const head of ['Q&A: What the new transit fare rules mean for students', 'Fact check: Did the province really cut school funding?']) {
      const list = runWithHeadline(head + '\n\nThe rules take effect in March.');
      assert.equal(list.filter((a) => a.cue?.text === ':').length, 0, head + ' ' + showAttributions(list));
    }
  });
  it('guard: a named speaker before a headline colon still speaks', () => {
    const list = runWithHeadline('Mayor Dana Pell: ‘We will rebuild the bridge’\n\nThe mayor spoke on Monday.');
    assert.equal(list.filter((a) => a.cue?.text === ':').length, 1, showAttributions(list));
  });
});

describe('attributions round 19: who the source is', () => {
  it('a name inside the participle phrase of the subject is not the source', () => {
    const list = run('A video viewed more than 40,000 times on TikTok claims that the province has banned wood stoves.',
      [{ id: 'tt', type: 'ORGANIZATION', forms: ['TikTok'] }]);
    const a = about(list, 'banned wood stoves');
    assert.ok(a.source?.text.startsWith('A video'), showAttributions(list));
    assert.equal(a.sourceEntity, null, showSpeakers(list));
  });
  it('a platform inside the participle phrase is not the source (whole engine: "a video posted on Instagram claims …")', () => {
    const result = analyze('Ferry fares row\n\nA video posted on Instagram claims that the ferry fares will double next year.\n\n' +
      'A clip posted on TikTok last week claims that the island schools will shut.\n');
    assert.ok(result.entities.some((e) => e.name === 'Instagram'), JSON.stringify(result.entities.map((e) => e.name)));
    const a = result.attributions.find((x) => x.cue?.text === 'claims' && x.content.text.includes('fares will double'));
    assert.ok(a && a.source?.text.startsWith('A video'), showSpeakers(result.attributions));
    assert.equal(a.sourceEntity, null, showSpeakers(result.attributions));
  });
  it('the participle describing the subject is no cue of its own ("a video posted on Instagram claims that …")', () => {
    const list = run('A video posted on Instagram claims that the ferry fares will double.',
      [{ id: 'ig', type: 'ORGANIZATION', forms: ['Instagram'] }]);
    assert.deepEqual(list.map((a) => a.cue?.text), ['claims'], showAttributions(list));
  });
  it('guard: "a report released in May by the Halden Institute found …" speaks for its author', () => {
    const list = run('A report released in May by the Halden Institute found that rents rose faster than wages.',
      [{ id: 'hi', type: 'ORGANIZATION', forms: ['Halden Institute'] }]);
    assert.equal(about(list, 'rents rose').sourceEntity, 'hi', showSpeakers(list));
  });
  it('guard: "a group called X" is X; "the newly elected mayor Ann Lee" is Lee', () => {
    const list = run('A group called Streets for All says that the lanes save lives. The newly elected mayor Ann Lee said that the lanes stay.',
      [{ id: 'sfa', type: 'ORGANIZATION', forms: ['Streets for All'] }, { id: 'al', type: 'PERSON', forms: ['Ann Lee'] }]);
    assert.equal(about(list, 'save lives').sourceEntity, 'sfa', showSpeakers(list));
    assert.equal(about(list, 'lanes stay').sourceEntity, 'al', showSpeakers(list));
  });
  it('a document with an owner says: "The bank’s note to investors said …"', () => {
    const list = run('The bank’s note to investors said households “are still spending.”');
    const a = about(list, 'still spending');
    assert.equal(a.cue?.text, 'said', showAttributions(list));
  });
});
