import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAttributions } from '../../server/src/analysis/attributions';
import { segment } from '../../server/src/analysis/segment';
import type { Attribution, Entity, EntityType, Mention } from '../../server/src/analysis/types';

// Invented wire-style sentences, one phenomenon each. A leading headline line keeps the
// body paragraphs in the "body" role, as in a real story.
const HEAD = 'Test story\n\n';

function attributions(body: string, entities: Entity[] = [], mentions: Mention[] = []): Attribution[] {
  return findAttributions(segment(HEAD + body), entities, mentions);
}

function withContent(list: Attribution[], fragment: string): Attribution {
  const found = list.find((a) => a.content.text.includes(fragment));
  assert.ok(found, `no attribution with content containing "${fragment}" in ${JSON.stringify(list.map((a) => a.content.text))}`);
  return found;
}

/** Entities and mentions for the names in `text` (every occurrence), as the entity stage gives them. */
function entitiesFor(text: string, names: Array<{ id: string; type: EntityType; forms: string[] }>): { entities: Entity[]; mentions: Mention[] } {
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const n of names) {
    const spans = [];
    for (const form of n.forms) {
      for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        spans.push({ start: i, end: i + form.length, text: form });
        mentions.push({ start: i, end: i + form.length, text: form, type: n.type, entity: n.id });
      }
    }
    entities.push({ id: n.id, type: n.type, name: n.forms[0], aliases: n.forms, mentions: spans, role: 'newsmaker' });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

describe('attributions: word orders', () => {
  it('source, cue, content (without "that")', () => {
    const a = withContent(attributions('The harbour authority said that the new cranes would arrive in June.'), 'cranes');
    assert.equal(a.content.text, 'the new cranes would arrive in June');
    assert.equal(a.source?.text, 'The harbour authority');
    assert.equal(a.cue?.text, 'said');
    assert.equal(a.kind, 'indirect');
    assert.equal(a.continuation, false);
  });

  it('skips a recipient and adverbials, not a quantity', () => {
    const told = withContent(attributions('Prime Minister Anna Holm told parliament on Tuesday that the budget was balanced.'), 'budget');
    assert.equal(told.content.text, 'the budget was balanced');
    const said = withContent(attributions('Officials said at least 40 people died in the flooding.'), 'people');
    assert.equal(said.content.text, 'at least 40 people died in the flooding');
    const statement = withContent(attributions('In a statement, the group said it was “deeply concerned” by the ruling.'), 'concerned');
    assert.equal(statement.source?.text, 'the group');
    assert.equal(statement.kind, 'mixed');
  });

  it('skips an aside between commas before "that"', () => {
    // The rules alone (no learned model): "said, on condition of anonymity, that …".
    const list = findAttributions(segment(HEAD + 'Port officials said, on condition of anonymity, that 40 berths had closed since March.'), [], [], null);
    assert.equal(list.length, 1, JSON.stringify(list.map((a) => a.content.text)));
    assert.equal(list[0].source?.text, 'Port officials');
    assert.equal(list[0].content.text, '40 berths had closed since March');
    const dash = findAttributions(segment(HEAD + 'Ferro said — in a note to staff — that the berths would reopen.'), [], [], null);
    assert.equal(dash[0]?.content.text, 'the berths would reopen');
  });

  it('headline "X says …"', () => {
    const list = findAttributions(segment('Port chief says dock strike is over\n\nDockers went back to work on Monday.'), [], []);
    const a = withContent(list, 'strike');
    assert.equal(a.source?.text, 'Port chief');
    assert.equal(a.cue?.text, 'says');
    assert.equal(a.content.text, 'dock strike is over');
  });

  it('inverted after a quotation', () => {
    const a = withContent(attributions('“We will reopen the bridge by Friday,” said Transport Minister Lena Falk.'), 'reopen');
    assert.equal(a.kind, 'direct');
    assert.equal(a.source?.text, 'Transport Minister Lena Falk');
    assert.equal(a.cue?.text, 'said');
  });

  it('quotation, then source and cue with an adverbial', () => {
    const a = withContent(attributions('“The numbers do not add up,” Falk said in a statement.'), 'numbers');
    assert.equal(a.kind, 'direct');
    assert.equal(a.source?.text, 'Falk');
  });

  it('content first, then source and cue', () => {
    const list = attributions('The ferry will resume service on Monday, the operator said, citing calmer seas.');
    const a = withContent(list, 'ferry');
    assert.equal(a.content.text, 'The ferry will resume service on Monday');
    assert.equal(a.source?.text, 'the operator');
  });

  it('"according to" before and after the content', () => {
    const before = withContent(attributions('According to the port authority, traffic fell by a fifth in March.'), 'traffic');
    assert.equal(before.source?.text, 'the port authority');
    assert.equal(before.cue?.text, 'According to');
    assert.equal(before.content.text, 'traffic fell by a fifth in March');
    const after = withContent(attributions('Traffic fell by a fifth in March, according to the port authority.'), 'Traffic');
    assert.equal(after.content.text, 'Traffic fell by a fifth in March');
    assert.equal(after.source?.text, 'the port authority');
  });

  it('"according to" after a reported sentence attributes it again, to the report', () => {
    const list = attributions('Mayor Ana Ruiz said she would veto the budget, according to local press reports.');
    const said = list.find((a) => a.cue?.text === 'said');
    const according = list.find((a) => a.cue?.text === 'according to');
    assert.equal(said?.content.text, 'she would veto the budget');
    assert.equal(according?.source?.text, 'local press reports');
    assert.ok(according?.content.text.startsWith('Mayor Ana Ruiz said'));
  });

  it('a parenthetical cue reports the clause after it', () => {
    const a = withContent(attributions('In the end, Falk said, the bridge will carry trams as well.'), 'trams');
    assert.equal(a.content.text, 'the bridge will carry trams as well');
    assert.equal(a.source?.text, 'Falk');
  });
});

describe('attributions: quotations', () => {
  it('a partial quotation is mixed and starts with its sentence', () => {
    const a = withContent(attributions('The mayor was “playing with fire,” said councillor Anna Berg.'), 'fire');
    assert.equal(a.kind, 'mixed');
    assert.ok(a.content.text.startsWith('The mayor was'));
    assert.equal(a.source?.text, 'councillor Anna Berg');
  });

  it('scare quotes inside reported speech are no attribution of their own', () => {
    const list = attributions('Police said that 12 “rioters” had been held overnight.');
    assert.equal(list.length, 1);
    assert.equal(list[0].kind, 'mixed');
    assert.ok(list[0].content.text.includes('“rioters”'));
  });

  it('a quotation over two paragraphs is one content', () => {
    const body = '“The first paragraph of what she said runs on here.\n\n“The second paragraph closes it,” Berg said.';
    const list = attributions(body);
    assert.equal(list.length, 1);
    assert.equal(list[0].kind, 'direct');
    assert.ok(list[0].content.text.includes('first paragraph'));
    assert.ok(list[0].content.text.includes('second paragraph'));
    assert.equal(list[0].source?.text, 'Berg');
  });

  it('a following all-quotation paragraph continues the speaker', () => {
    const body = '“The pumps failed at midnight,” Anna Berg said.\n\n“Nobody was hurt, and the crews are back at work.”';
    const { entities, mentions } = entitiesFor(HEAD + body, [{ id: 'berg', type: 'PERSON', forms: ['Anna Berg'] }]);
    const list = attributions(body, entities, mentions);
    const first = withContent(list, 'pumps');
    const next = withContent(list, 'Nobody');
    assert.equal(first.sourceEntity, 'berg');
    assert.equal(next.continuation, true);
    assert.equal(next.kind, 'direct');
    assert.equal(next.sourceEntity, 'berg');
  });

  it('reads single-quote style (‘…’) without mistaking apostrophes for closing marks', () => {
    const list = attributions('‘We will not back down,’ said union leader Mary Coles. ‘We don’t accept the offer.’\n\n' +
      'The offer was ‘an insult to nurses’, Coles said on Tuesday.');
    const first = withContent(list, 'back down');
    assert.equal(first.kind, 'direct');
    assert.equal(first.source?.text, 'union leader Mary Coles');
    const second = withContent(list, 'accept the offer');
    assert.equal(second.content.text, 'We don’t accept the offer.');
    assert.equal(second.continuation, true);
    const partial = withContent(list, 'insult');
    assert.equal(partial.kind, 'mixed');
    assert.equal(partial.source?.text, 'Coles');
  });

  it('a cue inside a quotation is the quoted speaker’s, not the article’s', () => {
    const list = attributions('“I said we would win, and we did,” Falk told supporters.');
    assert.equal(list.length, 1);
    assert.equal(list[0].source?.text, 'Falk');
  });
});

describe('attributions: sources', () => {
  it('the source is the speaker, not the agency quoting them', () => {
    const a = withContent(attributions('The Finance Ministry, quoted by the Daily Post, said that tax receipts rose.'), 'receipts');
    assert.equal(a.source?.text, 'The Finance Ministry');
  });

  it('a name ending in "-ly" is a name, not an adverb', () => {
    const a = withContent(attributions('“We will appeal,” Megyn Kelly said.'), 'appeal');
    assert.equal(a.source?.text, 'Megyn Kelly');
    const b = withContent(attributions('According to early results of the count, turnout fell to a record low.'), 'turnout');
    assert.equal(b.source?.text, 'early results of the count');
  });

  it('keeps an unnamed source whole', () => {
    const a = withContent(attributions('Two people familiar with the matter told Reuters the deal could be signed this week.'), 'deal');
    assert.equal(a.source?.text, 'Two people familiar with the matter');
    assert.equal(a.content.text, 'the deal could be signed this week');
  });

  it('keeps a title and a ticker with the name', () => {
    const a = withContent(attributions('Output at the plant fell on Monday, refinery operator Norvik (NRV.OL) said.'), 'Output');
    assert.equal(a.source?.text, 'refinery operator Norvik (NRV.OL)');
  });

  it('resolves a pronoun and a title to the person', () => {
    const body = 'Transport Minister Lena Falk opened the bridge on Monday. She said the tolls would end in May. ' +
      'The minister said buses would use it from June.';
    const { entities, mentions } = entitiesFor(HEAD + body, [{ id: 'falk', type: 'PERSON', forms: ['Lena Falk'] }]);
    const list = attributions(body, entities, mentions);
    const pronoun = withContent(list, 'tolls');
    assert.equal(pronoun.source?.text, 'She');
    assert.equal(pronoun.sourceEntity, 'falk');
    const title = withContent(list, 'buses');
    assert.equal(title.source?.text, 'The minister');
    assert.equal(title.sourceEntity, 'falk');
  });

  it('resolves a title after a nationality adjective, and a name before its ticker', () => {
    const text = 'Norvish president says port will reopen\n\nPresident Ada Lind visited the docks. ' +
      'Output fell on Monday, refinery operator Norvik (NRV.OL) said.';
    const { entities, mentions } = entitiesFor(text, [
      { id: 'lind', type: 'PERSON', forms: ['Ada Lind'] },
      { id: 'norvik', type: 'ORGANIZATION', forms: ['Norvik'] },
      { id: 'ticker', type: 'ORGANIZATION', forms: ['NRV.OL'] },
    ]);
    mentions.push({ start: 0, end: 7, text: 'Norvish', type: 'MISC', entity: 'norvish' });
    mentions.sort((a, b) => a.start - b.start);
    const list = findAttributions(segment(text), entities, mentions);
    assert.equal(withContent(list, 'port will reopen').sourceEntity, 'lind');
    assert.equal(withContent(list, 'Output').sourceEntity, 'norvik');
  });

  it('resolves a description to the organisation it names', () => {
    const body = 'The Harbour Ministry said that two cranes had failed. The ministry said repairs would take a week.';
    const { entities, mentions } = entitiesFor(HEAD + body, [{ id: 'ministry', type: 'ORGANIZATION', forms: ['Harbour Ministry'] }]);
    const list = attributions(body, entities, mentions);
    assert.equal(withContent(list, 'cranes').sourceEntity, 'ministry');
    const second = withContent(list, 'repairs');
    assert.equal(second.source?.text, 'The ministry');
    assert.equal(second.sourceEntity, 'ministry');
  });

  it('does not resolve an office named after a person to the person', () => {
    const body = 'The Falk administration said the bridge was safe.';
    const { entities, mentions } = entitiesFor(HEAD + body, [{ id: 'falk', type: 'PERSON', forms: ['Falk'] }]);
    const a = withContent(attributions(body, entities, mentions), 'bridge');
    assert.equal(a.source?.text, 'The Falk administration');
    assert.equal(a.sourceEntity, null);
  });

  it('beliefs and documents count as attributions', () => {
    const belief = withContent(attributions('She believes the toll plan will fail.'), 'toll');
    assert.equal(belief.cue?.text, 'believes');
    const report = withContent(attributions('A survey by the institute shows most residents oppose the toll.'), 'residents');
    assert.equal(report.source?.text, 'A survey by the institute');
    assert.equal(report.cue?.text, 'shows');
  });

  it('a noun or a passive is no cue', () => {
    assert.equal(attributions('His claims were rejected. The report was said to be late.').length, 0);
    assert.equal(attributions('The repairs called for by the inspectors began in May.').length, 0);
  });
});

describe('attributions: the sample article', () => {
  const text = readFileSync(join(__dirname, '../../samples/council-quotes.article'), 'utf8');
  const list = findAttributions(segment(text), [], []);

  it('finds every kind of attribution in it', () => {
    const kinds = new Set(list.map((a) => a.kind));
    assert.deepEqual([...kinds].sort(), ['direct', 'indirect', 'mixed']);
    assert.ok(list.some((a) => a.continuation));
    assert.ok(list.some((a) => a.cue?.text === 'According to'));
    // The multi-paragraph quotation is one continuation content.
    const multi = withContent(list, 'walked the site');
    assert.ok(multi.content.text.includes('engineers tell me'));
    assert.equal(multi.continuation, true);
  });

  it('never credits staff in the credit line', () => {
    assert.ok(!list.some((a) => a.source?.text.includes('Quist')));
  });
});
