import { strict as assert } from 'node:assert';
import { about, runAttributions as run } from './attribution-helpers';

// Who speaks in Canadian Press / AP-style copy (issue 11, round 3): role nouns for people and
// companies, a name after a role noun, "told <outlet>" after the content, and words that look
// like cues but report no speech. Invented sentences; entities are given as the entity stage
// would give them, so each test isolates the attribution stage.

describe('attribution sources: role nouns in Canadian copy', () => {
  it('a title the entity stage kept inside the name still makes a role ("the judge")', () => {
    const list = run('In her decision, Provincial Court Judge Amara Velde found the search unlawful. ' +
      'The judge said the evidence could not be used at trial.', [
      { id: 'velde', type: 'PERSON', forms: ['Provincial Court Judge Amara Velde', 'Velde'] },
    ]);
    assert.equal(about(list, 'evidence').sourceEntity, 'velde');
  });

  it('coaches, captains and economists are roles too', () => {
    const list = run('Stampeders coach Liam Ortega kept his starters on the bench. Bank economist Rhea Dunn was in the crowd.\n\n' +
      'The coach said the team would be ready for the playoffs. The economist said ticket prices had doubled since 2019.', [
      { id: 'ortega', type: 'PERSON', forms: ['Liam Ortega', 'Ortega'] },
      { id: 'dunn', type: 'PERSON', forms: ['Rhea Dunn', 'Dunn'] },
    ]);
    assert.equal(about(list, 'playoffs').sourceEntity, 'ortega');
    assert.equal(about(list, 'ticket prices').sourceEntity, 'dunn');
  });

  it('"the company" is the incorporated company named before it', () => {
    const list = run('Halvern Foods Inc. will close its plant in Brandon, Man., next spring, the company said Monday.', [
      { id: 'halvern', type: 'ORGANIZATION', forms: ['Halvern Foods Inc.'] },
      { id: 'brandon', type: 'LOCATION', forms: ['Brandon'] },
    ]);
    assert.equal(about(list, 'close its plant').sourceEntity, 'halvern');
  });

  it('a role noun after the cue with the name in apposition: the name speaks', () => {
    const list = run('"We are not finished," said the mayor, former teacher Ines Sarto, after the vote.', [
      { id: 'sarto', type: 'PERSON', forms: ['Ines Sarto', 'Sarto'] },
    ]);
    assert.equal(about(list, 'not finished').sourceEntity, 'sarto');
  });

  it('a role introduced with a description between it and the name ("the chair, retired judge X")', () => {
    const list = run('The review panel\'s chair said the report would be public by June.\n\n' +
      '"Nothing will be held back," said the chair, retired judge Olu Bakare, at a news conference.', [
      { id: 'bakare', type: 'PERSON', forms: ['Olu Bakare', 'Bakare'] },
    ]);
    assert.equal(about(list, 'public by June').sourceEntity, 'bakare');
  });
});

describe('attribution frames: "told" with the outlet after the content', () => {
  it('"…, a senior official told The Canadian Press." reports the clause before it', () => {
    const list = run('The federal cabinet will meet Friday to approve the pipeline deal, a senior official told The Canadian Press.', [
      { id: 'cp', type: 'ORGANIZATION', forms: ['The Canadian Press'] },
    ]);
    const a = about(list, 'cabinet will meet');
    assert.equal(a.cue?.text, 'told');
    assert.equal(a.source?.text, 'a senior official');
    assert.ok(!list.some((x) => x.content.text === 'The Canadian Press'), JSON.stringify(list.map((x) => x.content.text)));
  });
});

describe('attribution cues: words that report no speech in news copy', () => {
  it('"announced" with a plain object is news of an act; with a clause it reports speech', () => {
    const list = run('The Saskatoon-based retailer announced the store closings in a memo to staff on Friday. ' +
      'Later, the retailer announced it would keep its warehouse open through the winter.');
    assert.ok(!list.some((a) => a.content.text.includes('store closings')), JSON.stringify(list.map((a) => a.content.text)));
    assert.ok(list.some((a) => a.content.text.includes('keep its warehouse open')), JSON.stringify(list.map((a) => a.content.text)));
  });

  it('praise or criticism of a thing is not reported speech without a clause or a quotation', () => {
    const list = run('The tenants\' association praised the new bylaw. Councillor Ada Fenn criticized the plan as "a giveaway."');
    assert.ok(!list.some((a) => a.content.text.includes('new bylaw')), JSON.stringify(list.map((a) => a.content.text)));
    assert.ok(list.some((a) => a.content.text.includes('giveaway')), JSON.stringify(list.map((a) => a.content.text)));
  });

  it('a team that "replied" with a goal said nothing', () => {
    const list = run('Regina tied the game in the second period, but Moose Jaw replied less than a minute later when Tomas Gall scored on a rebound.');
    assert.deepEqual(list.map((a) => a.cue?.text), []);
  });
});

describe('attribution sources: a role noun the story never gave anyone', () => {
  it('"the Norwegian skier" after a sentence about one person is that person', () => {
    const list = run('Kari Moen won the sprint by two seconds.\n\nMira Olsen, asked about the final climb, smiled. "I had more left than I showed," the Norwegian skier said.', [
      { id: 'moen', type: 'PERSON', forms: ['Kari Moen', 'Moen'] },
      { id: 'olsen', type: 'PERSON', forms: ['Mira Olsen', 'Olsen'] },
    ]);
    assert.equal(about(list, 'more left').sourceEntity, 'olsen');
  });

  it('with two people just before it, the role noun stays unresolved', () => {
    const list = run('Mira Olsen and Kari Moen crossed the line together. "It was a photo finish," the veteran skier said.', [
      { id: 'moen', type: 'PERSON', forms: ['Kari Moen', 'Moen'] },
      { id: 'olsen', type: 'PERSON', forms: ['Mira Olsen', 'Olsen'] },
    ]);
    assert.equal(about(list, 'photo finish').sourceEntity, null);
  });
});

describe('attribution sources: a pronoun after a person the entity stage mistyped', () => {
  it('"he" goes to "Evacuee Tom Nakamura" even when that name came back as an organisation', () => {
    const list = run('Evacuee Tom Nakamura said the highway was jammed for hours.\n\n"We could see the glow the whole way," he told The Canadian Press.', [
      { id: 'tom', type: 'ORGANIZATION', forms: ['Evacuee Tom Nakamura'] },
      { id: 'cp', type: 'ORGANIZATION', forms: ['The Canadian Press'] },
    ]);
    assert.equal(about(list, 'glow').sourceEntity, 'tom');
  });

  it('an organisation named after a person is not a "he"', () => {
    const list = run('Victoria General Hospital said it was full.\n\n"We are turning patients away," he said.', [
      { id: 'vgh', type: 'ORGANIZATION', forms: ['Victoria General Hospital'] },
    ]);
    assert.equal(about(list, 'turning patients').sourceEntity, null);
  });
});

describe('attribution contents: where reported speech ends', () => {
  it('"and the claims were …": a noun after "the" is no cue, the second clause is still reported', () => {
    const a = about(run('Her lawyer told reporters the firm had kept its promises and the claims were "wildly overstated."'), 'kept its promises');
    assert.ok(a.content.text.includes('wildly overstated'), a.content.text);
  });

  it('"…, including …" after a quotation goes on with what was said', () => {
    const a = about(run('The minister told reporters Ottawa was "weighing every option," including a cap on rent increases.'), 'weighing');
    assert.ok(a.content.text.includes('cap on rent'), a.content.text);
  });

  it('"but pointed to …" is the speaker\'s next act, not part of what was said', () => {
    const a = about(run('A spokesperson for the chain said the company "understands the anger" but pointed to higher shipping costs.'), 'understands');
    assert.ok(!a.content.text.includes('shipping'), a.content.text);
  });
});
