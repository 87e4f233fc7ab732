import { strict as assert } from 'node:assert';
import { about, runAttributions, showAttributions } from './attribution-helpers';
import type { Attribution } from '../../server/src/analysis/types';

// Issue 11, round 23 (ninth session): where reported content ends around a cue already found.
// A participle cue's second participle, the speaker's next verb after a modal, ", but" with a
// negated auxiliary, a ", which …," aside before the content's own verb. Invented sentences.

function contentOf(list: Attribution[], cue: string): string {
  const a = list.find((x) => x.cue?.text === cue);
  assert.ok(a, showAttributions(list));
  return a.content.text;
}

describe('attributions round 23: a participle cue\'s content ends at the speaker\'s next participle', () => {
  it('"calling them X and vowing to …" ends before "and vowing"', () => {
    const list = runAttributions('The senator opened her campaign in Dunmore on Friday, calling them a tax on commuters and vowing to scrap them within a year.');
    assert.equal(contentOf(list, 'calling'), 'them a tax on commuters', showAttributions(list));
  });
  it('"telling X that … and criticizing …" ends before "and criticizing"', () => {
    const list = runAttributions('Mayor Ruth Okonjo spent the evening at the depot, telling drivers that the routes would stay and criticizing the province for its cuts.');
    assert.equal(contentOf(list, 'telling'), 'the routes would stay', showAttributions(list));
  });
  it('"conceding that … but warning that …" ends before "but warning"', () => {
    const list = runAttributions('The chair spoke for an hour, conceding that the audit had found real gaps but warning that cuts would hurt the clinics.');
    assert.equal(contentOf(list, 'conceding'), 'the audit had found real gaps', showAttributions(list));
  });
  it('guard: a second "-ing" word after one in the content goes on with it', () => {
    const list = runAttributions('The union issued a flyer on Monday, saying the firm was cutting shifts and replacing staff with contractors.');
    assert.match(about(list, 'cutting shifts').content.text, /replacing staff with contractors/, showAttributions(list));
  });
  it('guard: an adjective in -ing is no second act ("inaccurate and misleading")', () => {
    const list = runAttributions('The college released a letter on Tuesday, disputing claims that its reporters had written inaccurate and misleading stories about the mine.');
    assert.match(about(list, 'reporters had written').content.text, /misleading stories about the mine/, showAttributions(list));
  });
});

describe('attributions round 23: the speaker\'s next verb after a modal', () => {
  it('"said they would miss the deadline, and requested another month" ends before "and requested"', () => {
    const list = runAttributions('The contractors said this week that they would miss the March deadline, and requested another month to finish the bridge.');
    assert.equal(about(list, 'miss the March deadline').content.text, 'they would miss the March deadline', showAttributions(list));
  });
  it('"insists the party must be …, and has championed …" ends before "and has"', () => {
    const list = runAttributions('Delorme insists the party must be a party of ideas, and has championed a plan to cut the fuel levy.');
    assert.equal(about(list, 'party of ideas').content.text, 'the party must be a party of ideas', showAttributions(list));
  });
  it('a modal with a quotation in its content ends before "but did not"', () => {
    const list = runAttributions('Abara said he would offer “a prayer” for the eventual nominee but did not expect the race to end soon.');
    assert.equal(about(list, 'offer').content.text, 'he would offer “a prayer” for the eventual nominee', showAttributions(list));
  });
  it('guard: a participle after "would be" goes on ("would be fined and jailed")', () => {
    const list = runAttributions('The inspector said the owners would be fined and jailed if the kennels stayed open.');
    assert.match(about(list, 'owners would be fined').content.text, /jailed if the kennels stayed open/, showAttributions(list));
  });
  it('guard: a list of things after a modal goes on ("would bring new jobs, rebuilt schools, and repaired roads")', () => {
    const list = runAttributions('The premier said the project would bring new jobs, rebuilt schools, and repaired roads to the north.');
    assert.match(about(list, 'bring new jobs').content.text, /repaired roads to the north/, showAttributions(list));
  });
  it('guard: a change of tense is no end ("has not held dinners and never called a donor")', () => {
    const list = runAttributions('Ferreira said he has not held fundraising dinners and never called a donor to ask for money.');
    assert.match(about(list, 'fundraising dinners').content.text, /never called a donor/, showAttributions(list));
  });
});

describe('attributions round 23: ", but" with a negated auxiliary goes on with what was said', () => {
  it('"…, but hasn\'t decided …" stays in the content', () => {
    const list = runAttributions('Brandt said she had hired the new coach for the spring season, but hasn\'t decided who will run the summer camp.');
    assert.match(about(list, 'hired the new coach').content.text, /hasn't decided who will run the summer camp/, showAttributions(list));
  });
  it('"…, but never compromise, …" stays in the content', () => {
    const list = runAttributions('Okafor noted that both leaders have shown they will bargain, but never compromise, on the water rights they consider vital.');
    assert.match(about(list, 'both leaders have shown').content.text, /never compromise, on the water rights/, showAttributions(list));
  });
  it('guard: ", but" with a new subject still ends the content', () => {
    const list = runAttributions('Brandt said she had hired the new coach for the spring season, but the board has not approved the contract.');
    assert.doesNotMatch(about(list, 'hired the new coach').content.text, /board has not approved/, showAttributions(list));
  });
});

describe('attributions round 23: a ", which …," aside before the content\'s own verb', () => {
  it('a long aside is read through to the main verb', () => {
    const list = runAttributions('Marchetti said the ministry\'s announcement, which some critics have argued was meant to draw voters away from the Greens before the vote, was an insult to volunteers.');
    assert.match(about(list, 'ministry\'s announcement').content.text, /was an insult to volunteers/, showAttributions(list));
  });
  it('an aside closing before a quotation mark is read through to the verb inside it', () => {
    const list = runAttributions('Lindahl also argued the northern pipeline, which is widely backed by the council, "wouldn\'t get 10 metres" without expropriation.');
    assert.match(about(list, 'northern pipeline').content.text, /wouldn't get 10 metres/, showAttributions(list));
  });
  it('guard: a closing ", which …" still ends the content', () => {
    const list = runAttributions('Lindahl said the council approved the pipeline, which angered residents along the route.');
    assert.doesNotMatch(about(list, 'council approved the pipeline').content.text, /angered residents/, showAttributions(list));
  });
});

describe('attributions round 23: a medium closing the clause is no part of the content', () => {
  it('"called for more funding in a statement on Thursday" ends before the medium', () => {
    const list = runAttributions('The teachers\' federation called for more school funding in a statement on Thursday.');
    assert.equal(about(list, 'school funding').content.text, 'more school funding', showAttributions(list));
  });
  it('"claimed victory in a post late Tuesday" ends before the medium', () => {
    const list = runAttributions('Councillor Imogen Faure claimed victory in a post late Tuesday.');
    assert.equal(about(list, 'victory').content.text, 'victory', showAttributions(list));
  });
  it('guard: a medium after a verb of speech inside the content is the content\'s own', () => {
    const list = runAttributions('The ministry disclosed that it had asked for the files back in a letter to the auditor on Friday.');
    assert.match(about(list, 'asked for the files').content.text, /in a letter to the auditor/, showAttributions(list));
  });
});

describe('attributions round 23: the speaker\'s next verb of speech after an adverb in -ly', () => {
  it('"urges X to … and repeatedly says …" ends before "and repeatedly says"', () => {
    const list = runAttributions('In the video, the coach urges his players to stay calm and repeatedly says the referee has made up his mind.');
    assert.equal(about(list, 'stay calm').content.text, 'to stay calm', showAttributions(list));
  });
});

describe('attributions round 23: a bare verb of speech after "and" belongs to the content', () => {
  it('"says he\'d sit the minister down and tell him …" keeps "and tell him …"', () => {
    const list = runAttributions('Ostrowski says he\'d sit the minister down and tell him the plan is dead.');
    assert.match(about(list, 'sit the minister down').content.text, /and tell him the plan is dead/, showAttributions(list));
  });
  it('"asked the crowd to stand and say …" keeps "and say …"', () => {
    const list = runAttributions('The organizer asked the crowd to stand up and say the names of the missing aloud.');
    assert.match(about(list, 'stand up').content.text, /and say the names of the missing aloud/, showAttributions(list));
  });
  it('guard: the speaker\'s next verb in the cue\'s own form still ends the content ("said … and added …")', () => {
    const list = runAttributions('Ostrowski said the plan was dead and added that he would vote against it.');
    assert.equal(about(list, 'plan was dead').content.text, 'the plan was dead', showAttributions(list));
  });
});
