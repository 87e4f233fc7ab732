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

describe('attributions round 22: a speaker named after the cue, closing the sentence', () => {
  it('"…, says political scientist X in Almaty." speaks the words before', () => {
    const list = runAttributions('Even Turkey has more pull in the region through its television dramas, says political scientist Aigerim Tulegenova in Almaty.');
    const a = about(list, 'more pull in the region');
    assert.equal(a.source?.text, 'political scientist Aigerim Tulegenova', showAttributions(list));
  });
  it('"…, said the company\'s chief executive, Jon R. Halvard." speaks the words before', () => {
    const list = runAttributions('In nearby Kettle Falls, the mill is holding on, but it is under heavy pressure from cheaper imports, said the company\'s chief executive, Jon R. Halvard.');
    const a = about(list, 'under heavy pressure');
    assert.equal(a.source?.text, 'the company\'s chief executive', showAttributions(list));
  });
  it('guard: "…, said the mayor, who chairs the board." keeps the words before too', () => {
    const list = runAttributions('The vote was close, said the mayor, who chairs the board.');
    assert.equal(about(list, 'vote was close').source?.text, 'the mayor', showAttributions(list));
  });
});

describe('attributions round 22: what "according to" cites', () => {
  it('after a colon: "…: Halden was the busiest port in 2025, according to one index"', () => {
    const list = runAttributions('The levy has not hurt shipping: Halden was the busiest port on the coast in 2025, according to one industry index.');
    assert.equal(about(list, 'busiest port').content.text, 'Halden was the busiest port on the coast in 2025', showAttributions(list));
  });
  it('inside brackets: "(the real figure is closer to 12 per cent, according to X)"', () => {
    const list = runAttributions('The post claimed that most of the fund went to consultants (the real figure is closer to 12 per cent, according to the auditor general).');
    const a = list.find((x) => x.cue?.text === 'according to');
    assert.equal(a?.content.text, 'the real figure is closer to 12 per cent', showAttributions(list));
  });
  it('guard: a colon inside a quoted title is none', () => {
    const list = runAttributions('Her memoir, "Tidewater: A Life on the Docks," has sold 40,000 copies, according to BookTrack.');
    assert.ok(about(list, 'has sold 40,000 copies').content.text.startsWith('Her memoir'), showAttributions(list));
  });
});

describe('attributions round 22: "as X reported" in an aside', () => {
  it('"…, as the Harbour Herald reported on Tuesday." cites the clause before', () => {
    const list = runAttributions('The deputy mayor also met the developer that week, as the Harbour Herald reported on Tuesday.');
    const a = about(list, 'met the developer');
    assert.equal(a.source?.text, 'the Harbour Herald', showAttributions(list));
    assert.equal(a.cue?.text, 'reported', showAttributions(list));
  });
  it('"Given that, as the Herald reported on Saturday, he has …" cites the clause after', () => {
    const list = runAttributions('That matters, given that, as the Herald reported on Saturday, he has already become an adviser to the premier.');
    assert.equal(about(list, 'already become an adviser').source?.text, 'the Herald', showAttributions(list));
  });
  it('guard: "as she noted how …" is no aside (what she noted follows)', () => {
    const list = runAttributions('The minister smiled as she noted how quickly the bridge had been rebuilt.');
    assert.ok(!list.some((a) => a.content.text.includes('The minister smiled')), showAttributions(list));
  });
  it('guard: a connective before the aside is no part of what was said ("Of course, as X noted, …")', () => {
    const list = runAttributions('Of course, as Ms. Varga noted, the harbour has flooded twice since 2019.');
    assert.ok(!list.some((a) => a.content.text === 'Of course'), showAttributions(list));
    assert.ok(list.some((a) => a.content.text.includes('harbour has flooded')), showAttributions(list));
  });
});
