import { strict as assert } from 'node:assert';
import { about, runAttributions as run, showAttributions } from './attribution-helpers';

// Issue 11, round 8: what our blind batch 10 (a live blog, a fact-check, a UK court story, a
// science story, a political feature with anonymous officials) showed wrong. Invented sentences;
// entities are given as the entity stage would give them.

describe('attributions: a fact-check\'s section labels are no speakers', () => {
  it('"THE FACTS: …" and "VERDICT: …" open no transcript answer; the sentence\'s own cue keeps its source', () => {
    const list = run('THE FACTS: No merger has been agreed. The Harbour Authority said in an email that talks had ended in March.\n\n' +
      'VERDICT: The claim about the ferry fares is wrong.', [
      { id: 'harbour', type: 'ORGANIZATION', forms: ['Harbour Authority'] },
    ]);
    assert.ok(!list.some((a) => a.source?.text === 'THE FACTS' || a.source?.text === 'VERDICT'), showAttributions(list));
    assert.ok(about(list, 'talks had ended').source?.text.includes('Harbour Authority'), showAttributions(list));
  });
});

describe('attributions: "who" after a description and a name', () => {
  it('"a second witness, porter Ivo Marek, who testified …" and "Lena Dorn, 37, who said …" are the named people', () => {
    const list = run('The court heard from a second witness, porter Ivo Marek, who testified that the door had been locked. ' +
      'Another resident, Lena Dorn, 37, who said she had lived there for a decade, described the smoke.', [
      { id: 'marek', type: 'PERSON', forms: ['Ivo Marek'] },
      { id: 'dorn', type: 'PERSON', forms: ['Lena Dorn'] },
    ]);
    assert.equal(about(list, 'door had been locked').sourceEntity, 'marek', showAttributions(list));
    assert.equal(about(list, 'lived there for a decade').sourceEntity, 'dorn', showAttributions(list));
  });
});

describe('attributions: "said one protester, NAME"', () => {
  it('a description with "one" or "another" and the name after its comma resolves to the name', () => {
    const list = run('"We are not going home," said one protester, Tove Lunde. "Nobody listens," said another marcher, Rafi Ghanem.', [
      { id: 'lunde', type: 'PERSON', forms: ['Tove Lunde'] },
      { id: 'ghanem', type: 'PERSON', forms: ['Rafi Ghanem'] },
    ]);
    assert.equal(about(list, 'not going home').sourceEntity, 'lunde', showAttributions(list));
    assert.equal(about(list, 'Nobody listens').sourceEntity, 'ghanem', showAttributions(list));
  });
});

describe('attributions: a post or a letter described by how it spread', () => {
  it('"A post shared more than 5,000 times on Facebook says …" and "A letter signed by 30 nurses says …" are the post and the letter', () => {
    const list = run('A post shared more than 5,000 times on Facebook says the bridge will close for a year. ' +
      'A letter signed by 30 nurses says the ward cannot stay open over the summer.', [
      { id: 'facebook', type: 'ORGANIZATION', forms: ['Facebook'] },
    ]);
    assert.ok(about(list, 'bridge will close').source?.text.startsWith('A post'), showAttributions(list));
    assert.ok(about(list, 'ward cannot stay open').source?.text.startsWith('A letter'), showAttributions(list));
  });
});

describe('attributions: a cue inside an opening "Asked … whether …," question', () => {
  it('"Asked by counsel whether X had replied, Y said: \'…\'" gives the quotation to Y, not to X', () => {
    const list = run("Asked by counsel Petra Voss whether Mr Hale had replied, Ms Orme said: 'He told me to stop asking.'", [
      { id: 'voss', type: 'PERSON', forms: ['Petra Voss'] },
      { id: 'hale', type: 'PERSON', forms: ['Mr Hale', 'Hale'] },
      { id: 'orme', type: 'PERSON', forms: ['Ms Orme', 'Orme'] },
    ]);
    const a = about(list, 'stop asking');
    assert.equal(a.source?.text, 'Ms Orme', showAttributions(list));
    assert.ok(!list.some((x) => x.cue?.text === 'replied'), showAttributions(list));
  });
});

describe('attributions: "accepted that …" in court reporting', () => {
  it('"Under cross-examination, X accepted that …" is X\'s; "accepted an offer" is not speech', () => {
    const list = run('Under cross-examination, Dr Salim accepted that the scan had been read too late. ' +
      'Last year the club accepted an offer from the city.', [
      { id: 'salim', type: 'PERSON', forms: ['Dr Salim', 'Salim'] },
    ]);
    const a = about(list, 'scan had been read too late');
    assert.equal(a.cue?.text, 'accepted', showAttributions(list));
    assert.ok(!list.some((x) => x.content.text.includes('an offer')), showAttributions(list));
  });
});

describe('attributions: "called them early" is no naming', () => {
  it('"premiers who called them early" and "called it off" report nothing; "called him a liar" still does', () => {
    const list = run('Snap elections rarely helped premiers who called them early. The league called it off on Sunday. ' +
      'Her rival called him a liar.');
    assert.ok(!list.some((x) => x.content.text.includes('them early') || x.content.text.includes('it off')), showAttributions(list));
    assert.ok(about(list, 'a liar').cue?.text === 'called', showAttributions(list));
  });
});

describe('attributions: the listener after "told" in court and public life', () => {
  it('"told the court she …" and "told the jury the …" leave the listener out; "told jurors the Crown would say that …" keeps the whole clause', () => {
    const list = run('Constable Ruth Imrie told the court she had found the gate open. Mr Pask told the jury the van had been parked there all night. ' +
      'Ms Gale told jurors the Crown would show that the fire was set on purpose.', [
      { id: 'imrie', type: 'PERSON', forms: ['Ruth Imrie'] },
      { id: 'pask', type: 'PERSON', forms: ['Mr Pask'] },
      { id: 'gale', type: 'PERSON', forms: ['Ms Gale'] },
    ]);
    assert.equal(about(list, 'found the gate open').content.text, 'she had found the gate open', showAttributions(list));
    assert.equal(about(list, 'parked there all night').content.text, 'the van had been parked there all night', showAttributions(list));
    const c = list.find((a) => a.cue?.text === 'told' && a.content.text.includes('set on purpose'));
    assert.ok(c && c.content.text.startsWith('the Crown would show'), showAttributions(list));
  });
});

describe('attributions: "Officials speaking on condition of anonymity said …"', () => {
  it('a bare plural opening the sentence with a participle phrase is the source, not "condition of anonymity"', () => {
    const list = run('Officials speaking on condition of anonymity said no charges had been laid. Residents living near the quarry say the dust is worse.');
    assert.equal(about(list, 'no charges').source?.text, 'Officials speaking on condition of anonymity', showAttributions(list));
    assert.equal(about(list, 'dust is worse').source?.text, 'Residents living near the quarry', showAttributions(list));
  });
});

describe('attributions: a report nested in a content read before its cue', () => {
  it('"The figures show rents are falling, the agency said." is the agency\'s too, not only the figures\'', () => {
    const list = run('The figures show rents are falling in most cities, the housing agency said.');
    const outer = list.find((a) => a.cue?.text === 'said');
    assert.ok(outer && outer.source?.text === 'the housing agency' && outer.content.text.startsWith('The figures show'), showAttributions(list));
  });
});

describe('attributions: a quotation opening a sentence the splitter missed', () => {
  it('"… above 5 C. “We …,” the authors wrote." is the authors\' quotation, and the finding before it ends at the full stop', () => {
    const list = run('The authors found that the beetles spread faster in winters above 5 C. "We did not expect the change to be this quick," the authors wrote.');
    const q = about(list, 'this quick');
    assert.equal(q.cue?.text, 'wrote', showAttributions(list));
    assert.ok(!q.content.text.includes('beetles'), showAttributions(list));
    assert.ok(!about(list, 'beetles spread').content.text.includes('this quick'), showAttributions(list));
  });
});

describe('attributions: a "that" clause after a speech verb and an adverbial', () => {
  it('"The pilot testified at the inquest that …" stays an attribution whatever the learned second opinion says', () => {
    const list = run('The pilot testified at the inquest that the de-icing fluid had run out.');
    const a = about(list, 'de-icing fluid');
    assert.equal(a.cue?.text, 'testified', showAttributions(list));
    assert.equal(a.source?.text, 'The pilot', showAttributions(list));
  });
});

describe('attributions: "It found …" after a sentence opening with a document', () => {
  it('"A coroner\'s report … blamed X. It found the company had …" reports the finding; "It found" after a person does not', () => {
    const list = run("A coroner's report released last spring blamed a faulty valve. It found the operator had skipped three inspections.\n\n" +
      'The dog ran off at dawn. It found the bone had been buried by the fence.');
    assert.equal(about(list, 'skipped three inspections').cue?.text, 'found', showAttributions(list));
    assert.ok(!list.some((a) => a.content.text.includes('buried by the fence')), showAttributions(list));
  });
});

describe('attributions: a quotation opening a feature with no cue', () => {
  it('a quotation paragraph after a paragraph naming one person is that person\'s; after two people, nobody\'s', () => {
    const names = [
      { id: 'varga', type: 'PERSON' as const, forms: ['Ilse Morgan'] },
      { id: 'hart', type: 'PERSON' as const, forms: ['Dev Hart'] },
    ];
    const one = run('For years, Ilse Morgan did not talk about the storm. Now she does.\n\n"I remember the noise of the roof more than anything else."', names);
    assert.equal(about(one, 'noise of the roof').sourceEntity, 'varga', showAttributions(one));
    const two = run('Ilse Morgan and Dev Hart rebuilt the barn together.\n\n"I remember the noise of the roof more than anything else."', names);
    assert.equal(about(two, 'noise of the roof').sourceEntity, null, showAttributions(two));
  });
});

describe('attributions: an unnamed source after its cue', () => {
  it('"…, said a person familiar with the matter." and "…, said two officials briefed on the talks." are the unnamed sources', () => {
    const list = run('The merger is unlikely to close this year, said a person familiar with the matter. ' +
      'The ferry contract will be split in two, said two officials briefed on the talks.');
    assert.equal(about(list, 'unlikely to close').source?.text, 'a person familiar with the matter', showAttributions(list));
    assert.equal(about(list, 'split in two').source?.text, 'two officials briefed on the talks', showAttributions(list));
  });
});

describe('attributions: "It said" after an organisation no entity names', () => {
  it('"In a statement, the union said … It said …" does not give "It" to an organisation named earlier', () => {
    const list = run('Researchers at Ostvik University measured the ice.\n\n' +
      'In a statement, the union said members had voted to strike. It said no talks were planned.', [
      { id: 'ostvik', type: 'ORGANIZATION', forms: ['Ostvik University'] },
    ]);
    assert.equal(about(list, 'no talks were planned').sourceEntity, null, showAttributions(list));
  });
});
