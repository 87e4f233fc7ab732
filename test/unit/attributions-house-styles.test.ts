import { strict as assert } from 'node:assert';
import { about, runAttributions as run, showAttributions } from './attribution-helpers';

// Issue 11, round 4: house styles and sources that our blind batch 3 showed wrong (British
// single quotes, names with a middle initial, pronouns that continue a speaker, analysts the
// entity stage glued to their firm, indefinite and descriptive sources, a second "that" clause).
// Invented sentences; entities are given as the entity stage would give them.

describe('attributions: British copy with straight single quotes', () => {
  it('reads \'…\' as quotations when the text has no double quotation marks', () => {
    const list = run("'Nobody trains for years wanting to strike,' she said. 'But we were left no choice.'\n\n" +
      "The nurses' union said talks would resume on Monday.", [
      { id: 'union', type: 'ORGANIZATION', forms: ['nurses\' union'] },
    ]);
    const first = about(list, 'Nobody trains');
    assert.equal(first.kind, 'direct');
    assert.equal(first.cue?.text, 'said');
    assert.equal(about(list, 'left no choice').kind, 'direct');
    // The plural possessive outside any quotation is no quote mark.
    assert.ok(about(list, 'talks would resume').content.text.startsWith('talks'));
  });

  it('a plural possessive inside a single-quoted quotation does not close it', () => {
    const list = run("'The doctors' pay has fallen for a decade,' Dr Ines Coll told the BBC.", [
      { id: 'coll', type: 'PERSON', forms: ['Ines Coll'] },
    ]);
    const q = about(list, 'pay has fallen');
    assert.equal(q.kind, 'direct', showAttributions(list));
    assert.equal(q.sourceEntity, 'coll');
  });
});

describe('attributions: names with a middle initial', () => {
  it('the source left of the cue takes the whole name ("Lorraine M. Dubois said")', () => {
    const list = run('"These are hard decisions," chief executive Lorraine M. Dubois said in a statement. "We will help every worker."', [
      { id: 'dubois', type: 'PERSON', forms: ['Lorraine M. Dubois', 'Dubois'] },
    ]);
    const q = about(list, 'hard decisions');
    assert.equal(q.sourceEntity, 'dubois', showAttributions(list));
    assert.ok(q.source?.text.includes('Lorraine M. Dubois'), showAttributions(list));
    assert.ok(!list.some((a) => a.content.text === 'in a statement'), showAttributions(list));
  });

  it('and right of it ("said Janet Q. Ames")', () => {
    const list = run('"The numbers are not there yet," said Janet Q. Ames, the bank\'s chief economist.', [
      { id: 'ames', type: 'PERSON', forms: ['Janet Q. Ames'] },
    ]);
    assert.equal(about(list, 'numbers are not').source?.text, 'Janet Q. Ames');
  });
});

describe('attributions: pronouns that continue a speaker', () => {
  it('"she" follows the woman a previous "she" was resolved to, past the name\'s reach', () => {
    const list = run('Judge Nora Vance said the hearing would resume in March.\n\n' +
      'Mayor Tom Reyes objected. He said the city had waited long enough. "We have done everything asked of us," Reyes said. "Every single thing."\n\n' +
      'She replied that the court would not be rushed.\n\n' +
      '"Patience is part of the job," she said.', [
      { id: 'vance', type: 'PERSON', forms: ['Judge Nora Vance', 'Vance'] },
      { id: 'reyes', type: 'PERSON', forms: ['Mayor Tom Reyes', 'Reyes'] },
    ]);
    assert.equal(about(list, 'not be rushed').sourceEntity, 'vance');
    assert.equal(about(list, 'Patience is part').sourceEntity, 'vance');
  });

  it('"he" is the speaker just quoted when nothing says his gender, not an earlier man', () => {
    const list = run('Mayor Greg Holm said the plant mattered to the town. Economist Samir Nandakumar said the cuts were overdue. ' +
      'The company has lost ground for years, he noted.', [
      { id: 'holm', type: 'PERSON', forms: ['Mayor Greg Holm', 'Holm'] },
      { id: 'nandakumar', type: 'PERSON', forms: ['Samir Nandakumar'] },
    ]);
    assert.equal(about(list, 'lost ground').sourceEntity, 'nandakumar');
  });

  it('an analyst the entity stage glued to his firm ("X of Y" as one organisation) is a person for "he"', () => {
    const list = run('Mayor Greg Holm said the plant mattered to the town. Analyst Samir Qureshi of Belmont Securities said the cuts were overdue. ' +
      'The company has lost ground for years, he noted.', [
      { id: 'holm', type: 'PERSON', forms: ['Mayor Greg Holm', 'Holm'] },
      { id: 'qureshi', type: 'ORGANIZATION', forms: ['Samir Qureshi of Belmont Securities'] },
    ]);
    assert.equal(about(list, 'lost ground').sourceEntity, 'qureshi');
  });
});

describe('attributions: described sources', () => {
  it('an indefinite "a spokesperson for …" is someone new, not the spokesperson named before', () => {
    const list = run('A spokesperson for Halvern, Kevin Osei, said workers would be offered transfers. ' +
      "A spokesperson for Manitoba's economy minister said officials would meet the union.", [
      { id: 'halvern', type: 'ORGANIZATION', forms: ['Halvern'] },
      { id: 'manitoba', type: 'LOCATION', forms: ['Manitoba'] },
      { id: 'osei', type: 'PERSON', forms: ['Kevin Osei'] },
    ]);
    assert.equal(about(list, 'offered transfers').sourceEntity, 'osei');
    assert.equal(about(list, 'meet the union').sourceEntity, null);
  });

  it('"the packaged-food maker" is the company, like "the company"', () => {
    const list = run('Halvern Foods Inc. will close two plants, the company said. The Ottawa-based packaged-food maker said the closures would save $90 million a year.', [
      { id: 'halvern', type: 'ORGANIZATION', forms: ['Halvern Foods Inc.'] },
    ]);
    assert.equal(about(list, 'closures would save').sourceEntity, 'halvern');
  });
});

describe('attributions: a second "that" clause after "but"', () => {
  it('"said A, but that B" reports both', () => {
    const list = run('Coach Dana Ruel said she was proud of her players, but that the team had to be better on defence.', [
      { id: 'ruel', type: 'PERSON', forms: ['Coach Dana Ruel', 'Ruel'] },
    ]);
    assert.ok(about(list, 'proud of her players').content.text.includes('better on defence'), showAttributions(list));
  });

  it('not when "that" is a pronoun ("but that could change")', () => {
    const list = run('The mayor said the budget was balanced, but that could change next year.', []);
    assert.ok(!about(list, 'budget was balanced').content.text.includes('change'), showAttributions(list));
  });
});

describe('attributions: a cue between commas before a quotation', () => {
  it('reports the words before the cue and the quotation after it', () => {
    const list = run('The province would not order the drivers back to work, he said, "at least not this week."', []);
    const before = about(list, 'order the drivers');
    assert.equal(before.cue?.text, 'said');
    assert.ok(!before.content.text.includes('this week'), showAttributions(list));
    assert.equal(about(list, 'not this week').kind, 'direct');
  });
});
