// Names in modern copy, round 11 of issue 10: what the ninth blind batch of our development set
// (test/fixtures/entities-modern, batch 9: Australian federal politics, a French wire in English,
// a flood story from Italy) showed, each behaviour on sentences written for the test. Every
// person and poll here is invented; the places, parties and palaces are real.
import { strict as assert } from 'node:assert';
import { listEntities as list, mentionAt, runEntities as run, expectMention as expect } from './entity-helpers';

describe('modern copy, round 11: places whatever the verb', () => {
  it('reads a palace named for its office as a place ("the Élysée said")', () => {
    expect('The Élysée said late on Monday that the summit would go ahead.', 'Élysée', 'LOCATION');
  });

  it('reads a mountain range in the plural as a place', () => {
    expect('A warning was issued for the Carpathians, where rain could fall.', 'Carpathians', 'LOCATION');
  });

  it('reads an Australian state by its abbreviation as a place', () => {
    expect('Farmers in NSW want more water.', 'NSW', 'LOCATION');
  });

  it('reads a big river named bare as a place, but not a person of the same name', () => {
    expect('Levels on the Po rose by a metre overnight.', 'Po', 'LOCATION');
    expect('Kimberly Po won the first set 6-2.', 'Kimberly', 'PERSON', 0, 'Kimberly Po');
  });

  it('reads "Parliament House" as the building, a place', () => {
    expect('Protesters gathered outside Parliament House on Tuesday.', 'Parliament House', 'LOCATION');
  });

  it('never reads a name ending in "Coast" as a person', () => {
    expect('The ferry runs between Perth and the Coral Coast, the operator said.', 'Coral Coast', 'LOCATION');
  });
});

describe('modern copy, round 11: regions', () => {
  it('reads a hyphenated name before "regional council" as the region, a place', () => {
    expect('The Centre-Val-de-Loire regional council backed the plan on Monday.', 'Centre-Val-de-Loire', 'LOCATION');
  });
});

describe('modern copy, round 11: bodies', () => {
  it('keeps a national Red Cross society whole ("the Spanish Red Cross")', () => {
    expect('Volunteers from the Spanish Red Cross handed out water in the square.', 'Spanish', 'ORGANIZATION', 0, 'Spanish Red Cross');
  });

  it('reads a public body named in Italian or Spanish by its first word as an organisation', () => {
    const text = 'Crews from the Vigili del Fuoco reached the village at dawn. The Protezione Civile opened two shelters.';
    expect(text, 'Vigili', 'ORGANIZATION', 0, 'Vigili del Fuoco');
    expect(text, 'Protezione', 'ORGANIZATION', 0, 'Protezione Civile');
  });

  it('reads a pollster as an organisation', () => {
    expect('A YouGov survey released on Sunday showed the mayor trailing.', 'YouGov', 'ORGANIZATION');
  });

  it('reads "Labor" alone mid-sentence as the party, but not in "Secretary of Labor"', () => {
    const text = 'The poll put Labor two points behind. Ms Darrow served as Secretary of Labor until 2019.';
    expect(text, 'Labor', 'ORGANIZATION');
    const r = run(text);
    const m = mentionAt(r, text, 'Labor', 1);
    assert.ok(m === undefined || m.text !== 'Labor' || m.type !== 'ORGANIZATION', list(r));
  });
});

describe('modern copy, round 11: lists of places', () => {
  it('carries "in" along a list with commas ("in Lyon, Marseille and Nantes")', () => {
    expect('Teachers will strike in Lyon, Marseille and Nantes on Thursday.', 'Marseille', 'LOCATION');
  });

  it('reads the names after "towns around" as places, known to the lists or not', () => {
    const text = 'Water reached the towns around Cesena, Lugo and Faenza by noon.';
    expect(text, 'Cesena', 'LOCATION');
    expect(text, 'Lugo', 'LOCATION');
  });

  it('does not carry "in" past a comma into a clause ("In Toronto, Seattle beat …")', () => {
    expect('In Toronto, Seattle beat the Blue Jays 5-3 on Friday.', 'Seattle', 'ORGANIZATION');
  });
});
