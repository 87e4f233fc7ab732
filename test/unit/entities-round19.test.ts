// Names in modern copy, round 19 of issue 10: a new user's errors (a football match report with
// its line-ups, a storm's timings, a by-election, a company's results release), each rebuilt here on
// sentences written for the test (the players, people and firms are invented; the clubs and places
// are well known): the players of a line-up line are people and its club a club everywhere, a score
// line names two clubs, time zones are no names, a title before a given name and a surname makes a
// person, a ticker and the defined terms of a release belong to one company.
import { strict as assert } from 'node:assert';
import { listEntities as list, runEntities as run, expectMention as expect, expectNoMention as expectNone, entityOf, mentionAt } from './entity-helpers';

const REPORT = [
  'Everton 3-1 Chelsea: Okonjo treble sinks visitors',
  '',
  'Tayo Okonjo scored three times as Everton beat Chelsea 3-1 at Goodison Park on Saturday.',
  '',
  'Chelsea, who had not lost in seven games, went ahead through Piet Marchetti after 12 minutes.',
  '',
  '"We were flat for half an hour," the Chelsea boss Glen Ardrey said.',
  '',
  'Everton: Kessling; Obuya, Dunleavy, Sorensen, Vukovic; Abara, Tremlett, Haverley; Okonjo, Quist, Lindqvar.',
  'Subs: Pellow (Quist, 77), Brannigan (Abara, 84).',
  '',
  'Chelsea: Mostyn; Fairclough, Ondrasek, Tiernan; Marchetti, Delacroix; Rusholme, Wickramasinghe.',
].join('\n');

describe('round 19: a football line-up and a score line', () => {
  it('every player of a line-up line is a person, whatever the tagger made of the surname', () => {
    const r = run(REPORT);
    const players = ['Kessling', 'Obuya', 'Dunleavy', 'Sorensen', 'Vukovic', 'Tremlett', 'Haverley', 'Quist', 'Lindqvar', 'Mostyn', 'Fairclough', 'Ondrasek', 'Tiernan', 'Delacroix', 'Rusholme', 'Wickramasinghe'];
    const at = REPORT.indexOf('Everton: ');
    for (const p of players) {
      const m = r.mentions.find((x) => x.start === REPORT.indexOf(p, at));
      assert.equal(m?.type, 'PERSON', `${p}: ${list(r)}`);
    }
  });

  it('the players of a substitutes line are people too, those in brackets included', () => {
    const r = run(REPORT);
    for (const p of ['Pellow', 'Brannigan']) assert.equal(mentionAt(r, REPORT, p)?.type, 'PERSON', `${p}: ${list(r)}`);
    const at = REPORT.indexOf('Subs:');
    assert.equal(r.mentions.find((x) => x.start === REPORT.indexOf('Quist', at))?.type, 'PERSON', list(r));
    assert.ok(!r.mentions.some((x) => x.text === 'Subs'), list(r));
  });

  it('a club named like a person (a given name) in a score line and a line-up is the club in every mention', () => {
    const r = run(REPORT);
    const club = r.entities.filter((e) => e.name === 'Chelsea');
    assert.equal(club.length, 1, list(r));
    assert.equal(club[0].type, 'ORGANIZATION', list(r));
    assert.equal(club[0].mentions.length, 5, list(r));
  });

  it('a player named in full in the story and by surname in the line-up is one person', () => {
    const r = run(REPORT);
    const p = entityOf(r, 'Tayo Okonjo');
    assert.equal(p.type, 'PERSON', list(r));
    assert.ok(p.mentions.length >= 3, list(r));
  });

  it('a line-up with the formation in brackets before the colon', () => {
    const t = 'Brighton (4-4-2): Oduya; Tarrow, Quenby, Ellacott, Mbatha; Fennimore, Astley, Okri, Lusk; Deverill, Hanratty.';
    const r = run(t);
    for (const p of ['Oduya', 'Tarrow', 'Quenby', 'Ellacott', 'Mbatha', 'Fennimore', 'Astley', 'Okri', 'Lusk', 'Deverill', 'Hanratty']) {
      assert.equal(mentionAt(r, t, p)?.type, 'PERSON', `${p}: ${list(r)}`);
    }
    assert.equal(mentionAt(r, t, 'Brighton')?.type, 'ORGANIZATION', list(r));
  });

  it('a score line alone names both clubs', () => {
    expect('Fulham 2-0 Preston: hosts ease through', 'Preston', 'ORGANIZATION');
  });

  it('a list of places after a colon is no line-up (no ";" between its lines)', () => {
    const t = 'Main buyers: Egypt, Morocco, Kenya, Peru, Chile and Vietnam.';
    const r = run(t);
    for (const p of ['Egypt', 'Morocco', 'Kenya']) assert.equal(mentionAt(r, t, p)?.type, 'LOCATION', `${p}: ${list(r)}`);
  });
});

describe('round 19: time zones are never names', () => {
  it('"ET" and the weekday after a clock time are no person', () => {
    const t = 'Utilities had restored power to 40,000 homes by 9 p.m. ET Monday, the state said.';
    expectNone(t, 'ET');
    expectNone(t, 'Monday');
  });

  it('a zone alone after a clock time is no organisation', () => {
    expectNone('The polls close at 8 p.m. PT in Oregon and Washington.', 'PT');
  });
});

describe('round 19: a title, a given name and a surname are a person', () => {
  it('"former MP" before a given name and a surname that looks like a town', () => {
    const t = 'The seat fell vacant when former MP Helen Brantford left politics in March.';
    expect(t, 'Helen Brantford', 'PERSON');
    expectNone(t, 'MP');
  });

  it('a place\'s name after the given name is no surname ("Former Dale Township trustee")', () => {
    const t = 'Former Dale Township trustee Ron Whitfield was charged on Monday.';
    const r = run(t);
    assert.ok(!r.mentions.some((m) => m.type === 'PERSON' && m.text.includes('Township')), list(r));
  });
});

describe('round 19: a company\'s results release', () => {
  const release = 'Brackwater Minerals Corp. (TSX: BWM) ("Brackwater" or the "Company") today reported results for the quarter. Brackwater Minerals said output rose 9 per cent. Brackwater expects to pay a dividend in March.';

  it('the company, its short names and its ticker are one entity, the ticker no name', () => {
    const r = run(release);
    const orgs = r.entities.filter((e) => e.type === 'ORGANIZATION' && e.name.startsWith('Brackwater'));
    assert.equal(orgs.length, 1, list(r));
    assert.ok(orgs[0].mentions.length >= 4, list(r));
    expectNone(release, 'BWM');
  });

  it('the defined term "Company" is no name; a film\'s title in quotes still is', () => {
    expectNone(release, 'Company');
    const t = 'He is best known for the "Rocky" films and for "Rambo".';
    assert.ok(run(t).mentions.some((m) => m.text === 'Rocky'), list(run(t)));
  });
});

describe('round 19: bodies, agencies, seats, streets and measures', () => {
  it('a portfolio before a country is a government agency ("Transport Canada", "Sport Wales")', () => {
    expect('Fire crews were told on Friday that Sport Wales had closed the centre, and Health Canada issued a recall.', 'Health Canada', 'ORGANIZATION');
    expect('The grant came from Sport Wales, a spokesperson said.', 'Sport Wales', 'ORGANIZATION');
  });

  it('a sector body named by its members and its province is an organisation ("Universities Canada")', () => {
    expect('Hospitals Manitoba, which speaks for the province\'s 30 hospitals, said the cuts were too deep.', 'Hospitals Manitoba', 'ORGANIZATION');
  });

  it('a nationality, a bureau and "of" make one organisation', () => {
    expect('The figures from the Canadian Bureau of Housing Data showed rents rising.', 'Canadian Bureau of Housing Data', 'ORGANIZATION');
  });

  it('a compass word before a street is part of its name', () => {
    const t = 'Dana R. Mayfield, of the 200 block of South Ninth Street, was charged with theft.';
    expect(t, 'South Ninth Street', 'LOCATION');
  });

  it('words before a body whose acronym in brackets spells them belong to it', () => {
    const t = 'About 900 homes had no heating, Welsh and Western Gas Networks (WWGN) said.';
    expect(t, 'Welsh', 'ORGANIZATION', 0, 'Welsh and Western Gas Networks');
  });

  it('an article before a name is no letter of its acronym', () => {
    const t = 'The Harkat Freedom Front (HFF) claimed the attack.';
    const r = run(t);
    assert.ok(!r.mentions.some((m) => m.text.startsWith('The ')), list(r));
  });

  it('a town before "byelection" is the seat, a place', () => {
    expect('NDP wins Regina riding', 'Regina', 'LOCATION');
  });

  it('a region named by the compass is a place', () => {
    expect('Storm set to bury parts of the Southwest under heavy snow through Tuesday, with 20 million people under alerts.', 'Southwest', 'LOCATION');
  });

  it('an earnings measure is no name', () => {
    expectNone('Adjusted Ebitda rose 12 per cent to $40 million.', 'Ebitda');
  });

  it('a carrier named by a place and its trade, read as the place, is a company', () => {
    expect('Crew members at Caledonia Ferries voted to strike.', 'Caledonia Ferries', 'ORGANIZATION');
  });
});

describe('round 19: weather, comebacks and players\' deeds', () => {
  it('a city getting inches of snow is a place', () => {
    expect('Boston could see 12 to 18 inches, forecasters said.', 'Boston', 'LOCATION');
  });

  it('a club that came from behind to win is a club', () => {
    expect('Leicester came from behind to beat Brentford 3-2 on Saturday.', 'Leicester', 'ORGANIZATION');
  });

  it('a player named in full before "scored" is a person', () => {
    const t = 'Jalen Price scored 22 points as the Bulldogs won. Price added eight rebounds.';
    expect(t, 'Jalen Price', 'PERSON');
    assert.equal(mentionAt(run(t), t, 'Price', 1)?.type, 'PERSON');
  });

  it('a club of a city before "scored" stays a club', () => {
    expect('Manchester United scored twice in the second half.', 'Manchester United', 'ORGANIZATION');
  });
});
