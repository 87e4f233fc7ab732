import { strict as assert } from 'node:assert';
import type { Attribution } from '../../server/src/analysis/types';
import { about, runAttributions, showAttributions, showSpeakers } from './attribution-helpers';
import type { Name } from './attribution-helpers';

// Issue 11, round 18: what the blind batch 16 and the known leftovers showed. An adverbial of
// place between the cue and "that", a past participle that describes a noun ("the agreements
// announced in Seoul"), a negated "does not say how …", "the judge found …" without "that", and
// "it" after the unit of a company. Invented sentences in our own words.

function run(body: string, names: Name[] = []): Attribution[] {
  return runAttributions(body, names, true);
}

describe('attributions round 18: where the content starts and what is no cue', () => {
  it('"said outside the courthouse that …": the content starts after "that"', () => {
    const list = run('Defence lawyer Mira Santos said outside the courthouse that her client would appeal.',
      [{ id: 'ms', type: 'PERSON', forms: ['Mira Santos'] }]);
    assert.equal(about(list, 'would appeal').content.text, 'her client would appeal', showAttributions(list));
  });
  it('"told reporters outside the legislature that …": the content starts after "that"', () => {
    const list = run('Premier Joan Ledger told reporters outside the legislature that the bill would pass.',
      [{ id: 'jl', type: 'PERSON', forms: ['Joan Ledger'] }]);
    assert.equal(about(list, 'would pass').content.text, 'the bill would pass', showAttributions(list));
  });
  it('a past participle describing a noun is no cue ("the agreements announced in Seoul were …")', () => {
    const list = run(
      'Opposition Leader Ruth Amadi was not impressed. She told reporters at the legislature that several of the deals announced in Tokyo were letters of intent that bind no one.',
      [{ id: 'ra', type: 'PERSON', forms: ['Ruth Amadi'] }, { id: 'tk', type: 'LOCATION', forms: ['Tokyo'] }]);
    assert.equal(list.filter((a) => a.cue?.text === 'announced').length, 0, showAttributions(list));
    const a = about(list, 'letters of intent');
    assert.equal(a.cue?.text, 'told', showAttributions(list));
    assert.equal(a.sourceEntity, 'ra', showSpeakers(list));
  });
  it('guard: a subject without its determiner still reports ("Several outlets reported on Friday the agency had …")', () => {
    const list = run('Several outlets reported on Friday the agency had warned the minister twice.');
    assert.equal(about(list, 'warned the minister').cue?.text, 'reported', showAttributions(list));
  });
  it('guard: "proposed just that in 2013" is no time alone', () => {
    const list = run('Senator Ruth Okafor proposed just that in 2013.', [{ id: 'ro', type: 'PERSON', forms: ['Ruth Okafor'] }]);
    assert.ok(about(list, 'just that'), showAttributions(list));
  });
  it('"rules the province announced this week" reports no words (a time alone is no content)', () => {
    const list = run('Daycares can no longer charge late fees under rules the province announced this week.');
    assert.equal(list.length, 0, showAttributions(list));
  });
  it('"though it does not say how large …" is no attribution', () => {
    const list = run('The same report says the fund will grow, though it does not say how large the fund will be.');
    assert.equal(list.filter((a) => a.cue?.text === 'say').length, 0, showAttributions(list));
    assert.ok(about(list, 'fund will grow'));
  });
});

describe('attributions round 18: a judge\'s finding and who "it" is', () => {
  it('"The judge found the lawyer had offered no evidence" is the judge\'s finding', () => {
    const list = run('The judge found the landlord had offered no evidence that the tenant caused the damage.');
    const a = about(list, 'offered no evidence');
    assert.equal(a.cue?.text, 'found', showAttributions(list));
    assert.equal(a.source?.text, 'The judge', showAttributions(list));
  });
  it('"found the tenant\'s lawyer had …": a possessive inside the subject of the finding', () => {
    const list = run("The arbitrator found the tenant's lawyer had filed the complaint too late.");
    assert.equal(about(list, 'filed the complaint').cue?.text, 'found', showAttributions(list));
  });
  it('"declared X was …" without "that" is a declaration', () => {
    const list = run('The ministry declared the strike was illegal and ordered the crews back to work.');
    assert.equal(about(list, 'strike was illegal').cue?.text, 'declared', showAttributions(list));
  });
  it('guard: "declared war on" reports no words', () => {
    const list = run('The rebels declared war on the capital in 1988.');
    assert.equal(list.length, 0, showAttributions(list));
  });
  it('guard: "found" with a plain object is no attribution ("police found the car abandoned")', () => {
    const list = run('Police found the car near the river on Sunday. The inspector found the keys were still inside.');
    assert.equal(list.filter((a) => a.content.text.includes('near the river')).length, 0, showAttributions(list));
  });
  it('"it said" after "The unit of X reported …" is not the parent company X', () => {
    const list = run('The Canadian unit of Halvorsen Group reported a loss of $40 million for the quarter. It said sales fell in Ontario.',
      [{ id: 'hg', type: 'ORGANIZATION', forms: ['Halvorsen Group'] }, { id: 'on', type: 'LOCATION', forms: ['Ontario'] }]);
    assert.notEqual(about(list, 'sales fell').sourceEntity, 'hg', showSpeakers(list));
  });
});

describe('attributions round 18: a results release\'s headline reports figures, not words', () => {
  it('"X Reports Strong Third Quarter Results, Raises Dividend" is no attribution', () => {
    const list = run('Quarry Lane Foods Reports Strong Third Quarter Results, Raises Dividend\n\nTORONTO — Quarry Lane Foods Inc. said sales rose 4 per cent in the quarter.',
      [{ id: 'ql', type: 'ORGANIZATION', forms: ['Quarry Lane Foods Inc.', 'Quarry Lane Foods'] }]);
    assert.equal(list.filter((a) => a.cue?.text === 'Reports').length, 0, showAttributions(list));
    assert.ok(about(list, 'sales rose'));
  });
  it('guard: "X Announces Record Gold Production" is no attribution', () => {
    const list = run('Halvorsen Mining Announces Record Gold Production\n\nVANCOUVER — Halvorsen Mining Corp. said output rose.',
      [{ id: 'hm', type: 'ORGANIZATION', forms: ['Halvorsen Mining Corp.', 'Halvorsen Mining'] }]);
    assert.equal(list.filter((a) => a.cue?.text === 'Announces').length, 0, showAttributions(list));
  });
  it('guard: a headline whose verb takes a clause still reports ("Mayor Reports City Will Miss Target")', () => {
    const list = run('Mayor Reports City Will Miss Housing Target\n\nThe mayor said the city would build fewer homes.');
    assert.equal(list.filter((a) => a.cue?.text === 'Reports').length, 1, showAttributions(list));
  });
});

describe('attributions round 18: a man named as an object does not take "he" from the subject before', () => {
  const people = (a: string, b: string): Name[] => [{ id: 'a', type: 'PERSON', forms: [a, a.split(' ')[1]] }, { id: 'b', type: 'PERSON', forms: [b, b.split(' ')[1]] }];
  it('a verb\'s object ("Police arrested Marcus Dell …. He said …") is not the speaker', () => {
    const list = run('Chief Ken Albright took questions for an hour. Police arrested Marcus Dell outside the mall on Sunday. He said officers had acted quickly.',
      people('Ken Albright', 'Marcus Dell'));
    assert.equal(about(list, 'acted quickly').sourceEntity, 'a', showSpeakers(list));
  });
  it('an object after a role ("had invited union leader Carl Ames") is not the speaker', () => {
    const list = run('Premier Wade Lutz defended the deal on Monday. His office had invited union leader Carl Ames to the signing. He said the agreement would hold.',
      people('Wade Lutz', 'Carl Ames'));
    assert.equal(about(list, 'would hold').sourceEntity, 'a', showSpeakers(list));
  });
  it('"X spokesman Y met reporters. He said …" is Y, not X who only names his role', () => {
    const list = run('Senate leader Mitch Connell has kept quiet. Connell spokesman Don Stewart met reporters on Tuesday. He said the schedule was not set.',
      [{ id: 'mc', type: 'PERSON', forms: ['Mitch Connell', 'Connell'] }, { id: 'ds', type: 'PERSON', forms: ['Don Stewart'] }]);
    assert.equal(about(list, 'schedule was not set').sourceEntity, 'ds', showSpeakers(list));
  });
  it('guard: an object is still "he" when no man is named before it', () => {
    const list = run('The vote was close. Council backed developer Ian Shaw on Tuesday. He said the towers would rise next year.',
      [{ id: 'b', type: 'PERSON', forms: ['Ian Shaw', 'Shaw'] }]);
    assert.equal(about(list, 'towers would rise').sourceEntity, 'b', showSpeakers(list));
  });
  it('guard: an inverted speaker after a comma (", added Ian Shaw") goes on', () => {
    const list = run('Mayor Tom Reilly said the plan was dead. "We will try again," added developer Ian Shaw. He said the towers would rise next year.',
      people('Tom Reilly', 'Ian Shaw'));
    assert.equal(about(list, 'towers would rise').sourceEntity, 'b', showSpeakers(list));
  });
});

describe('attributions round 18: a quotation after a clause about the speaker goes on with the speaker', () => {
  it('"…," said X, who noted that …. "…" is X\'s with the cue "said"', () => {
    const list = run('"Bookings are up a little," said Tom Ekland, who noted that prices had fallen by half during the slump. "Things are moving the right way."',
      [{ id: 'te', type: 'PERSON', forms: ['Tom Ekland', 'Ekland'] }]);
    const a = about(list, 'moving the right way');
    assert.equal(a.cue?.text, 'said', showAttributions(list));
    assert.equal(a.sourceEntity, 'te', showSpeakers(list));
  });
  it('"…," X said, as he called for …. "…" is X\'s with the cue "said"', () => {
    const list = run('"Greed will be judged," Bishop Ruiz said in a sermon, as he called for more honesty in business. "Money cannot decide how people live."',
      [{ id: 'br', type: 'PERSON', forms: ['Bishop Ruiz', 'Ruiz'] }]);
    assert.equal(about(list, 'how people live').cue?.text, 'said', showAttributions(list));
  });
  it('guard: a new speaker\'s own sentence still takes the next quotation', () => {
    const list = run('"We are ready," said Tom Ekland. Ann Moss said she disagreed. "Nobody is ready."',
      [{ id: 'te', type: 'PERSON', forms: ['Tom Ekland', 'Ekland'] }, { id: 'am', type: 'PERSON', forms: ['Ann Moss', 'Moss'] }]);
    assert.equal(about(list, 'Nobody is ready').sourceEntity, 'am', showSpeakers(list));
  });
});

describe('attributions round 18: a roundup item names its author after a dash, before the colon', () => {
  it('"HEADLINE - Ann Lee and Raj Dey: “…”" is Ann Lee and Raj Dey\'s, not the headline\'s', () => {
    const list = run('Polling news\n\nPOLLS WERE NOT WRONG, ONLY EARLY - Ann Lee and Raj Dey: “Although the polls missed the result, it is not because they were badly built.”',
      [{ id: 'al', type: 'PERSON', forms: ['Ann Lee'] }, { id: 'rd', type: 'PERSON', forms: ['Raj Dey'] }]);
    assert.equal(about(list, 'badly built').source?.text, 'Ann Lee and Raj Dey', showAttributions(list));
  });
  it('"Gallup\'s analysis - Jeffrey Marsh: “…”" is Jeffrey Marsh\'s', () => {
    const list = run('Gallup\'s new state analysis - Jeffrey Marsh: “Twenty states are now solidly red.”', [{ id: 'jm', type: 'PERSON', forms: ['Jeffrey Marsh'] }]);
    assert.equal(about(list, 'solidly red').source?.text, 'Jeffrey Marsh', showAttributions(list));
  });
});

describe('attributions round 18: ", but …" and ", though …" go on with what was said', () => {
  it('"said most had left, though some were staying …" is one content', () => {
    const list = run('Mayor Ruth Kellan said most residents had left by noon, though a few were staying to guard their farms.', [{ id: 'rk', type: 'PERSON', forms: ['Ruth Kellan'] }]);
    assert.ok(about(list, 'most residents').content.text.includes('guard their farms'), showAttributions(list));
  });
  it('"said she would stay on, but could not promise how long" is one content', () => {
    const list = run('Dr. Ann Roux said she would stay on until a new doctor is found, but could not promise how long that would take.', [{ id: 'ar', type: 'PERSON', forms: ['Ann Roux'] }]);
    assert.ok(about(list, 'stay on').content.text.includes('how long'), showAttributions(list));
  });
  it('guard: ", though it warned that …" ends the content (the clause has its own cue)', () => {
    const list = run('The chamber of trade said the tax freeze was welcome, though it warned that the deficit could push rates higher.');
    assert.equal(about(list, 'tax freeze').content.text, 'the tax freeze was welcome', showAttributions(list));
  });
  it('guard: "promised a reset this week, but few …" ends at the comma (a thing was promised)', () => {
    const list = run('Ministers promised a reset of the rail network this week, but few people who ride the trains expect much to change.');
    assert.ok(!about(list, 'reset').content.text.includes('few people'), showAttributions(list));
  });
});
