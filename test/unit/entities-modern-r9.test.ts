// Names in modern copy, round 9 of issue 10: what the seventh blind batch of our development set
// (test/fixtures/entities-modern, batch 7: an NBA game, a football transfer, Irish politics, a
// South African mining story, a US state court story) and round 8's leftovers showed, each
// behaviour on sentences written for the test. Every person, team, club, company and paper here is
// invented.
import { strict as assert } from 'node:assert';
import { expectMention as expect } from './entity-helpers';

const GAME = `Tomas Ruiz scored 30 points, and the Fresno Pelicans held off the Tulsa Surf 104-99 on Friday night.

Marco Lindell led the Surf with 22 points. "We never found a rhythm," Surf coach Ana Bellweather said.

The crowd included former Kentucky coach Hal Brantley. The Pelicans bounced back from Monday's loss to Denver.

UP NEXT

Surf: At Omaha on Sunday.

Pelicans: Host Chicago on Tuesday.`;

describe('modern copy, round 9: teams in a game story', () => {
  it('reads a town and a one-word singular nickname right before a score as the team ("the Tulsa Surf 104-99")', () => {
    expect(GAME, 'Tulsa Surf', 'ORGANIZATION');
  });

  it('reads the nickname alone, tagged or not, as the team ("the Surf with 22", "Surf:")', () => {
    expect(GAME, 'Surf', 'ORGANIZATION', 1);
    expect(GAME, 'Surf', 'ORGANIZATION', 3);
  });

  it('reads the opponent of an UP NEXT line as a team ("At Omaha", "Host Chicago")', () => {
    expect(GAME, 'Omaha', 'ORGANIZATION');
    expect(GAME, 'Chicago', 'ORGANIZATION');
  });

  it('reads a place after a result noun and before a coach as a team in a game story ("loss to Denver", "Kentucky coach")', () => {
    expect(GAME, 'Denver', 'ORGANIZATION');
    expect(GAME, 'Kentucky', 'ORGANIZATION');
  });

  it('keeps a venue line of a cricket card a place ("At Portsmouth: Essex beat …")', () => {
    const text = `County championship matches on Saturday:\nAt Portsmouth: Middlesex beat Hampshire by 10 wickets.`;
    expect(text, 'Portsmouth', 'LOCATION');
  });
});

describe('modern copy, round 9: European football', () => {
  const text = `Bundesliga side FC Rheinau have signed midfielder Joost van Baaren from SC Zeeburg. Rheinau finished fifth last season, and Zeeburg qualified for the Champions League.`;

  it('reads a club with a prefix as one organisation ("FC Rheinau", "SC Zeeburg")', () => {
    expect(text, 'FC Rheinau', 'ORGANIZATION');
    expect(text, 'SC Zeeburg', 'ORGANIZATION');
  });

  it('reads the club\'s words alone as the club ("Rheinau sporting director …", "Zeeburg coach …")', () => {
    const quote = `Bundesliga side FC Rheinau have signed a Dutch midfielder from SC Zeeburg. "He was our first choice," Rheinau sporting director Uwe Brandt said. Zeeburg coach Mira Dragan said she had tried to keep him.`;
    expect(quote, 'Rheinau', 'ORGANIZATION', 1);
    expect(quote, 'Zeeburg', 'ORGANIZATION', 1);
  });

  it('reads a competition as MISC ("the Champions League")', () => {
    expect(text, 'Champions League', 'MISC');
  });
});

describe('modern copy, round 9: Irish politics', () => {
  it('reads a parliament by its own word as an organisation, without the day after it ("the Dáil on Tuesday")', () => {
    expect(`The minister told the Dáil on Tuesday that the grant would be late.`, 'Dáil', 'ORGANIZATION');
  });

  it('joins a given name to an Irish family name with its particle ("Colm Ó Briain")', () => {
    expect(`Minister for Housing Colm Ó Briain said the scheme would open next year.`, 'Colm', 'PERSON', 0, 'Colm Ó Briain');
  });

  it('leaves "Taoiseach" and "TD" out of a name', () => {
    expect(`Taoiseach Declan Moriarty defended the plan on Wednesday.`, 'Declan', 'PERSON', 0, 'Declan Moriarty');
  });

  it('reads parties whose names look like people\'s as organisations ("Fianna Fáil", "Fine Gael")', () => {
    const text = `The coalition of Fianna Fáil, Fine Gael and independents held together.`;
    expect(text, 'Fianna Fáil', 'ORGANIZATION');
    expect(text, 'Fine Gael', 'ORGANIZATION');
  });

  it('reads a constituency (a place and a compass word) as a place ("Galway West", "Cork South-West")', () => {
    const text = `Niamh Fahy-Keane, who represents Galway West, and Orla Brennan, a TD for Cork South-West, both spoke.`;
    expect(text, 'Galway West', 'LOCATION');
    expect(text, 'Cork South-West', 'LOCATION');
  });
});

describe('modern copy, round 9: a given name first in a sentence', () => {
  it('joins a given name read apart first in a sentence to the surname of a person named elsewhere ("Emeka Okonjo")', () => {
    const text = `Emeka Okonjo scored 38 points on Monday. Okonjo made 14 of 22 shots.`;
    expect(text, 'Emeka Okonjo', 'PERSON');
  });
});

describe('modern copy, round 9: credits, agencies and places', () => {
  it('reads a news agency as an organisation ("data compiled by Bloomberg")', () => {
    expect(`Traders now price a cut next month, according to data compiled by Bloomberg.`, 'Bloomberg', 'ORGANIZATION');
  });

  it('reads "(Photo by Name/For the Paper)" after a caption as the photographer and the paper, keeping the caption\'s names', () => {
    const text = `Riders wait at Harbour Station on Monday. (Photo by Nia Okafor-Lund/For the Daily Ledger)\n\nThe strike began at midnight.`;
    expect(text, 'Nia Okafor-Lund', 'PERSON');
    expect(text, 'Daily Ledger', 'ORGANIZATION');
    expect(text, 'Harbour Station', 'LOCATION');
  });

  it('reads a byline with an e-mail address after a bar as the writer alone', () => {
    const text = `By Tessa Marlowe-Quint | tquint@example.com\n\nThe council met on Monday.`;
    expect(text, 'Tessa Marlowe-Quint', 'PERSON');
  });

  it('reads the people of a "With assistance from" line as people', () => {
    const text = `Treasuries rallied for a third day.\n\n— With assistance from Solveig Hammerfest and Rohan Mehta-Chaudhary`;
    expect(text, 'Solveig Hammerfest', 'PERSON');
    expect(text, 'Rohan Mehta-Chaudhary', 'PERSON');
  });

  it('keeps the period of a Canadian province\'s abbreviation ("Alta.")', () => {
    const text = `The plant in Fort Vale, Alta., will stay open.`;
    expect(text, 'Alta.', 'LOCATION');
  });

  it('reads a township as a place, even when "Township" alone starts a later sentence', () => {
    const text = `A former Harlan Township trustee was sentenced on Thursday. Township board chairwoman Gail Soriano said rules had changed.`;
    expect(text, 'Harlan Township', 'LOCATION');
  });

  it('reads a body named after the place it serves as one organisation ("The School District of Philadelphia"), not "District of Columbia"', () => {
    const text = `The School District of Philadelphia said pupils would be excused. Voters in the District of Columbia go to the polls next week.`;
    expect(text, 'School District of Philadelphia', 'ORGANIZATION');
    expect(text, 'Columbia', 'LOCATION', 0, 'Columbia');
  });

  it('splits a place, a title with its portfolio and a person read as one name ("Ohio Auditor of State Pamela …")', () => {
    const text = `The office of Ohio Auditor of State Pamela Oyelowo-Grant flagged the payments.`;
    expect(text, 'Ohio', 'LOCATION');
    expect(text, 'Pamela Oyelowo-Grant', 'PERSON');
  });
});
