import { strict as assert } from 'node:assert';
import { about, runAttributions, showAttributions } from './attribution-helpers';
import type { Attribution } from '../../server/src/analysis/types';

// Issue 11, round 25 (twelfth session): cue words whose object or place shows they report no
// words (a thing made, a document put forward, an -ing word modifying a noun), a learned content
// span that stopped inside its own subject before an aside, and "testified that" after a fronted
// phrase. Invented sentences.

function withCue(list: Attribution[], cue: string): Attribution | undefined {
  return list.find((a) => a.cue?.text === cue);
}

describe('attributions round 25: things made and put forward are no words', () => {
  it('"wrote more than 240 cheques": a writing verb before a figure made that many things', () => {
    const list = runAttributions('Delaney wrote more than 240 cheques to herself over six years.\n\nThe band posted 40 photos from the tour.', [
      { id: 'd', type: 'PERSON', forms: ['Delaney'] },
    ]);
    assert.equal(withCue(list, 'wrote'), undefined, showAttributions(list));
    assert.equal(withCue(list, 'posted'), undefined, showAttributions(list));
  });
  it('guard: "wrote that …" and a quotation after "wrote" still report words', () => {
    const list = runAttributions('Delaney wrote that 240 cheques had gone missing.\n\n"Nobody checked," Delaney wrote.', [
      { id: 'd', type: 'PERSON', forms: ['Delaney'] },
    ]);
    assert.equal(about(list, 'cheques had gone missing').cue?.text, 'wrote', showAttributions(list));
    assert.equal(about(list, 'Nobody checked').cue?.text, 'wrote', showAttributions(list));
  });
  it('"proposed a $4.1-billion budget", "proposed a three-year contract": a document put forward', () => {
    const list = runAttributions('The provincial government has proposed a $4.1-billion budget for the coming year.\n\n' +
      'The union proposed a three-year contract, and the company is reviewing it.');
    assert.equal(withCue(list, 'proposed'), undefined, showAttributions(list));
  });
  it('guard: a plan or a measure proposed stays a cue, as PolNeAR marks it', () => {
    const list = runAttributions('The senator proposed a tax on vacant homes in the city.');
    assert.equal(withCue(list, 'proposed')?.source?.text, 'The senator', showAttributions(list));
  });
});

describe('attributions round 25: an -ing word modifying the noun after it', () => {
  it('"Average asking prices rose …", "Early warning signs were …": no cue, no source "Average"', () => {
    const list = runAttributions('Average asking prices rose 4 per cent in October.\n\nEarly warning signs were missed by the agency.\n\n' +
      'Median asking prices for detached homes fell to $1.1 million, the board said.');
    assert.equal(withCue(list, 'asking'), undefined, showAttributions(list));
    assert.equal(withCue(list, 'warning'), undefined, showAttributions(list));
    assert.equal(about(list, 'detached homes').source?.text, 'the board', showAttributions(list));
  });
  it('guard: a participle before a clause said keeps its cue ("Critics warning that …", "Keeps saying she …")', () => {
    const list = runAttributions('Officials issued a statement warning residents to stay indoors.\n\nShe left the hall, saying prices were too high.');
    assert.ok(list.some((a) => a.cue?.text === 'saying' && a.content.text.startsWith('prices were too high')), showAttributions(list));
  });
});

describe('attributions round 25: a subject broken by an aside', () => {
  it('"said about 230 firefighters, supported by 18 aircraft, were working …" runs past the aside', () => {
    const list = runAttributions('The Fire Service said about 230 firefighters, supported by 18 aircraft, were working to contain the blaze.\n\n' +
      'The county said about 120 crews, supported by four water bombers, had been sent to the eastern flank.');
    assert.equal(about(list, 'about 230 firefighters').content.text, 'about 230 firefighters, supported by 18 aircraft, were working to contain the blaze', showAttributions(list));
    assert.match(about(list, 'about 120 crews').content.text, /^about 120 crews, supported by four water bombers, had been sent/, showAttributions(list));
  });
});

describe('attributions round 25: "testified that" after a fronted phrase', () => {
  it('"Questioned by the Crown, X testified that …" and "In court, X testified that …" are X\'s', () => {
    const list = runAttributions('Questioned by Crown prosecutor Helena Strand, Okonkwo-Reyes testified that Furlong gave her the key in 2021.\n\n' +
      'In court, Marlow testified that the pump had failed twice.', [
      { id: 'o', type: 'PERSON', forms: ['Okonkwo-Reyes'] },
      { id: 'm', type: 'PERSON', forms: ['Marlow'] },
      { id: 's', type: 'PERSON', forms: ['Helena Strand'] },
    ]);
    const a = about(list, 'gave her the key');
    assert.equal(a.sourceEntity, 'o', showAttributions(list));
    assert.equal(a.cue?.text, 'testified');
    assert.equal(about(list, 'pump had failed').sourceEntity, 'm', showAttributions(list));
  });
});

describe('attributions round 25: a role given by a copula', () => {
  const PEOPLE = [
    { id: 'lal', type: 'PERSON' as const, forms: ['Priya Lal', 'Lal'] },
    { id: 'brandt', type: 'PERSON' as const, forms: ['Tom Brandt', 'Brandt'] },
    { id: 'whitlock', type: 'PERSON' as const, forms: ['Dana Whitlock', 'Whitlock'] },
    { id: 'ebner', type: 'PERSON' as const, forms: ['Mark Ebner', 'Ebner'] },
  ];
  it('"X, 52, was the first witness called by the defence … The witness said" is X', () => {
    const list = runAttributions('Priya Lal, 52, was the first witness called by the defence. Judge Tom Brandt listened.\n\n' +
      'The witness said she had never seen the invoices.', PEOPLE);
    assert.equal(about(list, 'never seen the invoices').sourceEntity, 'lal', showAttributions(list));
  });
  it('"X is the company\'s chief financial officer … The officer said" is X, not a person named after', () => {
    const list = runAttributions('Dana Whitlock is the company\'s chief financial officer. Analysts pressed Mark Ebner on the dividend.\n\n' +
      'The officer said the dividend was safe for now.', PEOPLE);
    assert.equal(about(list, 'dividend was safe').sourceEntity, 'whitlock', showAttributions(list));
  });
  it('guard: an owner\'s role is not the person\'s ("X was the mayor\'s choice … The mayor said")', () => {
    const list = runAttributions('Dana Whitlock was the mayor\'s choice for the job. Mayor Tom Brandt defended her.\n\n' +
      'The mayor said the hiring followed every rule.', PEOPLE);
    assert.equal(about(list, 'hiring followed').sourceEntity, 'brandt', showAttributions(list));
  });
});

describe('attributions round 25: a listener after "to"', () => {
  it('"admitted to police that …", "said to reporters that …", "confessed to friends that …": the content starts after "that"', () => {
    const list = runAttributions('She admitted to police that she had taken the money.\n\nThe minister said to reporters that the deal was close.\n\n' +
      'Wells confessed to friends that he had lied about the crash.\n\nThe coach admitted to the committee that the rink was unsafe.');
    assert.equal(about(list, 'taken the money').content.text, 'she had taken the money', showAttributions(list));
    assert.equal(about(list, 'deal was close').content.text, 'the deal was close', showAttributions(list));
    assert.equal(about(list, 'lied about the crash').cue?.text, 'confessed', showAttributions(list));
    assert.equal(about(list, 'lied about the crash').content.text, 'he had lied about the crash', showAttributions(list));
    assert.equal(about(list, 'rink was unsafe').content.text, 'the rink was unsafe', showAttributions(list));
  });
  it('guard: "to" before a relative "that" names no listener ("The delay adds to the drama that …")', () => {
    const list = runAttributions('The latest delay adds to the drama that has surrounded the project since 2019.');
    assert.equal(list.length, 0, showAttributions(list));
  });
});

describe('attributions round 25: a subject in apposition before "said" and an organisation after it', () => {
  const PEOPLE = [
    { id: 'brody', type: 'PERSON' as const, forms: ['Tom Brody', 'Brody'] },
    { id: 'jensen', type: 'PERSON' as const, forms: ['Jensen'] },
  ];
  it('"Jensen\'s campaign manager, Tom Brody, said the campaign stood by its ad": Brody speaks, the clause is content', () => {
    const list = runAttributions('Jensen\'s campaign manager, Tom Brody, said the campaign stood by its ad.', PEOPLE);
    const a = about(list, 'stood by its ad');
    assert.equal(a.content.text, 'the campaign stood by its ad', showAttributions(list));
    assert.equal(a.sourceEntity, 'brody', showAttributions(list));
  });
  it('"Tom Brody, her campaign manager, said the campaign …": the same with the name first', () => {
    const list = runAttributions('Tom Brody, her campaign manager, said the campaign would appeal the ruling.', PEOPLE);
    assert.equal(about(list, 'appeal the ruling').sourceEntity, 'brody', showAttributions(list));
  });
  it('guard: words before the comma that are no subject keep the speaker after the cue ("…, said the campaign.")', () => {
    const list = runAttributions('The ad will run until the vote, said the campaign.');
    assert.equal(about(list, 'ad will run').source?.text, 'the campaign', showAttributions(list));
  });
});

describe('attributions round 25: a pronoun after a subject whose sentence names an owner', () => {
  it('"Coach X praised Barnes\'s defence. He said …" is the coach, though Barnes spoke last as "he"', () => {
    const list = runAttributions('Barnes said the team had talked all week about closing games.\n\n"We\'ve let a few of these slip," he said. "Not tonight."\n\n' +
      'Coach Darko Rajakovic praised Barnes\'s defence in the fourth quarter. He said the forward never complained.', [
      { id: 'barnes', type: 'PERSON', forms: ['Scottie Barnes', 'Barnes'] },
      { id: 'raj', type: 'PERSON', forms: ['Darko Rajakovic', 'Rajakovic'] },
    ]);
    assert.equal(about(list, 'never complained').sourceEntity, 'raj', showAttributions(list));
  });
});

describe('attributions round 25: a stance verb after "but" is the speaker\'s second verb', () => {
  it('"The official said the plan was dead but rejected calls for an inquiry": the official rejected, not nobody', () => {
    const list = runAttributions('The official said the plan was dead but rejected calls for an inquiry.');
    const a = list.find((x) => x.cue?.text === 'rejected');
    assert.ok(a, showAttributions(list));
    assert.equal(a.source?.text, 'The official', showAttributions(list));
  });
});

describe('attributions round 25: a verdict whose quotation is an inner description\'s', () => {
  it('"denounced what she described as « electoral » manoeuvres": her description is the quotation, the verdict no attribution', () => {
    const list = runAttributions('The opposition leader denounced what she described as « electoral » manoeuvres by the premier.');
    assert.equal(list.find((a) => a.cue?.text === 'denounced'), undefined, showAttributions(list));
    const a = list.find((x) => x.cue?.text === 'described');
    assert.ok(a, showAttributions(list));
    assert.equal(a.content.text.replace(/[«»\s]/g, ''), 'electoral', showAttributions(list));
  });
  it('guard: a verdict with a quotation of its own keeps it ("condemned the vote as “a disgrace”")', () => {
    const list = runAttributions('The mayor condemned the vote as "a disgrace to this council."');
    assert.ok(list.some((a) => a.cue?.text === 'condemned'), showAttributions(list));
  });
});

describe('attributions round 25: a place and its province inside a description', () => {
  const PEOPLE = [
    { id: 'es', type: 'PERSON' as const, forms: ['Malindi Elmore-Sato', 'Elmore-Sato'] },
    { id: 'kel', type: 'LOCATION' as const, forms: ['Kelowna'] },
    { id: 'bc', type: 'LOCATION' as const, forms: ['B.C.'] },
  ];
  it('"The Kelowna, B.C., native wrote that …": the whole description speaks, and stands for the one person named', () => {
    const list = runAttributions('Malindi Elmore-Sato congratulated her on social media. The Kelowna, B.C., native wrote that records "are meant to be broken."', PEOPLE);
    const a = about(list, 'meant to be broken');
    assert.equal(a.source?.text, 'The Kelowna, B.C., native', showAttributions(list));
    assert.equal(a.sourceEntity, 'es', showAttributions(list));
  });
  it('guard: a place opening the sentence is no part of the source ("In Halifax, N.S., officials said"), nor a title after a comma', () => {
    const list = runAttributions('In Halifax, N.S., officials said the ferry was late.\n\nBack in Virginia, Mr. Clarke said the mine would reopen.');
    assert.equal(about(list, 'ferry was late').source?.text, 'officials', showAttributions(list));
    assert.equal(about(list, 'mine would reopen').source?.text, 'Mr. Clarke', showAttributions(list));
  });
});
