import { strict as assert } from 'node:assert';
import { about, runAttributions as run, showAttributions } from './attribution-helpers';

// Issue 11, round 7: what our blind batch 9 (international wire copy: diplomacy, a televised
// address, a conflict, an obituary, an earnings call) and the wire forms around it showed wrong.
// Invented sentences; entities are given as the entity stage would give them.

describe('attributions: "one of the …" inside a subject is no pronoun', () => {
  it('"A union representing workers at one of the plants said …" is the union', () => {
    const list = run('A union representing workers at one of the Kessler plants said it had not been warned of the closures.', [
      { id: 'kessler', type: 'ORGANIZATION', forms: ['Kessler'] },
    ]);
    const a = about(list, 'had not been warned');
    assert.ok(a.source?.text.startsWith('A union'), showAttributions(list));
  });
});

describe('attributions: a tribute "remembered him as …"', () => {
  it('"X, who …, remembered him as a patient coach" reports the description; "remembered the day" does not', () => {
    const list = run('Defender Ana Kroll, who played under him for six seasons, remembered him as a patient coach who never raised his voice. ' +
      'Her brother remembered the day the arena opened.', [
      { id: 'kroll', type: 'PERSON', forms: ['Ana Kroll'] },
    ]);
    const a = about(list, 'a patient coach');
    assert.ok(a.source?.text.includes('Ana Kroll'), showAttributions(list));
    assert.ok(a.cue?.text.startsWith('remembered'), showAttributions(list));
    assert.ok(!list.some((x) => x.content.text.includes('arena opened')), showAttributions(list));
  });
});

describe('attributions: "quoted X as saying …"', () => {
  it('"The agency quoted Minister X as saying …" is the minister\'s, as is "X was quoted by … as saying that …"', () => {
    const list = run('The state news agency quoted Trade Minister Petra Lind as saying the talks had been "frank and useful." ' +
      'Defence Minister Oskar Brenn was quoted by the Tassel agency as saying that the troops would stay until spring.', [
      { id: 'lind', type: 'PERSON', forms: ['Petra Lind'] },
      { id: 'brenn', type: 'PERSON', forms: ['Oskar Brenn'] },
      { id: 'tassel', type: 'ORGANIZATION', forms: ['Tassel'] },
    ]);
    const a = about(list, 'talks had been');
    assert.ok(a.source?.text.includes('Petra Lind'), showAttributions(list));
    const b = about(list, 'troops would stay');
    assert.ok(b.source?.text.includes('Oskar Brenn'), showAttributions(list));
  });
});

describe('attributions: a group named by its place opening the sentence', () => {
  it('"Officials in Kestrin said …" and "Diplomats in Brussels said …" are the officials and the diplomats, not the place', () => {
    const list = run('Officials in Kestrin said the talks were constructive. Diplomats in Brussels said a deal was close.', [
      { id: 'kestrin', type: 'LOCATION', forms: ['Kestrin'] },
      { id: 'brussels', type: 'LOCATION', forms: ['Brussels'] },
    ]);
    assert.equal(about(list, 'talks were constructive').source?.text, 'Officials in Kestrin', showAttributions(list));
    assert.equal(about(list, 'a deal was close').source?.text, 'Diplomats in Brussels', showAttributions(list));
  });
});

describe('attributions: unnamed sources "with knowledge of …" and "close to …"', () => {
  it('"…, two sources with knowledge of the talks told Reuters." and "a source close to the delegation said" are the sources', () => {
    const list = run('The talks will resume next week, two sources with knowledge of the negotiations told the Tassel agency. ' +
      'A source close to the delegation said the ceasefire would hold.', [
      { id: 'tassel', type: 'ORGANIZATION', forms: ['Tassel'] },
    ]);
    assert.equal(about(list, 'talks will resume').source?.text, 'two sources with knowledge of the negotiations', showAttributions(list));
    assert.equal(about(list, 'ceasefire would hold').source?.text, 'A source close to the delegation', showAttributions(list));
  });
});
