import { strict as assert } from 'node:assert';
import { findAttributions } from '../../server/src/analysis/attributions';
import { segment } from '../../server/src/analysis/segment';
import { about, runAttributions, showAttributions } from './attribution-helpers';
import type { Attribution } from '../../server/src/analysis/types';

// Issue 11, round 22 (ninth session): false cues a new user's articles and blind batch 19 showed.
// Results and statistics that are "posted", a forecast compared with, a headline's request to a
// court. Invented sentences in our own words.

function none(list: Attribution[], fragment: string): void {
  assert.ok(!list.some((a) => a.content.text.includes(fragment) || (a.cue?.text ?? '').includes(fragment)), showAttributions(list));
}

describe('attributions round 22: what is "posted" that is no speech', () => {
  it('a company\'s results ("posted a third-quarter net profit") are no attribution', () => {
    const list = runAttributions('Lindqvist Handelsbank posted a third-quarter net profit of 610 million kronor on Wednesday.');
    none(list, 'net profit');
  });
  it('a player\'s statistic ("who posted a 3.12 ERA") is no attribution', () => {
    const list = runAttributions('Left-hander Owen Marsh, who posted a 3.12 ERA in 30 starts last season, will open the series.');
    none(list, 'ERA');
  });
  it('a team\'s win ("posted a 4-1 victory") is no attribution', () => {
    const list = runAttributions('The Harbour City Gulls posted their fifth straight victory on Sunday.');
    none(list, 'victory');
  });
  it('emojis under a picture are no attribution', () => {
    const list = runAttributions('The singer\'s bandmate Corin Vale posted a row of heart emojis under her latest photo.');
    none(list, 'emojis');
  });
  it('guard: words posted on a platform are speech ("posted on Facebook that …")', () => {
    const list = runAttributions('The mayor posted on Facebook that the Birch Street bridge would reopen on Friday.');
    assert.equal(about(list, 'bridge would reopen').cue?.text, 'posted', showAttributions(list));
  });
  it('guard: a message posted is speech ("posted a message … saying")', () => {
    const list = runAttributions('Councillor Ada Brenner posted a message to residents on Tuesday, saying the vote would go ahead.');
    assert.ok(list.some((a) => a.content.text.includes('vote would go ahead')), showAttributions(list));
  });
});

describe('attributions round 22: a forecast compared with is a noun', () => {
  it('"…, above forecasts." is no attribution with "above" as its source', () => {
    const list = runAttributions('Quarterly revenue rose 7 per cent to $2.1 billion, above forecasts.');
    none(list, 'forecasts');
  });
  it('"…, beating forecasts." is no attribution', () => {
    const list = runAttributions('Same-store sales climbed 4.2 per cent in the quarter, beating forecasts.');
    none(list, 'forecasts');
  });
  it('guard: a forecaster who forecasts a clause keeps the cue', () => {
    const list = runAttributions('The agency forecasts that prices will ease by the spring.');
    assert.equal(about(list, 'prices will ease').cue?.text, 'forecasts', showAttributions(list));
  });
});

describe('attributions round 22: a headline\'s request to a court', () => {
  function headline(title: string): Attribution[] {
    const text = `${title}\n\nThe application was filed in Superior Court on Monday, court records show.`;
    return findAttributions(segment(text), [], []);
  }
  it('"Heritage group asks court to halt demolition" is no attribution', () => {
    none(headline('Farmers\' co-op asks court to halt grain terminal sale'), 'halt');
  });
  it('"… asks Supreme Court to hear …" is no attribution', () => {
    none(headline('Province asks Supreme Court to hear ferry contract appeal'), 'hear');
  });
  it('guard: a headline\'s request to people stays ("Union urges members to reject offer")', () => {
    const list = headline('Nurses\' union urges members to reject wage offer');
    assert.ok(list.some((a) => a.content.text.includes('reject wage offer')), showAttributions(list));
  });
  it('guard: a request to a court in the body stays ("asked a judge to block …")', () => {
    const list = runAttributions('Lawyers for the tenants asked a judge on Monday to block the evictions, saying notice was never served.');
    assert.ok(list.some((a) => a.content.text.includes('notice was never served')), showAttributions(list));
  });
});
