import { strict as assert } from 'node:assert';
import { findAttributions } from '../../server/src/analysis/attributions';
import { segment } from '../../server/src/analysis/segment';
import type { Attribution } from '../../server/src/analysis/types';
import { about, runAttributions, showAttributions, showSpeakers } from './attribution-helpers';
import type { Name } from './attribution-helpers';

// Issue 11, round 20 (ninth session): what blind batch 17 and PolNeAR train's misses showed. "It"
// after a body no entity names, a relative clause about the one asked, documents whose head noun
// has words after it, and "as reported by X". Invented sentences in our own words.

function run(body: string, names: Name[] = []): Attribution[] {
  return runAttributions(body, names, true);
}

describe('attributions round 20: "it" after a body no entity names', () => {
  const hauler: Name = { id: 'eo', type: 'ORGANIZATION', forms: ['Evergreen Organics Ltd.', 'Evergreen Organics'] };
  it('"The province\'s environment ministry said …. It said …" is not the company named before', () => {
    const list = run('The hauler, Evergreen Organics Ltd., said it had lost money on the deal.\n\n' +
      'The province\'s environment ministry said it had been told about the pause. It said towns must report any waste sent to landfill.', [hauler]);
    assert.equal(about(list, 'towns must report').sourceEntity, null, showSpeakers(list));
  });
  it('"the federal health department said …. It said …" is not the company named before', () => {
    const list = run('Evergreen Organics said it would appeal.\n\n' +
      'The federal health department said it was reviewing the file. It said a decision would come in June.', [hauler]);
    assert.equal(about(list, 'decision would come in June').sourceEntity, null, showSpeakers(list));
  });
  it('guard: "It said" after the company itself spoke is still the company', () => {
    const list = run('Evergreen Organics said it had lost money on the deal. It said fuel costs had doubled.', [hauler]);
    assert.equal(about(list, 'fuel costs had doubled').sourceEntity, 'eo', showSpeakers(list));
  });
  it('guard: a capitalised name ending in a body\'s noun is no unnamed body ("The Islamic State … according to the Halden Group. It said …")', () => {
    const list = run('The Islamic State has called for such attacks before, according to the Halden Group, which tracks extremist forums. It said supporters were sharing the news.',
      [{ id: 'hg', type: 'ORGANIZATION', forms: ['Halden Group'] }]);
    assert.equal(about(list, 'supporters were sharing').sourceEntity, 'hg', showSpeakers(list));
  });
  it('guard: "a spokesperson for the city\'s planning department" is no unnamed body ("it" may still be the company)', () => {
    const list = run('Evergreen Organics said it had lost money. A spokesperson for the city\'s planning department said the file was closed. It said it would appeal.', [hauler]);
    assert.equal(about(list, 'it would appeal').sourceEntity, 'eo', showSpeakers(list));
  });
});

describe('attributions round 20: "they" after a group at a firm', () => {
  const firm: Name = { id: 'ng', type: 'ORGANIZATION', forms: ['Northgate Securities'] };
  it('"Analysts at Northgate Securities wrote …. They said …" is the firm', () => {
    const list = run('Analysts at Northgate Securities wrote that building costs had risen. They said projects of this size were at risk.', [firm]);
    assert.equal(about(list, 'projects of this size').sourceEntity, 'ng', showSpeakers(list));
  });
  it('guard: "they" after a group with no firm stays unresolved ("Residents near the plant said …. They said …")', () => {
    const list = run('Northgate Securities said it would appeal. Residents near the plant said the smell was worse. They said it came at night.', [firm]);
    assert.equal(about(list, 'came at night').sourceEntity, null, showSpeakers(list));
  });
});

describe('attributions round 20: a relative clause about the one asked or told', () => {
  const names: Name[] = [{ id: 'jm', type: 'PERSON', forms: ['Jean-Marc Thibodeau'] }, { id: 'al', type: 'PERSON', forms: ['Anita Lowe'] }];
  it('"We asked X, who runs a firm, how …" asks from "how"', () => {
    const list = run('We also asked Jean-Marc Thibodeau, who runs a small accounting firm in Ottawa, how his staff have taken to it.', names);
    const asked = list.find((a) => a.cue?.text === 'asked');
    assert.ok(!asked || asked.content.text.startsWith('how his staff'), showAttributions(list));
  });
  it('guard: "told X, who chairs the board, that …" reports from after "that"', () => {
    const list = run('The mayor told Anita Lowe, who chairs the library board, that the branch would stay open.', names);
    assert.ok(about(list, 'branch would stay open').content.text.startsWith('the branch'), showAttributions(list));
  });
});

describe('attributions round 20: documents with words after their head', () => {
  it('"A Harbour Institute poll out this week shows X with a lead" is the poll\'s', () => {
    const list = run('A Harbour Institute poll out this week shows Mayor Ellen Voss with an eight-point lead over her rival.');
    const a = about(list, 'eight-point lead');
    assert.equal(a.cue?.text, 'shows', showAttributions(list));
    assert.ok(a.source?.text.includes('poll'), showAttributions(list));
  });
  it('"Records from the 2019 campaign show he gave …" is the records\'', () => {
    const list = run('Records from the 2019 campaign show he gave money to both parties.');
    assert.equal(about(list, 'gave money to both parties').source?.text, 'Records from the 2019 campaign', showAttributions(list));
  });
  it('"Yet a new survey from Dunmore College found most voters undecided": the linking word is no part of the source', () => {
    const list = run('Yet a new survey from Dunmore College found most voters undecided.');
    assert.equal(about(list, 'most voters undecided').source?.text, 'a new survey from Dunmore College', showAttributions(list));
  });
  it('"The most recent polling in Kent shows Voss ahead"', () => {
    const list = run('The most recent polling in Kent shows Voss ahead by four points.');
    assert.equal(about(list, 'Voss ahead').cue?.text, 'shows', showAttributions(list));
  });
  it('guard: a person from somewhere who found a thing reports nothing ("A man from Dunmore found the wallet")', () => {
    const list = run('A man from Dunmore found the wallet near the bus station.');
    assert.equal(list.length, 0, showAttributions(list));
  });
  it('guard: a document head with a verb of its own before the cue is no opening phrase ("The report in the drawer was old and showed …")', () => {
    const list = run('The report in the drawer was old and showed water damage.');
    assert.equal(list.length, 0, showAttributions(list));
  });
});

describe('attributions round 20: "as reported by X"', () => {
  const herald: Name = { id: 'hh', type: 'ORGANIZATION', forms: ['Halden Herald'] };
  it('"As reported by the Halden Herald on Tuesday, the mayor had met …" is the paper\'s', () => {
    const list = run('As reported by the Halden Herald on Tuesday, the mayor had met the developer twice before the vote.', [herald]);
    const a = about(list, 'mayor had met the developer');
    assert.equal(a.source?.text, 'the Halden Herald', showAttributions(list));
    assert.equal(a.cue?.text, 'reported', showAttributions(list));
    assert.ok(a.content.text.startsWith('the mayor'), showAttributions(list));
  });
  it('guard: a closing ", as reported by X." after a quotation and its own cue adds no attribution of the cue\'s adverbial', () => {
    const list = run('"We will fix it," Carson said in an interview with a radio host, as reported by the Ledger.');
    assert.equal(list.filter((a) => a.source?.text === 'the Ledger').length, 0, showAttributions(list));
  });
});

describe('attributions round 20: a first line ending in a full stop read as a headline', () => {
  function runText(text: string): Attribution[] {
    return findAttributions(segment(text), [], []);
  }
  it('"Voss: My housing plans are not set in stone." opening the text is Voss\'s', () => {
    const list = runText('Voss: My housing plans are not set in stone.\n\nMayor Ellen Voss said on Tuesday that her plan could change.');
    assert.equal(about(list, 'not set in stone').source?.text, 'Voss', showAttributions(list));
  });
  it('guard: a transcript label opening the text still speaks ("TAPPER: …")', () => {
    const list = runText('TAPPER: And you support the governor, I take it?\n\nPENCE: I do, and I have said so many times.');
    assert.equal(about(list, 'support the governor').source?.text, 'TAPPER', showAttributions(list));
  });
});

describe('attributions round 20: a transcript quoted paragraph by paragraph', () => {
  it('"“HOLLIS: …" (the quotation mark opens the paragraph) is Hollis\'s', () => {
    const list = run('The exchange went as follows:\n\n"HOLLIS: Let us start with the ferry schedule.\n\n"OKAFOR: The ferries will run every hour from May.\n\n"HOLLIS: Is that a promise?"');
    assert.equal(about(list, 'ferries will run every hour').source?.text, 'OKAFOR', showAttributions(list));
  });
  it('guard: a quoted paragraph opening with a short word in capitals and a colon is no label ("“OK: …")', () => {
    const list = run('He wrote back:\n\n"OK: we meet at noon."');
    assert.equal(list.filter((a) => a.source?.text === 'OK').length, 0, showAttributions(list));
  });
});
