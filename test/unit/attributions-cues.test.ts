import { strict as assert } from 'node:assert';
import { findAttributions } from '../../server/src/analysis/attributions';
import { segment } from '../../server/src/analysis/segment';
import type { Attribution } from '../../server/src/analysis/types';
import { about, showAttributions as show } from './attribution-helpers';

// Which words introduce reported speech, on invented sentences: false cues that report no one's
// words, and reported speech that is easy to miss (beliefs, documents, speech named by a noun).

function attributions(body: string): Attribution[] {
  return findAttributions(segment('Test story\n\n' + body), [], []);
}

describe('attribution cues: words that report no speech', () => {
  const none: Array<[string, string]> = [
    ['a noun after a clause-opening preposition', 'Despite safety worries, the company pressed on with the launch.'],
    ['a reply in a match', 'The Wolves scored again and Riverton replied just 17 seconds later.'],
    ['a name someone goes by', 'Ana Ruiz, who calls herself “The Lioness”, won the bout in four rounds.'],
    ['an expectation', 'The ministry is expected to publish the results on Friday.'],
    ['an intention', 'She wanted to tell the whole story to the committee.'],
    ['a feeling shown', 'He expressed concern about the delays at the port.'],
    ['speech still to come, without a clause', 'The ministry will announce the winners on Friday.'],
    ['a stance toward a thing', 'Lena Falk endorsed the mayor on Monday.'],
    ['a refusal', 'The airline declined to comment on the report.'],
  ];
  for (const [what, sentence] of none) {
    it(`${what}: "${sentence}"`, () => {
      const list = attributions(sentence);
      assert.equal(list.length, 0, show(list));
    });
  }

  it('an unnamed reporter\'s question is not an attribution; the answer is', () => {
    const list = attributions('Asked about the toll plan, Lee said it was sound.');
    assert.equal(list.length, 1, show(list));
    assert.equal(list[0].source?.text, 'Lee');
    assert.equal(list[0].content.text, 'it was sound');
  });
});

describe('attribution cues: reported speech that is easy to miss', () => {
  it('a stance verb with a clause or a quotation is reported speech', () => {
    const agreed = about(attributions('Lena Falk agreed that the toll was too high.'), 'toll');
    assert.equal(agreed.cue?.text, 'agreed');
    assert.equal(agreed.content.text, 'the toll was too high');
    const quoted = about(attributions('Several council members criticized the plan as “reckless”.'), 'reckless');
    assert.equal(quoted.content.text, 'the plan as “reckless”');
    assert.equal(quoted.kind, 'mixed');
  });

  it('a speech act aimed at a thing reports what it was about', () => {
    const demand = about(attributions('The union called for a public inquiry into the crash.'), 'inquiry');
    assert.equal(demand.cue?.text, 'called for');
    assert.equal(demand.content.text, 'a public inquiry into the crash');
    const criticism = about(attributions('The mayor criticized the toll plan on Monday.'), 'toll');
    assert.equal(criticism.content.text, 'the toll plan');
  });

  it('a hope with a clause is a belief; a hope to do something is not', () => {
    assert.equal(attributions('The company hopes to finish the bridge by May.').length, 0);
    const a = about(attributions('The company hopes that the bridge will open by May.'), 'bridge');
    assert.equal(a.cue?.text, 'hopes');
  });

  it('polls, beliefs and documents', () => {
    const poll = about(attributions('The new poll shows most voters back the toll.'), 'voters');
    assert.equal(poll.source?.text, 'The new poll');
    const belief = about(attributions('Officials believe the fire was set deliberately.'), 'fire');
    assert.equal(belief.source?.text, 'Officials');
    const documents = about(attributions('According to documents seen by reporters, the deal was signed in May.'), 'deal');
    assert.equal(documents.source?.text, 'documents seen by reporters');
    assert.equal(documents.cue?.text, 'According to');
  });

  it('speech named by a noun: "X\'s comments that …"', () => {
    const a = about(attributions('Hart\'s comments that the toll plan was dead angered his allies.'), 'toll');
    assert.equal(a.source?.text, 'Hart');
    assert.equal(a.cue?.text, 'comments');
    assert.equal(a.content.text, 'the toll plan was dead');
    const list = attributions('The mayor rejected his claim that the bridge had been poorly designed.');
    const his = list.find((a) => a.cue?.text === 'claim');
    assert.ok(his, show(list));
    assert.equal(his.source?.text, 'his');
    assert.equal(his.content.text, 'the bridge had been poorly designed');
  });

  it('a relative clause after a speech noun is not its content', () => {
    assert.equal(attributions('The comments that he made were widely shared.').length, 0);
  });

  it('a clause before a parenthetical cue is reported too, however short', () => {
    const list = attributions('The mayor, officials said, would resign on Friday.');
    assert.ok(list.some((a) => a.content.text === 'The mayor'), show(list));
    assert.ok(list.some((a) => a.content.text === 'would resign on Friday'), show(list));
  });
});
