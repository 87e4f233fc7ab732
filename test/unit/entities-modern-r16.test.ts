// Names in modern copy, round 16 of issue 10 (batch 13: a motor-racing report, an EU-UK trade-talks
// wire, a cyber-security story and single sentences of 2017 news): Grands Prix, motor-racing teams
// and series, "Brexit", outlets before "radio", two departments sharing their head word, a company
// "Inc of" a town, acronyms that spell more than the tagger read, prizes read as organisations, streets
// in other languages, portfolios with "Affairs", given names that are also cities, lists with commas in
// a body's name, and one-sentence texts. Each on sentences written for the test; the people, teams and
// companies here are invented.
import { strict as assert } from 'node:assert';
import { listEntities as list, expectMention as expect } from './entity-helpers';

describe('modern copy, round 16: motor racing', () => {
  it('reads a Grand Prix named after a place as one MISC name, not a place', () => {
    const text = 'Lindqvist wins the Abu Dhabi Grand Prix after a late safety car.';
    expect(text, 'Abu Dhabi Grand Prix', 'MISC');
  });

  it('joins a Grand Prix the tagger began inside a name ("Saudi" + "Arabian Grand Prix")', () => {
    const text = 'The calendar includes a first Saudi Arabian Grand Prix in Jeddah next year.';
    expect(text, 'Saudi', 'MISC', 0, 'Saudi Arabian Grand Prix');
  });

  it('reads "Formula One" as one MISC name', () => {
    expect('The Formula One season will open in Bahrain in March.', 'Formula One', 'MISC');
  });

  it('reads a maker before "driver" and a name as the team, and keeps a nationality before "driver"', () => {
    const text = 'Brandt\'s team mate finished third, and Mercedes driver Tomas Ferreira was second.';
    expect(text, 'Mercedes', 'ORGANIZATION');
    const other = 'Williams driver Tobias Lenz crashed on lap four, and Danish driver Mads Kjaer finished sixth.';
    expect(other, 'Williams', 'ORGANIZATION');
    expect(other, 'Danish', 'MISC');
  });

  it('reads a name read as MISC before "circuit" as the track, a place', () => {
    expect('Qualifying at the Yas Marina circuit was delayed by rain.', 'Yas Marina', 'LOCATION');
  });
});

describe('modern copy, round 16: politics and trade wires', () => {
  it('reads "Brexit" as MISC where the tagger read a place', () => {
    expect('Sources in Brexit negotiations said a deal was close.', 'Brexit', 'MISC');
  });

  it('finds the name under an update number ("UPDATE 1-EU, …") with the type the article gives it', () => {
    const text = 'UPDATE 1-EU, Britain agree to extend talks\n\nBRUSSELS, Dec 13 (Reuters) - The EU and Britain agreed on Sunday to keep talking.';
    expect(text, 'EU', 'ORGANIZATION', 0);
  });

  it('reads a name right before "radio" as the broadcaster, and keeps a nationality before "television"', () => {
    const text = 'Velmar told France Inter radio on Sunday that talks would go on, while Russian television said the summit was over.';
    expect(text, 'France Inter', 'ORGANIZATION');
    expect(text, 'Russian', 'MISC');
  });

  it('cuts "French European Affairs" before "Minister" to the nationality', () => {
    expect('French European Affairs Minister Claire Dumoulin spoke.', 'French', 'MISC', 0, 'French');
  });

  it('reads a body\'s "for" list with commas and "and" as one organisation', () => {
    const text = 'Officials at the Department for Business, Energy and Industrial Strategy said the plan was ready.';
    expect(text, 'Department for Business', 'ORGANIZATION', 0, 'Department for Business, Energy and Industrial Strategy');
  });
});

describe('modern copy, round 16: agencies and companies', () => {
  it('splits "the Treasury and Commerce departments" into two organisations', () => {
    const text = 'Hackers reached email at the Treasury and Commerce departments, officials said.';
    expect(text, 'Treasury', 'ORGANIZATION');
    expect(text, 'Commerce', 'ORGANIZATION');
  });

  it('splits a company "Inc of" a town the lists do not know', () => {
    const text = 'Greenfield Analytics Inc of Tacoma, Washington, said on Monday it would cut jobs.';
    expect(text, 'Greenfield Analytics Inc', 'ORGANIZATION');
    expect(text, 'Tacoma', 'LOCATION');
  });

  it('takes the words a bracketed acronym spells before an organisation into its name', () => {
    expect('The Consumer Protection and Competition Authority (CPCA) fined the bank.', 'Consumer Protection', 'ORGANIZATION', 0,
      'Consumer Protection and Competition Authority');
    expect('Officials of the Cybersecurity and Infrastructure Security Agency (CISA) met on Monday.', 'Cybersecurity', 'ORGANIZATION', 0,
      'Cybersecurity and Infrastructure Security Agency');
  });
});

describe('modern copy, round 16: single sentences', () => {
  it('reads a prize the tagger read as an organisation after "won the" as MISC', () => {
    expect('Her film won the Crystal Heron at the festival in Busan.', 'Crystal Heron', 'MISC');
  });

  it('reads a street named in French as a place', () => {
    expect('Police found the stolen car on the Rue de la Paix on Sunday.', 'Rue de la Paix', 'LOCATION');
  });

  it('reads a given name that is also a city, with a family name, as a person', () => {
    expect('The novel, written by Florence Whitaker, sold a million copies.', 'Florence Whitaker', 'PERSON');
  });

  it('keeps a one-word person in a sentence alone, where no other sentence can give a sign of one', () => {
    expect('Opposition groups protested against Russia\'s backing for Voronkov.', 'Voronkov', 'PERSON');
    expect('Tessaro, 27, joined Lazio from Genoa in a $9 million deal.', 'Tessaro', 'PERSON');
  });
});
