import { strict as assert } from 'node:assert';
import { about, runAttributions, showAttributions } from './attribution-helpers';
import type { Attribution } from '../../server/src/analysis/types';
import { findAttributions } from '../../server/src/analysis/attributions';
import { segment } from '../../server/src/analysis/segment';

// Issue 11, round 24 (eleventh session): blind batch 20's house styles. A parliamentary record's
// speaker labels, a press conference's "On <topic>: “…”" notes, a translated wire's "specified",
// ", while warning that …", a document closing its sentence after the content, a manner adverb
// that is no content, things one writes. Invented sentences.

const PEOPLE = [
  { id: 'p1', type: 'PERSON' as const, forms: ['Dorian Weatherby', 'Weatherby'] },
  { id: 'p2', type: 'PERSON' as const, forms: ['Celestine Marcoux', 'Marcoux'] },
];

function withContent(list: Attribution[], words: string): Attribution | undefined {
  return list.find((a) => a.content.text.includes(words));
}

describe('attributions round 24: a parliamentary record\'s speaker labels', () => {
  const record = [
    'Mr. Dorian Weatherby (Brandon—Souris, CPC): Mr. Speaker, the grain terminal in Churchill has been closed for six weeks and farmers are paying for it. When will the minister act?',
    '',
    'Hon. Celestine Marcoux (Minister of Agriculture, Lib.): Mr. Speaker, I can tell the House that the terminal will reopen on Monday, and that we have paid every claim filed so far.',
    '',
    'Some hon. members: Hear, hear!',
    '',
    'Mr. Dorian Weatherby: Mr. Speaker, the port authority says the repairs will take until spring. Who is right?',
  ].join('\n');
  const list = runAttributions(record, PEOPLE);

  it('the paragraph after "Mr. X (Riding, Party):" is X\'s, with no cue', () => {
    const a = withContent(list, 'grain terminal in Churchill');
    assert.ok(a, showAttributions(list));
    assert.equal(a.source?.text, 'Mr. Dorian Weatherby', showAttributions(list));
    assert.equal(a.sourceEntity, 'p1');
    assert.equal(a.cue, null);
    assert.match(a.content.text, /^Mr\. Speaker, the grain terminal .* When will the minister act\?$/);
  });
  it('"Hon. X (Minister of …, Lib.):" labels the minister, and her "I can tell the House that …" is no second attribution', () => {
    const a = withContent(list, 'terminal will reopen on Monday');
    assert.ok(a, showAttributions(list));
    assert.equal(a.sourceEntity, 'p2', showAttributions(list));
    assert.equal(list.filter((x) => x.source?.text === 'I').length, 0, showAttributions(list));
  });
  it('a label repeated without its bracket ("Mr. X:") is the same speaker\'s', () => {
    const a = withContent(list, 'Who is right?');
    assert.ok(a, showAttributions(list));
    assert.equal(a.sourceEntity, 'p1');
  });
  it('"Some hon. members:" labels the members', () => {
    const a = withContent(list, 'Hear, hear');
    assert.equal(a?.source?.text, 'Some hon. members', showAttributions(list));
  });
  it('guard: reported speech inside a labelled paragraph keeps its own speaker', () => {
    const a = list.find((x) => x.cue?.text === 'says');
    assert.equal(a?.source?.text, 'the port authority', showAttributions(list));
    assert.equal(a?.content.text, 'the repairs will take until spring');
  });
  it('guard: a body paragraph opening with a name and a colon but no honorific is no label ("Weatherby: 4,210 votes")', () => {
    const l = runAttributions('The results came in after midnight.\n\nWeatherby: 4,210 votes. Marcoux: 3,980 votes.', PEOPLE);
    assert.equal(l.length, 0, showAttributions(l));
  });
  it('guard: "Mr. X said: …" opening a paragraph keeps its verb as the cue', () => {
    const l = runAttributions('Mr. Weatherby said: the terminal should never have closed.', PEOPLE);
    assert.equal(l[0]?.cue?.text, 'said', showAttributions(l));
  });
});

describe('attributions round 24: a press conference\'s "On <topic>:" notes', () => {
  const notes = [
    'Marcoux sat at the end of the table and answered every question in under a minute.',
    '',
    'On the new contract: “I read it twice. It is fair to both sides.”',
    '',
    'On her plans for the summer: “A lake, a canoe and no telephone.”',
  ].join('\n');
  const list = runAttributions(notes, PEOPLE);
  it('the quotation after a topic and a colon is the person the notes are about, with no cue', () => {
    const a = about(list, 'It is fair to both sides');
    assert.equal(a.sourceEntity, 'p2', showAttributions(list));
    assert.equal(a.cue, null, showAttributions(list));
  });
  it('the next topic goes on with the same speaker', () => {
    const a = about(list, 'a canoe and no telephone');
    assert.equal(a.sourceEntity, 'p2', showAttributions(list));
    assert.equal(a.cue, null);
  });
  it('guard: "Weatherby said of the deal: “…”" keeps its speaker and verb', () => {
    const l = runAttributions('Weatherby said of the deal: “It is the best we could get.”', PEOPLE);
    const a = about(l, 'best we could get');
    assert.equal(a.sourceEntity, 'p1', showAttributions(l));
    assert.ok(a.cue, showAttributions(l));
  });
});

describe('attributions round 24: cues of a translated wire and their contents', () => {
  it('"…, the minister specified." reports what comes before', () => {
    const list = runAttributions('The new ferry will cost $96 million, the minister specified.');
    assert.equal(about(list, 'ferry will cost').cue?.text, 'specified', showAttributions(list));
  });
  it('", while warning that …" ends the content of "said" and is a cue of its own', () => {
    const list = runAttributions('The union leader said she welcomed the agreement, while warning that nurses were still leaving the north.');
    assert.equal(about(list, 'welcomed the agreement').content.text, 'she welcomed the agreement', showAttributions(list));
    assert.equal(about(list, 'nurses were still leaving').cue?.text, 'warning', showAttributions(list));
  });
  it('guard: ", while others …" with no cue of the speaker\'s goes on as before', () => {
    const list = runAttributions('The union leader said some nurses had come back, while others had left for Alberta.');
    assert.match(about(list, 'nurses had come back').content.text, /left for Alberta/, showAttributions(list));
  });
});

describe('attributions round 24: a document closing its sentence after the content', () => {
  it('"…, and …, a new study suggests." is the study\'s', () => {
    const list = runAttributions('Hip fractures among older women rose by a third over the decade, and most happened at home, a new study suggests.');
    const a = about(list, 'Hip fractures');
    assert.equal(a.cue?.text, 'suggests', showAttributions(list));
    assert.equal(a.source?.text, 'a new study', showAttributions(list));
  });
});

describe('attributions round 24: no content where nothing was said', () => {
  it('"she tells it flatly" has no attribution (a manner adverb is no content)', () => {
    const list = runAttributions('When she talks about the crash, she tells it flatly, like a weather report.');
    assert.equal(list.length, 0, showAttributions(list));
  });
  it('"write their own reports" is writing a thing, not words reported', () => {
    const list = runAttributions('Mr. Speaker, the mills inspect their own boilers, write their own reports and sign their own permits.');
    assert.equal(list.filter((a) => a.cue?.text === 'write').length, 0, showAttributions(list));
  });
  it('guard: "she said flatly that …" keeps its content', () => {
    const list = runAttributions('The director said flatly that the gallery would not sell the painting.');
    assert.match(about(list, 'gallery would not sell').content.text, /gallery would not sell the painting/, showAttributions(list));
  });
});

describe('attributions round 24: a headline with its deck on the next line', () => {
  it('"Speaker: claim;" then a deck in the same paragraph: the headline\'s words end at the line break', () => {
    const text = 'Okafor: The ferry fare freeze is "a promise kept";\nIn a speech to the chamber, the premier lays out her plan for the coast.\n\nPremier Ada Okafor spoke in Halifax on Monday.';
    const list = findAttributions(segment(text), [], []);
    const a = list.find((x) => x.cue?.text === ':');
    assert.ok(a, showAttributions(list));
    assert.equal(a.source?.text, 'Okafor');
    assert.equal(a.content.text, 'The ferry fare freeze is "a promise kept"');
  });
});

describe('attributions round 24: a quoted title goes on with no one\'s words', () => {
  it('"“Harvest Moon,” her memoir, comes out in May" after a quotation is no continuation of it', () => {
    const list = runAttributions('“We will not sell the farm,” Marcoux said.\n\n“Harvest Moon,” her memoir of the drought years, comes out in May.', PEOPLE);
    assert.equal(list.filter((a) => a.content.text.includes('Harvest Moon')).length, 0, showAttributions(list));
  });
  it('guard: a short answer right after the speaker\'s words in the same paragraph goes on with them', () => {
    const list = runAttributions('“There is one rival that matters,” Weatherby told the crowd. “Fort Simpson.”', PEOPLE);
    assert.equal(about(list, 'Fort Simpson').sourceEntity, 'p1', showAttributions(list));
  });
  it('guard: a quoted question in title case is speech ("“Mr. Weatherby?”")', () => {
    const list = runAttributions('“Order in the room,” the chair said.\n\n“Mr. Weatherby?”\n\nHe stood and read his statement.', PEOPLE);
    assert.ok(list.some((a) => a.content.text.includes('Mr. Weatherby?')), showAttributions(list));
  });
});

describe('attributions round 24: credit and contact lines at a story\'s foot', () => {
  it('"Contributing: Ann Lee and Raj Dey" is no attribution', () => {
    const list = runAttributions('The council voted 7-2 to keep the pier open.\n\nContributing: Ann Lee and Raj Dey');
    assert.equal(list.length, 0, showAttributions(list));
  });
  it('"Twitter: @marcouxreports" is no attribution', () => {
    const list = runAttributions('The council voted 7-2 to keep the pier open.\n\nTwitter: @marcouxreports');
    assert.equal(list.length, 0, showAttributions(list));
  });
  it('guard: a short line "Marcoux: We will appeal" is still the speaker\'s', () => {
    const list = runAttributions('The council voted 7-2 to keep the pier open.\n\nMarcoux: We will appeal\n\nShe spoke outside city hall.', PEOPLE);
    assert.equal(about(list, 'We will appeal').sourceEntity, 'p2', showAttributions(list));
  });
});

describe('attributions round 24: a listener and a time after "told", nothing more', () => {
  it('"“…?” X told reporters during Tuesday’s call." reports the quotation before', () => {
    const list = runAttributions('“What can the province do to help?” Marcoux told reporters during Tuesday’s conference call.', PEOPLE);
    const a = list.find((x) => x.cue?.text === 'told');
    assert.equal(a?.content.text, 'What can the province do to help?', showAttributions(list));
    assert.equal(a?.sourceEntity, 'p2');
  });
  it('"told a dispatcher before police arrived." has no content after the listener', () => {
    const list = runAttributions('Marcoux later said she suspected the driver was lost — something a 911 caller also told a dispatcher before police arrived on scene.', PEOPLE);
    assert.equal(list.filter((x) => x.content.text.startsWith('a dispatcher')).length, 0, showAttributions(list));
  });
  it('guard: "told reporters before the vote that …" keeps the clause', () => {
    const list = runAttributions('Weatherby told reporters before the vote that the pier would stay open.', PEOPLE);
    assert.equal(about(list, 'pier would stay open').content.text, 'the pier would stay open', showAttributions(list));
  });
});

describe('attributions round 24: a time or adverbial before the speaker of a quotation is the narrator\'s', () => {
  it('"Less than an hour later, X wrote, “…”" reports the quotation only', () => {
    const list = runAttributions('Less than an hour later, Weatherby wrote, “The pier stays open. That is final.”', PEOPLE);
    assert.deepEqual(list.map((a) => a.content.text), ['The pier stays open. That is final.'], showAttributions(list));
  });
  it('"In a statement Thursday, X said, “…”" reports the quotation only', () => {
    const list = runAttributions('In a statement Thursday, Marcoux said, “We will appeal the ruling.”', PEOPLE);
    assert.deepEqual(list.map((a) => a.content.text), ['We will appeal the ruling.'], showAttributions(list));
  });
  it('guard: a clause before a cue set off by commas is still a piece ("The province would not step in, he said, “at this stage.”")', () => {
    const list = runAttributions('The province would not step in, Weatherby said, “at this stage.”', PEOPLE);
    assert.equal(list.length, 2, showAttributions(list));
    assert.equal(list[0].content.text, 'The province would not step in');
  });
});

describe('attributions round 24: a reporter\'s question before the answer\'s speaker', () => {
  it('"Asked what he wanted from the deal, X said, “…”" gives the answer only, not the question', () => {
    const list = runAttributions('Asked what he wanted from the deal, Weatherby said, “A pier that stays open.”', PEOPLE);
    assert.deepEqual(list.map((a) => a.content.text), ['A pier that stays open.'], showAttributions(list));
    assert.equal(list[0].sourceEntity, 'p1');
  });
});

describe('attributions round 24: doubled apostrophes as quotation marks, with a nested single quotation', () => {
  it("''…'' with a nested 'I …' is no single-quote copy, and ''' closes both marks", () => {
    const list = runAttributions("The board met on Tuesday.\n\n''I told the other banks, 'I'm sorry to say this, but we cannot wait,''' said Mr. Weatherby, who chairs the board.\n\n''She asked me, 'What did he mean by that?''' Marcoux said.", PEOPLE);
    const first = list.find((a) => a.content.text.startsWith('I told the other banks'));
    assert.equal(first?.sourceEntity, 'p1', showAttributions(list));
    assert.equal(first?.content.text, "I told the other banks, 'I'm sorry to say this, but we cannot wait,");
    const second = list.find((a) => a.content.text.startsWith('She asked me'));
    assert.equal(second?.sourceEntity, 'p2', showAttributions(list));
  });
});
