import { strict as assert } from 'node:assert';
import type { Attribution } from '../../server/src/analysis/types';
import { about, runAttributions, showSpeakers } from './attribution-helpers';
import type { Name } from './attribution-helpers';

// Issue 11, round 17: who a pronoun or a role noun stands for (the speaker or the subject that
// goes on, not an object, a name in a question or in the speaker's own words), participle cues
// after the speaker's clause, contact clauses ("a measure Republicans say will …") and nouns
// that are no cues. Invented sentences in our own words; entities as the entity stage gives them.

function run(body: string, names: Name[] = []): Attribution[] {
  return runAttributions(body, names, true);
}

describe('attributions round 17: a pronoun goes on with the speaker, not a name after their cue', () => {
  it('"Asked whether Y had …, he said …. He said …" is the speaker, not Y in the question', () => {
    const list = run(
      'Tavish Orr took questions for an hour. Asked whether Callum Reid had phoned him about the vote, he said the two had not spoken. He said he expected the motion to fail.',
      [{ id: 'orr', type: 'PERSON', forms: ['Tavish Orr', 'Orr'] }, { id: 'reid', type: 'PERSON', forms: ['Callum Reid', 'Reid'] }],
    );
    assert.equal(about(list, 'expected the motion').sourceEntity, 'orr', showSpeakers(list));
  });
  it('"He said the mayor, Y, was wrong. He added …" is the speaker, not the man he talked about', () => {
    const list = run(
      'Councillor Idris Fenn spoke first. He said the mayor, Owen Marsh, had misled residents about the budget. He added that the vote should wait until spring.',
      [{ id: 'fenn', type: 'PERSON', forms: ['Idris Fenn', 'Fenn'] }, { id: 'marsh', type: 'PERSON', forms: ['Owen Marsh', 'Marsh'] }],
    );
    assert.equal(about(list, 'should wait until spring').sourceEntity, 'fenn', showSpeakers(list));
  });
  it('a later subject of the pronoun\'s gender still takes it ("X said …. Y disagreed. He said …")', () => {
    const list = run(
      'Idris Fenn said the budget was sound. Owen Marsh disagreed on Tuesday. He said the numbers were out of date.',
      [{ id: 'fenn', type: 'PERSON', forms: ['Idris Fenn', 'Fenn'] }, { id: 'marsh', type: 'PERSON', forms: ['Owen Marsh', 'Marsh'] }],
    );
    assert.equal(about(list, 'out of date').sourceEntity, 'marsh', showSpeakers(list));
  });
  it('a name the entity stage left untyped, with a known given name, is a person a pronoun can follow', () => {
    const list = run(
      'Rep. Curtis Vandermeer of Ohio spoke against the bill on the floor. He said insurers would raise premiums.',
      [{ id: 'cv', type: 'MISC', forms: ['Curtis Vandermeer'] }, { id: 'oh', type: 'LOCATION', forms: ['Ohio'] }, { id: 'ann', type: 'PERSON', forms: ['Andrea Lutz'] }],
    );
    assert.equal(about(list, 'raise premiums').sourceEntity, 'cv', showSpeakers(list));
  });
  it('a one-word source typed as an organisation that is one person\'s surname is that person', () => {
    const list = run(
      'Curtis Vandermeer voted against the motion on Friday. Vandermeer, asked about the vote, said the bill was rushed.',
      [{ id: 'cv', type: 'MISC', forms: ['Curtis Vandermeer'] }, { id: 'org', type: 'ORGANIZATION', forms: ['Vandermeer'] }],
    );
    assert.equal(about(list, 'bill was rushed').sourceEntity, 'cv', showSpeakers(list));
  });
  it('"Secretary of State <Name>" is the named person, not the press secretary named before', () => {
    const list = run(
      'Press secretary Lena Hart said the talks would go on. Secretary of State Paul Ivers said in a statement that the vote was "a step forward."',
      [{ id: 'hart', type: 'PERSON', forms: ['Lena Hart', 'Hart'] }, { id: 'ivers', type: 'PERSON', forms: ['Paul Ivers', 'Ivers'] }],
    );
    assert.equal(about(list, 'step forward').sourceEntity, 'ivers', showSpeakers(list));
  });
});

describe('attributions round 17: "it" and "the company" are the organisation the story is about', () => {
  it('"It said …" after a company spoke two sentences back is the company, not a firm named as an object', () => {
    const list = run(
      'Cerebrum Labs said on Monday that it would open a lab in Halifax. The startup signed a cloud deal with Google last year. It said the lab would employ 80 people.',
      [{ id: 'cer', type: 'ORGANIZATION', forms: ['Cerebrum Labs'] }, { id: 'goo', type: 'ORGANIZATION', forms: ['Google'] }, { id: 'hal', type: 'LOCATION', forms: ['Halifax'] }],
    );
    assert.equal(about(list, 'employ 80 people').sourceEntity, 'cer', showSpeakers(list));
  });
  it('"X, the chip designer …, will cut jobs, the company said" is X', () => {
    const list = run(
      'SAN JOSE, Calif. — Lumenrise Systems, the chip designer that supplies sensors to carmakers, will cut 300 jobs, the company said Thursday.',
      [{ id: 'lum', type: 'ORGANIZATION', forms: ['Lumenrise Systems'] }, { id: 'sj', type: 'LOCATION', forms: ['SAN JOSE'] }],
    );
    assert.equal(about(list, 'will cut 300 jobs').sourceEntity, 'lum', showSpeakers(list));
  });
  it('"It said" after a speaker whose name no entity holds is not the party named before', () => {
    const list = run(
      'NDP critic Harjit Sandhu called the cap too small. Colleges Ontario, which represents 24 colleges, welcomed the change but said it would not close the gap. It said in a statement that colleges had lost $1 billion.',
      [{ id: 'ndp', type: 'ORGANIZATION', forms: ['NDP'] }, { id: 'hs', type: 'PERSON', forms: ['Harjit Sandhu'] }],
    );
    assert.equal(about(list, 'lost $1 billion').sourceEntity, null, showSpeakers(list));
  });
});

describe('attributions round 17: participle cues after the speaker\'s clause', () => {
  it('", calling it “…”" after a clause with no speech verb speaks for the clause\'s subject', () => {
    const list = run(
      'Rep. Lorna Beckett of Idaho spoke against the bill on the floor, calling it "a tax hike in a trench coat."',
      [{ id: 'lb', type: 'PERSON', forms: ['Lorna Beckett', 'Beckett'] }, { id: 'id', type: 'LOCATION', forms: ['Idaho'] }],
    );
    const a = about(list, 'tax hike in a trench coat');
    assert.equal(a.cue?.text, 'calling', showSpeakers(list));
    assert.equal(a.sourceEntity, 'lb', showSpeakers(list));
  });
  it('"“…,” saying Ontario has …": the name after the participle is the content\'s, not a speaker', () => {
    const list = run(
      'Critic Harjit Sandhu accused the government of balancing budgets "on the backs of students," saying Ontario has the lowest funding in the country.',
      [{ id: 'hs', type: 'PERSON', forms: ['Harjit Sandhu', 'Sandhu'] }, { id: 'on', type: 'LOCATION', forms: ['Ontario'] }],
    );
    assert.ok(!list.some((a) => a.sourceEntity === 'on'), showSpeakers(list));
    assert.equal(about(list, 'lowest funding').sourceEntity, 'hs', showSpeakers(list));
  });
});

describe('attributions round 17: words that are no cues', () => {
  it('"A briefing note prepared by the ministry put …": "note" is a noun', () => {
    const list = run('A briefing note prepared by the ministry last year put the number of affected seniors at about nine million.');
    assert.ok(!list.some((a) => a.cue?.text === 'note'), showSpeakers(list));
  });
  it('"a measure Republicans say will …" still reads "say" as a cue (a plural before it)', () => {
    const list = run('The House passed the bill on Friday, a measure Republicans say will raise costs for seniors.');
    assert.equal(about(list, 'raise costs').cue?.text, 'say', showSpeakers(list));
  });
  it('"X, asked whether Y had …, said …": X did not ask', () => {
    const list = run(
      'Tavish Orr, asked whether Callum Reid had phoned him about the vote, said the two had not spoken.',
      [{ id: 'orr', type: 'PERSON', forms: ['Tavish Orr', 'Orr'] }, { id: 'reid', type: 'PERSON', forms: ['Callum Reid', 'Reid'] }],
    );
    assert.ok(!list.some((a) => a.cue?.text === 'asked'), showSpeakers(list));
    assert.equal(about(list, 'had not spoken').sourceEntity, 'orr', showSpeakers(list));
  });
  it('"X, the mayor, asked whether …" is still X asking', () => {
    const list = run('Ines Varga, the mayor, asked whether the province had studied the plan.', [{ id: 'iv', type: 'PERSON', forms: ['Ines Varga'] }]);
    assert.equal(about(list, 'studied the plan').sourceEntity, 'iv', showSpeakers(list));
  });
  it('"Parents argued otherwise." reports no words', () => {
    const list = run('The board said the schools were too small. Parents argued otherwise.');
    assert.ok(!list.some((a) => a.cue?.text === 'argued'), showSpeakers(list));
  });
});

describe('attributions round 17: contact clauses ("a measure Republicans say will …")', () => {
  it('the subject after the described noun is the source, the gapped clause the content', () => {
    const list = run('The House passed the bill on Friday, a measure Republicans say will raise costs for seniors.', [{ id: 'rep', type: 'MISC', forms: ['Republicans'] }]);
    const a = about(list, 'raise costs');
    assert.equal(a.source?.text, 'Republicans', showSpeakers(list));
    assert.equal(a.content.text, 'will raise costs for seniors', showSpeakers(list));
  });
  it('"a decision the chair said was made …": a past cue before "was" reports the clause', () => {
    const list = run('The board voted to close two schools, a decision the chair said was made with a heavy heart.');
    const a = about(list, 'heavy heart');
    assert.equal(a.source?.text, 'the chair', showSpeakers(list));
    assert.equal(a.content.text, 'was made with a heavy heart', showSpeakers(list));
  });
  it('an earlier content ends before ", a position his aides say has not changed"', () => {
    const list = run('Garrity has said he sees no path for the bill, a position his aides say has not changed.');
    assert.equal(about(list, 'no path').content.text, 'he sees no path for the bill', showSpeakers(list));
    assert.equal(about(list, 'has not changed').source?.text, 'his aides', showSpeakers(list));
  });
  it('"…, X said Monday, a change critics say does not go far enough" gives X only the words before', () => {
    const list = run('Ontario will cap tuition, Minister Renee Paquette said Monday, a change critics say does not go far enough.');
    const paquette = list.filter((a) => a.source?.text === 'Minister Renee Paquette');
    assert.deepEqual(paquette.map((a) => a.content.text), ['Ontario will cap tuition'], showSpeakers(list));
    assert.equal(about(list, 'far enough').source?.text, 'critics', showSpeakers(list));
  });
});

describe('attributions round 17: familiar given names give a gender', () => {
  it('"she" after a man named by a familiar form ("Bernie") and a woman is the woman', () => {
    const list = run(
      'Maren Holt met Bernie Castellano on Monday. Castellano said the talks went well. "We made progress," she said.',
      [{ id: 'mh', type: 'PERSON', forms: ['Maren Holt', 'Holt'] }, { id: 'bc', type: 'PERSON', forms: ['Bernie Castellano', 'Castellano'] }],
    );
    assert.equal(about(list, 'made progress').sourceEntity, 'mh', showSpeakers(list));
  });
});

describe('attributions round 17: a preposition\'s object does not take the pronoun from a subject just before', () => {
  it('"X runs the store. He will vote for A or Councillor B. “…,” he said." is X', () => {
    const list = run(
      'Tom Rourke runs the hardware store on Main Street. He has not decided whether he will vote for Ellen Ward or Councillor Gary Finch. "Both of them have come by the shop," he said.',
      [{ id: 'tr', type: 'PERSON', forms: ['Tom Rourke', 'Rourke'] }, { id: 'ew', type: 'PERSON', forms: ['Ellen Ward'] }, { id: 'gf', type: 'PERSON', forms: ['Gary Finch'] }],
    );
    assert.equal(about(list, 'come by the shop').sourceEntity, 'tr', showSpeakers(list));
  });
  it('a name after the sentence before\'s last word is no preposition\'s object ("… for Mayor Ann Cole. Cole said …")', () => {
    const list = run(
      'The award went to Mayor Ann Cole. Cole thanked the crews, and she said the town owed them "more than a plaque."',
      [{ id: 'ac', type: 'PERSON', forms: ['Ann Cole', 'Cole'] }],
    );
    assert.equal(about(list, 'more than a plaque').sourceEntity, 'ac', showSpeakers(list));
  });
});
