import { strict as assert } from 'node:assert';
import { about, runAttributions as run, showAttributions } from './attribution-helpers';
import { findAttributions } from '../../server/src/analysis/attributions';
import { genderOfGivenName } from '../../server/src/analysis/attributions/gender';
import { segment } from '../../server/src/analysis/segment';

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

describe('attributions: the subject of a second verb ("X did this and said …")', () => {
  const sourceOf = (body: string, fragment: string, names: Parameters<typeof run>[1] = []) => about(run(body, names), fragment).source?.text ?? null;

  it('past a leading conjunction', () => {
    assert.equal(sourceOf('A lower court agreed. But the Court of Appeals overruled the judge and said the law must stand.', 'law must stand'), 'the Court of Appeals');
  });

  it('past an opening participle phrase or time phrase', () => {
    assert.equal(sourceOf('Walking to the next house, Edna Park talked about her childhood and said their views had changed.', 'views had changed'), 'Edna Park');
    assert.equal(sourceOf('On Sunday morning, Mayor Ines Sarto toured the site and said the repairs would take a year.', 'repairs would take'), 'Mayor Ines Sarto');
  });

  it('with a bracketed party and state after the name', () => {
    assert.equal(sourceOf('Sen. Rand Dale (R-Ky.) toured the plant and said the tax plan would hurt workers.', 'tax plan would hurt'), 'Sen. Rand Dale (R-Ky.)');
  });
});

describe('attributions: adverbs between a source and its cue', () => {
  it('"even", "long" and "in particular" do not hide the source', () => {
    const list = run('Some activists even insist that the count was wrong. Officials have long argued that the rule is unfair. ' +
      'Farmers in particular warned that prices would fall.', []);
    assert.equal(about(list, 'count was wrong').source?.text, 'Some activists');
    assert.equal(about(list, 'rule is unfair').source?.text, 'Officials');
    assert.equal(about(list, 'prices would fall').source?.text, 'Farmers');
  });
});

describe('attributions: a closing cue with a tail ends the content of a cue before it', () => {
  it('", the inspector said on Tuesday." / "in a statement." / "told reporters in Ottawa."', () => {
    for (const tail of ['said on Tuesday', 'said in a statement', 'told reporters in Ottawa']) {
      const list = run(`The engineers warned that the bridge was unsafe, the inspector ${tail}.`, []);
      const nested = list.find((a) => a.cue?.text === 'warned');
      assert.ok(nested, showAttributions(list));
      assert.equal(nested.content.text, 'the bridge was unsafe', tail);
    }
  });

  it('but not when the cue has content of its own', () => {
    const list = run('The engineers warned that the bridge was unsafe, the inspector said the plan would fail.', []);
    const said = list.find((a) => a.cue?.text === 'said');
    assert.equal(said?.content.text, 'the plan would fail', showAttributions(list));
    assert.equal(said?.source?.text, 'the inspector');
  });
});

describe('attributions: given names in Canadian copy', () => {
  it('accented and compound French given names have a gender', () => {
    assert.equal(genderOfGivenName('Geneviève'), 'f');
    assert.equal(genderOfGivenName('François'), 'm');
    assert.equal(genderOfGivenName('Jean-François'), 'm');
    assert.equal(genderOfGivenName('Marie-Claude'), 'f');
  });

  it('so "she" finds Mélanie, not a woman named before her', () => {
    const list = run('Deputy Mayor Anne Gray opened the meeting. Councillor Mélanie Côté voted against the plan, and Mayor Paul Lee voted for it.\n\n"It is too expensive," she said.', [
      { id: 'gray', type: 'PERSON', forms: ['Deputy Mayor Anne Gray', 'Gray'] },
      { id: 'cote', type: 'PERSON', forms: ['Councillor Mélanie Côté', 'Côté'] },
      { id: 'lee', type: 'PERSON', forms: ['Mayor Paul Lee', 'Lee'] },
    ]);
    assert.equal(about(list, 'too expensive').sourceEntity, 'cote');
  });
});

describe('attributions: a title is no given name', () => {
  it('"Mayor Ann Reyes" is a woman ("Mayor" is a man\'s given name in the census lists)', () => {
    const list = run('Mayor Ann Reyes met Fire Chief Tom Blake on Monday. Blake briefed the council.\n\n"We were lucky," she said.', [
      { id: 'reyes', type: 'PERSON', forms: ['Mayor Ann Reyes', 'Reyes'] },
      { id: 'blake', type: 'PERSON', forms: ['Fire Chief Tom Blake', 'Blake'] },
    ]);
    assert.equal(about(list, 'were lucky').sourceEntity, 'reyes');
  });
});

describe('attributions: a member of parliament by description', () => {
  const names = [
    { id: 'libmp', type: 'ORGANIZATION' as const, forms: ['Liberal MP'] },
    { id: 'centre', type: 'LOCATION' as const, forms: ['Edmonton Centre'] },
    { id: 'bains', type: 'PERSON' as const, forms: ['Harjit Bains', 'Bains'] },
    { id: 'edmp', type: 'ORGANIZATION' as const, forms: ['Edmonton MP'] },
  ];

  it('"The Liberal MP for Edmonton Centre, Harjit Bains, said": the name after the description speaks', () => {
    const list = run('The Liberal MP for Edmonton Centre, Harjit Bains, said the hearing showed the need for a review.', names);
    assert.equal(about(list, 'need for a review').sourceEntity, 'bains');
  });

  it('"the Edmonton MP said" is the MP the story named, not an organisation called "Edmonton MP"', () => {
    const list = run('The Liberal MP for Edmonton Centre, Harjit Bains, said the hearing showed the need for a review.\n\n' +
      '"Albertans deserve better than this," the Edmonton MP said.', names);
    assert.equal(about(list, 'deserve better').sourceEntity, 'bains');
  });
});

describe('attributions: "the 58-year-old"', () => {
  it('is the one person named in the paragraph before, when the paragraph opens with it', () => {
    const list = run("Alberta's former premier, Rachel Okonjo, returned to the legislature on Tuesday.\n\n" +
      'The 58-year-old told members the plan had been rushed from the start.', [
      { id: 'alberta', type: 'LOCATION', forms: ['Alberta'] },
      { id: 'okonjo', type: 'PERSON', forms: ['Rachel Okonjo', 'Okonjo'] },
    ]);
    assert.equal(about(list, 'rushed from the start').sourceEntity, 'okonjo');
  });

  it('but not when that paragraph names two people', () => {
    const list = run('Rachel Okonjo and Travis Holt returned to the legislature on Tuesday.\n\n' +
      'The 58-year-old told members the plan had been rushed from the start.', [
      { id: 'okonjo', type: 'PERSON', forms: ['Rachel Okonjo', 'Okonjo'] },
      { id: 'holt', type: 'PERSON', forms: ['Travis Holt', 'Holt'] },
    ]);
    assert.equal(about(list, 'rushed from the start').sourceEntity, null);
  });
});

describe('attributions: "the mother of two said" after a quotation', () => {
  it('is the one person of the paragraph before when the quote\'s paragraph names no one', () => {
    const list = run('Dana Whitlock, 34, lost her home in the fire.\n\n"It was over in ten minutes," the mother of two said.', [
      { id: 'whitlock', type: 'PERSON', forms: ['Dana Whitlock', 'Whitlock'] },
    ]);
    assert.equal(about(list, 'over in ten minutes').sourceEntity, 'whitlock');
  });
});

describe('attributions: more words between a source and its cue', () => {
  it('"has twice complained", "have both argued", "at the time said"', () => {
    const list = run('The veterans group has twice complained that the logo was misused. Ames and Ruiz have both argued that tariffs cost jobs. ' +
      'The mayor at the time said the budget was balanced.', []);
    assert.equal(about(list, 'logo was misused').source?.text, 'The veterans group');
    assert.equal(about(list, 'tariffs cost jobs').source?.text, 'Ames and Ruiz');
    assert.equal(about(list, 'budget was balanced').source?.text, 'The mayor');
  });
});

describe('attributions: a subject with a relative clause before the cue', () => {
  it('"organizations that have endorsed him say …": the organizations speak', () => {
    const list = run('But progressive organizations that have endorsed him say the rules should change.', []);
    assert.equal(about(list, 'rules should change').source?.text, 'progressive organizations');
  });
});

describe('attributions: naming in the present tense is no cue', () => {
  it('"who calls the rink “…”" and "what he calls the “…” process" report no words', () => {
    const list = run('Lindgren, who calls the dressing room "the loudest place in hockey," scored twice. ' +
      'He railed against what he calls the "rigged" nominating process.', []);
    assert.ok(!list.some((a) => a.cue?.text === 'calls'), showAttributions(list));
  });

  it('"called the plan “a rounding error”" still does', () => {
    const list = run('Critic Darren Wells called the plan "a rounding error" on Tuesday.', []);
    assert.equal(about(list, 'rounding error').cue?.text, 'called');
  });
});

describe('attributions: a bare listener after "told"', () => {
  it('"told members the plan …", "told council members on Tuesday the plan …": the listener is not said', () => {
    const list = run('The mayor told members the plan was late. The premier told council members on Tuesday the budget was balanced.', []);
    assert.equal(about(list, 'plan was late').content.text, 'the plan was late');
    assert.equal(about(list, 'budget was balanced').content.text, 'the budget was balanced');
  });
});

describe('attributions: "it said" after an organisation spoke', () => {
  it('is the organisation that just spoke, not the last one named', () => {
    const list = run('The Harbour Department has ordered Norvex Mining Corp. to stop work at its mine.\n\n' +
      'The department said tests found arsenic in the water. It said the order would stay in place until the company fixed the problem.', [
      { id: 'dept', type: 'ORGANIZATION', forms: ['The Harbour Department', 'Harbour Department'] },
      { id: 'norvex', type: 'ORGANIZATION', forms: ['Norvex Mining Corp.'] },
    ]);
    assert.equal(about(list, 'arsenic').sourceEntity, 'dept');
    assert.equal(about(list, 'stay in place').sourceEntity, 'dept');
  });

  it('and the last organisation named when none spoke just before', () => {
    const list = run('Norvex Mining Corp. closed its mine on Monday. It said the closure was temporary.', [
      { id: 'norvex', type: 'ORGANIZATION', forms: ['Norvex Mining Corp.'] },
    ]);
    assert.equal(about(list, 'closure was temporary').sourceEntity, 'norvex');
  });
});

describe('attributions: "X\'s comments that …" as the subject of the sentence', () => {
  it('the content ends before the main verb, irregular or not', () => {
    const list = run('Ms. Dale\'s comments that the budget was "a fantasy" drew criticism from her own party. ' +
      "Hart's claim that the new plan went too far angered his allies. " +
      'His warning that the bridge was poorly designed proved right.', []);
    assert.equal(about(list, 'budget was').content.text, 'the budget was "a fantasy"');
    assert.equal(about(list, 'plan went').content.text, 'the new plan went too far');
    assert.equal(about(list, 'bridge was').content.text, 'the bridge was poorly designed');
  });
});

describe('attributions: a cue far from its "that"', () => {
  it('past a long adverbial, a long aside, a long listener', () => {
    const list = run('The mayor said Tuesday in a lengthy interview with the Globe and Mail at her office in downtown Toronto that the plan would go ahead. ' +
      'He said, speaking to reporters outside the courthouse after the verdict, that he would appeal. ' +
      'The minister told a committee of MPs studying the bill on Thursday that the rules would change.', []);
    assert.equal(about(list, 'plan would go ahead').content.text, 'the plan would go ahead');
    assert.equal(about(list, 'would appeal').content.text, 'he would appeal');
    assert.equal(about(list, 'rules would change').content.text, 'the rules would change');
  });
});

describe('attributions: "according to" set off inside a sentence', () => {
  it('reports the words before it as well as the rest ("Over the long term, according to the budget office, …")', () => {
    const list = run('Over the long term, according to the budget office, the rise in deficits is mainly caused by health costs.', []);
    const cues = list.filter((a) => a.cue?.text === 'according to');
    assert.deepEqual(cues.map((a) => a.content.text).sort(), ['Over the long term', 'the rise in deficits is mainly caused by health costs'], showAttributions(list));
  });
});

describe('attributions: a speaking company without "Inc."', () => {
  it('"the company says" is the organisation that just spoke, when no incorporated name is near', () => {
    const list = run('BC Ferries says it is hiring deckhands. In a statement, the company says it has added 120 staff this year.', [
      { id: 'bcf', type: 'ORGANIZATION', forms: ['BC Ferries'] },
    ]);
    assert.equal(about(list, 'added 120 staff').sourceEntity, 'bcf');
  });

  it('not a union or a ministry that spoke', () => {
    const list = run('The Harbour Workers Union says its members will strike. The company says talks will resume on Monday.', [
      { id: 'union', type: 'ORGANIZATION', forms: ['Harbour Workers Union'] },
    ]);
    assert.equal(about(list, 'talks will resume').sourceEntity, null);
  });
});

describe('attributions: "says A and expects B"', () => {
  it('a belief verb after "and" goes on with the same speaker\'s content', () => {
    const list = run('BC Ferries says it is hiring aggressively and expects service to improve by the summer.', []);
    assert.equal(list.find((a) => a.cue?.text === 'says')?.content.text, 'it is hiring aggressively and expects service to improve by the summer', showAttributions(list));
  });
});

describe('attributions: a name the entity stage left untyped (MISC) that speaks as a whole', () => {
  it('"BC Ferries says …" names BC Ferries, and "the company says" follows it', () => {
    const list = run('BC Ferries says it is hiring deckhands. In a statement, the company says it has added 120 staff this year.', [
      { id: 'bcf', type: 'MISC', forms: ['BC Ferries'] },
    ]);
    assert.equal(about(list, 'hiring deckhands').sourceEntity, 'bcf');
    assert.equal(about(list, 'added 120 staff').sourceEntity, 'bcf');
  });

  it('an adjective from a name inside a longer source still names no one ("Kazakh officials")', () => {
    const list = run('Kazakh officials said the pipeline would reopen.', [{ id: 'kz', type: 'MISC', forms: ['Kazakh'] }]);
    assert.equal(about(list, 'pipeline would reopen').sourceEntity, null);
  });
});

describe('attributions: "said of …" after a quotation ending in a question mark', () => {
  it('the quotation is the speaker\'s, and "of Apple in February" is no content', () => {
    const list = run('Ann Lee met reporters on Monday.\n\n"Who do they think they are?" Trump said of Apple in February.', [
      { id: 'lee', type: 'PERSON', forms: ['Ann Lee'] },
      { id: 'trump', type: 'PERSON', forms: ['Trump'] },
      { id: 'apple', type: 'ORGANIZATION', forms: ['Apple'] },
    ]);
    assert.equal(about(list, 'Who do they think').sourceEntity, 'trump');
    assert.ok(!list.some((a) => a.content.text.includes('February')), showAttributions(list));
  });
});

describe('attributions: an appositive after an inverted source is not content', () => {
  it('"…, said Jake Horowitz, editor in chief of Mic.com."', () => {
    const list = run('It will be hard to tell which model works better, said Jake Horowitz, editor in chief of Mic.com.', [
      { id: 'jh', type: 'PERSON', forms: ['Jake Horowitz'] },
    ]);
    assert.deepEqual(list.map((a) => a.content.text), ['It will be hard to tell which model works better'], showAttributions(list));
  });
});

describe('attributions: headline labels are no speakers', () => {
  it('"The Latest: …", "Paid Notice: …" and "EMAIL: …" report no one; "Lynch: …" still does', () => {
    for (const head of ['The Latest: Sanders wins Minnesota caucuses', 'Paid Notice: Deaths of the week']) {
      const text = `${head}\n\nThe caucuses closed at 9 p.m. on Tuesday.\n`;
      const list = findAttributions(segment(text), [], []);
      assert.ok(!list.some((a) => a.cue?.text === ':'), `${head}: ${showAttributions(list)}`);
    }
    const lynch = 'Lynch: No outside influence on the inquiry\n\nThe attorney general spoke on Tuesday.\n';
    assert.ok(findAttributions(segment(lynch), [], []).some((a) => a.cue?.text === ':'));
    const mail = run('The board flipped over before her feet reached the deck.\n\nEMAIL: fitcity@example.com', []);
    assert.ok(!mail.some((a) => a.cue?.text === ':'), showAttributions(mail));
  });
});

describe('attributions: "a company called X" names, it reports no words', () => {
  it('after an indefinite noun that is no person, "called" gives a name', () => {
    const list = run('Barden now helps lead a program called Sandy Hook Promise. The campaign paid $300,000 to a firm called Northgate Analytics. ' +
      'Rob Hale set up a website called "Escape to the Island" on Friday.', []);
    assert.ok(!list.some((a) => a.cue?.text === 'called'), showAttributions(list));
  });

  it('"a spokesman called the report “misleading”" still reports', () => {
    const list = run('A spokesman called the report "misleading" on Tuesday.', []);
    assert.equal(about(list, 'misleading').cue?.text, 'called');
  });
});

describe('attributions: a connective before "according to" is no content', () => {
  it('"In addition, according to the department, …" reports only the rest', () => {
    const list = run('In addition, according to the department, about 400,000 workers would become eligible for overtime.', []);
    assert.deepEqual(list.map((a) => a.content.text), ['about 400,000 workers would become eligible for overtime'], showAttributions(list));
  });
});

describe('attributions: "wrote a letter" is an act, not words reported', () => {
  it('a written thing as the object reports nothing; "wrote that …" and "wrote in a letter that …" do', () => {
    const list = run('Baker wrote the letter on Feb. 2 to the legal adviser. The band wrote a dozen new songs for the album. ' +
      'Baker wrote that the review would take months. Baker wrote in a letter that the review was over.', []);
    assert.ok(!list.some((a) => /legal adviser|new songs/.test(a.content.text)), showAttributions(list));
    assert.equal(about(list, 'take months').cue?.text, 'wrote');
    assert.equal(about(list, 'review was over').cue?.text, 'wrote');
  });
});

describe('attributions: coordinated plural sources', () => {
  it('"…, teachers and union officials told POLITICO." reports the clause before', () => {
    const list = run('The union is divided on the plan, teachers and union officials told POLITICO.', []);
    const told = list.find((a) => a.cue?.text === 'told');
    assert.equal(told?.content.text, 'The union is divided on the plan', showAttributions(list));
    assert.equal(told?.source?.text, 'teachers and union officials');
  });
});
