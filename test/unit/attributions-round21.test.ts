import { strict as assert } from 'node:assert';
import { about, runAttributions, showAttributions, showSpeakers } from './attribution-helpers';
import type { Name } from './attribution-helpers';
import type { Attribution } from '../../server/src/analysis/types';

// Issue 11, round 21 (ninth session): what blind batch 18 showed. A pronoun whose antecedent is
// the subject of the sentence before (no speech there), documents put before the public
// ("tabled in the House of Commons"), a South Asian paper's "NEW DELHI:" dateline read as a
// transcript's speaker, a ticker between a company and its cue. Invented sentences in our own words.

function run(body: string, names: Name[] = []): Attribution[] {
  return runAttributions(body, names, true);
}

describe('attributions round 21: a pronoun that stands for the subject of the sentence before', () => {
  const port: Name = { id: 'pa', type: 'ORGANIZATION', forms: ['Saltmarsh Port Authority'] };
  it('"The statement of claim, filed …, names X. It says …" is the statement of claim', () => {
    const list = run('The statement of claim, filed Friday in Federal Court, names the Saltmarsh Port Authority and two contractors. ' +
      'It says the contractors ignored a stop-work order for six weeks.', [port]);
    const a = about(list, 'ignored a stop-work order');
    assert.equal(a.sourceEntity, null, showSpeakers(list));
    assert.equal(a.sourceAntecedent?.text, 'The statement of claim', showSpeakers(list));
  });
  it('"The researchers tracked …. They found …" is the researchers', () => {
    const list = run('The researchers tracked 900 cyclists in Halifax over three summers. They found that painted lanes did little to cut collisions.');
    assert.equal(about(list, 'painted lanes did little').sourceAntecedent?.text, 'The researchers', showAttributions(list));
  });
  it('"The audit, released Thursday, covers …. It found …" is the audit', () => {
    const list = run('The audit, released Thursday, covers four years of spending at the housing agency. It found that 14 contracts were signed without a tender.');
    assert.equal(about(list, '14 contracts were signed').sourceAntecedent?.text, 'The audit', showAttributions(list));
  });
  it('guard: a subject whose verb comes before any document is none ("The minister announced new records. They show …")', () => {
    const list = run('The minister announced new records on Tuesday. They show that fewer people waited for surgery.');
    const a = list.find((x) => x.content.text.includes('fewer people waited'));
    assert.ok(!a || a.sourceAntecedent === null, showAttributions(list));
  });
  it('guard: a pronoun inside its sentence is not read against the subject before ("In its reply, it says …")', () => {
    const list = run('The researchers tracked 900 cyclists in Halifax. In a reply to critics, they said the sample was large enough.');
    const a = list.find((x) => x.content.text.includes('sample was large enough'));
    assert.ok(!a || a.sourceAntecedent === null, showAttributions(list));
  });
});

describe('attributions round 21: documents put before the public', () => {
  it('"according to documents tabled in the House of Commons" is the whole phrase', () => {
    const list = run('Ottawa has paid consultants more than $48 million for the portal, according to documents tabled in the House of Commons.');
    assert.equal(about(list, 'paid consultants').source?.text, 'documents tabled in the House of Commons', showAttributions(list));
  });
  it('"according to a report submitted to council" runs on to the council', () => {
    const list = run('The bridge needs $3 million in repairs, according to a report submitted to council in March.');
    assert.equal(about(list, 'bridge needs').source?.text, 'a report submitted to council', showAttributions(list));
  });
  it('"Documents tabled Monday show …" is the documents\' words', () => {
    const list = run('OTTAWA — The city council met on Tuesday.\n\nDocuments tabled Monday show the contract was amended 11 times.');
    const a = about(list, 'contract was amended');
    assert.equal(a.cue?.text, 'show', showAttributions(list));
    assert.ok(a.source?.text.startsWith('Documents'), showAttributions(list));
  });
  it('guard: "filed in error" is no place ("according to a form filed in error")', () => {
    const list = run('The licence was cancelled, according to a form filed in error by the clinic.');
    assert.ok(!about(list, 'licence was cancelled').source?.text.includes('in error'), showAttributions(list));
  });
});

describe('attributions round 21: a dateline with a colon is no speaker', () => {
  const names: Name[] = [{ id: 'rm', type: 'PERSON', forms: ['Rajiv Malhotra', 'Malhotra'] }, { id: 'nd', type: 'LOCATION', forms: ['NEW DELHI'] }];
  it('"NEW DELHI: The Centre approved …, home minister X said." is the minister\'s, not the city\'s', () => {
    const list = run('NEW DELHI: The Centre on Monday approved Rs 2,000 crore in relief for 14 flood-hit districts, home minister Rajiv Malhotra said.\n\n' +
      'Malhotra said the money would be released within a week.', names);
    assert.ok(!list.some((a) => a.cue?.text === ':'), showAttributions(list));
    assert.equal(about(list, 'approved Rs 2,000 crore').sourceEntity, 'rm', showSpeakers(list));
  });
  it('guard: a transcript\'s labels still speak, and a host\'s "Do you think …?" is no attribution', () => {
    const list = run('TAPPER: Do you think the governor will sign the bill?\n\nVOSS: I think she will sign it next week.\n\nTAPPER: Thank you, senator.');
    assert.ok(list.some((a) => a.source?.text === 'VOSS' && a.cue?.text === ':'), showAttributions(list));
    assert.ok(!list.some((a) => a.source?.text === 'you'), showAttributions(list));
  });
});

describe('attributions round 21: a ticker between a company and its cue', () => {
  it('"Harlow Energy Corp. (TSX: HLE) said …" is the company', () => {
    const list = run('Harlow Energy Corp. (TSX: HLE) said Thursday it will cut its quarterly dividend by 40 per cent.',
      [{ id: 'he', type: 'ORGANIZATION', forms: ['Harlow Energy Corp.'] }]);
    assert.equal(about(list, 'cut its quarterly dividend').sourceEntity, 'he', showSpeakers(list));
  });
});

describe('attributions round 21: a poll named in an opening "In …," phrase', () => {
  it('"In a Halden Institute poll released Monday, 52 per cent …" is the poll\'s', () => {
    const list = run('In a Halden Institute poll released Monday, 52 per cent of voters in the riding backed the new transit line.');
    const a = about(list, '52 per cent of voters');
    assert.equal(a.cue?.text, 'In', showAttributions(list));
    assert.equal(a.source?.text, 'a Halden Institute poll released Monday', showAttributions(list));
    assert.ok(!a.content.text.startsWith('In'), showAttributions(list));
  });
  it('"In the latest survey, conducted in May, …" keeps the participle phrase with the survey', () => {
    const list = run('In the latest Prairie Pulse survey, conducted in May, the premier trailed her rival by six points.');
    assert.ok(about(list, 'the premier trailed').source?.text.includes('conducted in May'), showAttributions(list));
  });
  it('guard: "In a memo released as polls closed, …" is no poll\'s', () => {
    const list = run('In a memo released as polls closed Tuesday, the campaign manager acknowledged the race was tight.');
    assert.ok(!list.some((a) => a.cue?.text === 'In'), showAttributions(list));
  });
  it('guard: "In the polls, anyway." reports nothing', () => {
    const list = run('He has been leading by wide margins. In the polls, anyway.');
    assert.ok(!list.some((a) => a.cue?.text === 'In'), showAttributions(list));
  });
  it('"A poll released Monday shows …": the source is the whole opening phrase', () => {
    const list = run('OTTAWA — The council met on Tuesday.\n\nA poll released Monday shows the mayor with a narrow lead.');
    assert.equal(about(list, 'mayor with a narrow lead').source?.text, 'A poll released Monday', showAttributions(list));
  });
});

describe('attributions round 21: a quantifier as the subject of a belief', () => {
  it('"Most believe that …" is an attribution with "Most" as its source', () => {
    const list = run('Nearly two-thirds of residents approve of the council. Most believe that the new bus routes have made the town easier to cross.');
    const a = about(list, 'new bus routes have made');
    assert.equal(a.source?.text, 'Most', showAttributions(list));
    assert.equal(a.cue?.text, 'believe', showAttributions(list));
  });
  it('"Many fear the mill will …" reads "fear" as the verb', () => {
    const list = run('The town has lost two plants in a decade. Many fear the mill will close before the winter.');
    assert.equal(about(list, 'mill will close').cue?.text, 'fear', showAttributions(list));
  });
  it('guard: "some fear" after a verb is a noun ("There is some fear that …" is no one\'s)', () => {
    const list = run('There is some fear that the mill will close before the winter.');
    assert.ok(!list.some((a) => a.cue?.text === 'fear'), showAttributions(list));
  });
});

describe('attributions round 21: straight quotation marks after a cue', () => {
  it('\'He said "budget reforms" would …\': the short quotation opens the content, it closes no other', () => {
    const list = run('He gave no cost estimate, though he said "budget reforms" and unpaid taxes would help pay for the plan.');
    assert.ok(about(list, 'unpaid taxes would help').content.text.startsWith('"budget reforms"'), showAttributions(list));
  });
  it('guard: "the owners\' claims" is a noun, not a cue, before a quotation', () => {
    const list = run('In her reasons, the judge said the owners\' claims "rise or fall on the same evidence" and should be heard together.');
    assert.ok(!list.some((a) => a.cue?.text === 'claims'), showAttributions(list));
  });
});

describe('attributions round 21: a relative "which" that speaks', () => {
  const group: Name = { id: 'hg', type: 'ORGANIZATION', forms: ['Halden Group'] };
  it('"…, the Halden Group, which said …" is the group\'s', () => {
    const list = run('The project was backed by the Halden Group, which said the plan would create 400 jobs.', [group]);
    assert.equal(about(list, 'create 400 jobs').sourceEntity, 'hg', showSpeakers(list));
  });
  it('"The agency, which said …, will meet …": the content ends at the aside\'s comma', () => {
    const list = run('The agency, which said the plan was flawed, will meet the developers on Friday.');
    assert.equal(about(list, 'plan was flawed').content.text, 'the plan was flawed', showAttributions(list));
  });
});

describe('attributions round 21: where a document was put is not who speaks', () => {
  it('"according to a complaint filed in Lucas County Municipal Court" resolves to no court', () => {
    const list = run('A witness saw a man running from the church, according to a complaint filed in Lucas County Municipal Court.',
      [{ id: 'ct', type: 'ORGANIZATION', forms: ['Lucas County Municipal Court'] }]);
    const a = about(list, 'witness saw a man');
    assert.equal(a.source?.text, 'a complaint filed in Lucas County Municipal Court', showSpeakers(list));
    assert.equal(a.sourceEntity, null, showSpeakers(list));
  });
});
