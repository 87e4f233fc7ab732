import { strict as assert } from 'node:assert';
import { about, runAttributions as run, showAttributions } from './attribution-helpers';

// Issue 11, round 14: sources of speech cues that PolNeAR train's four studied fifths showed
// wrong. Invented sentences in our own words.

describe('attributions: a participle after a message someone put out', () => {
  it('"The union issued a statement saying …" has the union as source, not the statement', () => {
    const list = run('The Harbour Workers Union issued a statement saying the lockout would hurt every family on the waterfront.');
    assert.equal(about(list, 'lockout would hurt').source?.text, 'The Harbour Workers Union', showAttributions(list));
  });
  it('"sent out a text message to supporters saying …" is the sender\'s, not the supporters\'', () => {
    const list = run('Late on Sunday, the Nadeau campaign sent out a text message to supporters saying the race was still close.');
    assert.equal(about(list, 'race was still close').source?.text, 'the Nadeau campaign', showAttributions(list));
  });
  it('a time between the message and the participle does not hide the sender', () => {
    const list = run('Mayor Ilse Brandt released a short statement on Tuesday saying the budget would be balanced by June.');
    assert.equal(about(list, 'budget would be balanced').source?.text, 'Mayor Ilse Brandt', showAttributions(list));
  });
  it('"put out a press release saying …" names the one who put it out', () => {
    const list = run('After the vote, Councillor Dara Whitlock put out a press release saying the ferry subsidy had been saved.');
    assert.equal(about(list, 'ferry subsidy').source?.text, 'Councillor Dara Whitlock', showAttributions(list));
  });
  it('guard: a participle after a comma still takes the clause\'s subject', () => {
    const list = run('The ministry issued new rules on Friday, saying the old ones had failed to protect tenants.');
    assert.equal(about(list, 'old ones had failed').source?.text, 'The ministry', showAttributions(list));
  });
});

describe('attributions: a participle with no comma after the object of another verb', () => {
  it('"drew a round of applause upon saying …" is the subject\'s, not the applause\'s', () => {
    const list = run('At the hall, Councillor Varga drew a round of applause upon saying the port would stay in public hands.');
    assert.equal(about(list, 'port would stay').source?.text, 'Councillor Varga', showAttributions(list));
  });
  it('"amended her testimony explaining that …" is the witness\'s, not the testimony\'s', () => {
    const list = run('Weeks later, Dr. Okonjo amended her testimony explaining that she had never seen the invoices.');
    assert.equal(about(list, 'never seen the invoices').source?.text, 'Dr. Okonjo', showAttributions(list));
  });
  it('guard: "left many residents saying …" keeps the residents, who say it', () => {
    const list = run('The flood left many residents saying they had been forgotten by the province.');
    assert.notEqual(about(list, 'forgotten by the province').source?.text, 'The flood', showAttributions(list));
  });
});
