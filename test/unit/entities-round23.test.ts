// Names in modern copy, round 23 of issue 10: what a new user saw on invented articles, rebuilt here
// on sentences written for the test (firms, people and places invented or well known; events
// invented): a currency's letters read as a name, AP's party-state labels at a sentence's end.
import { expectMention as expect, expectNoMention } from './entity-helpers';

describe('round 23: currencies written in letters are no names', () => {
  it('"Rs" before an amount glued to its unit ("Rs 1,250-crore") is the currency', () => {
    expectNoMention('Harrier shares jump 6% after Rs 1,250-crore order win', 'Rs');
    expectNoMention('The port operator won a Rs 480-crore dredging contract on Monday.', 'Rs');
  });

  it('the cedi\'s letters before its cent sign ("GH₵ 3 million", "GH¢15.2") are the currency', () => {
    expectNoMention('The Accra regulator set aside GH₵ 3 million for the scheme, Yaw Boateng said.', 'GH');
    expectNoMention('Cocoa receipts rose to GH¢15.2 billion in the year to June, Efua Nyarko said.', 'GH');
  });

  it('a company called by two capitals before a sign that is no cent sign keeps its name', () => {
    expect('GH Motors said on Tuesday it would hire 300 workers in Kumasi.', 'GH Motors', 'ORGANIZATION');
  });
});

describe('round 23: a lawmaker\'s party and state', () => {
  it('a state AP spells out, at the sentence\'s end, is the place without the full stop', () => {
    const t = 'The bill was drafted by Senate Majority Leader Ed Corrigan, D-Ohio.';
    expect(t, 'Ohio', 'LOCATION');
  });

  it('an abbreviated state keeps its own full stop ("D-Calif.")', () => {
    expect('The bill was drafted by Sen. Paula Ruiz (D-Calif.) and two others.', 'Calif.', 'LOCATION');
  });

  it('the state the tagger left out after the lawmaker\'s name and comma is a place', () => {
    const t = '"We will not wait for them," said Rep. Dana Whitfield, R-Texas.';
    expect(t, 'Texas', 'LOCATION');
  });
});

describe('round 23: a city\'s area is a place', () => {
  it('"the Greater Toronto Area" read as an organisation is the place', () => {
    expect('Home prices in the Greater Halden Area averaged $1.08 million in May, the board said.', 'Greater Halden Area', 'LOCATION');
  });

  it('a trade bloc\'s area stays a body ("Free Trade Area")', () => {
    const t = 'Moldova joined the Central European Free Trade Area in 2007, officials said.';
    expect(t, 'Central European Free Trade Area', 'ORGANIZATION');
  });
});

describe('round 23: a party named with its country in a results line', () => {
  it('"Reform UK on 10,987 (31.8%)" is the party, and so is "Reform" later in the story', () => {
    const t = 'Labour held the Ashcombe North seat. Reform UK on 10,987 (31.8%). The swing from Labour to Reform was 9.4 points.';
    expect(t, 'Reform UK', 'ORGANIZATION');
    expect(t, 'Reform', 'ORGANIZATION', 1);
  });

  it('the party read as a word and its country apart is one party', () => {
    expect('Results: Labour 12,402 (35.9%); Reform UK on 10,987 (31.8%).', 'Reform UK', 'ORGANIZATION');
  });

  it('a place named with its country stays a place ("Great Britain")', () => {
    expect('The team will represent Great Britain at the worlds in Oslo next month.', 'Great Britain', 'LOCATION');
  });
});

describe('round 23: players named by a transfer', () => {
  it('a given name and a common-word surname after "paid for" is the player', () => {
    expect('The fee would surpass the £47.5m paid for Leon Bright in 2023.', 'Leon Bright', 'PERSON');
  });

  it('after "signed" too', () => {
    expect('Rovers signed Leon Bright from Ajax in 2021 and sold him two years later.', 'Leon Bright', 'PERSON');
  });
});

describe('round 23: the US capital\'s district', () => {
  it('"D.C." ending a sentence is still the place (without the sentence\'s stop, as CoNLL-2003 writes it)', () => {
    expect('Statehood is a hard sell for D.C. I think it is still worth the fight, Ana Ruiz said.', 'D.C.', 'LOCATION', 0, 'D.C');
  });

  it('"D.C." read as a person or a body mid-sentence is the place', () => {
    expect('Its founder moved to D.C. in 2019. Later D.C. officials said the office would close.', 'D.C.', 'LOCATION', 1);
  });

  it('"Washington, D.C." is one place', () => {
    expect('The charity, based in Washington, D.C., has 40 staff and a board of nine.', 'Washington, D.C.', 'LOCATION');
  });
});

describe('round 23: a seat named before "seat" types the article', () => {
  it('"the Ashcombe North seat" makes the seat\'s other mentions a place too, not a person', () => {
    const t = 'Labour holds Ashcombe North as Reform surges\nLabour held the Ashcombe North seat in Thursday\'s by-election, with its majority cut to 1,415. ' +
      'Ashcombe North has been Labour since 1997.';
    expect(t, 'Ashcombe North', 'LOCATION', 0);
    expect(t, 'Ashcombe North', 'LOCATION', 2);
  });
});

describe('round 23: a place by its compass word', () => {
  it('a town\'s part or seat read as a person is a place ("Harwood West voters")', () => {
    expect('Harwood West voters turned out in numbers on Thursday, officials said.', 'Harwood West', 'LOCATION');
  });

  it('a given name before the compass word stays a person ("Oliver North")', () => {
    expect('Colonel Oliver North said the plan was sound.', 'Oliver North', 'PERSON');
  });
});

describe('round 23: East Slavic surnames read as places', () => {
  it('"spoken to Zelenskiy" is the person', () => {
    expect('Putin said he had spoken to Zelenskiy by phone on Sunday.', 'Zelenskiy', 'PERSON');
  });

  it('an invented surname with the same ending, after "to", is a person', () => {
    expect('The minister later spoke to Hordiyenko by phone, aides said.', 'Hordiyenko', 'PERSON');
  });
});

describe('round 23: a news agency of two words', () => {
  it('"RIA Novosti" cut after its first word by the tagger is whole', () => {
    expect('Talks would resume on Monday, state news agency RIA Novosti reported, citing an official.', 'RIA Novosti', 'ORGANIZATION');
  });
});

describe('round 23: a member\'s title by its letters', () => {
  it('"the new MP for Ashcombe" has no organisation "MP"', () => {
    expectNoMention('The new MP for Ashcombe North, Dana Pryce, said the result was a warning.', 'MP');
  });
});

describe('round 23: Ukraine\'s capital speaking', () => {
  it('"Kyiv would not cede land" is the place, as "Moscow said" is', () => {
    expect('Zelenskiy said Kyiv would not cede land. Kyiv has rejected the plan twice.', 'Kyiv', 'LOCATION', 1);
  });

  it('the club named for it stays the club', () => {
    expect('Dynamo Kyiv beat Shakhtar 2-1 on Sunday.', 'Dynamo Kyiv', 'ORGANIZATION');
  });
});

describe('round 23: a party and its country in a headline', () => {
  it('"Reform UK" with the country left out by the tagger is whole', () => {
    expect('Labour holds Marshfield West as Reform UK surges', 'Reform UK', 'ORGANIZATION');
  });

  it('a lower-case verb after the country\'s letters is no part of the name ("Reform UK surges")', () => {
    expect('Reform UK surges in Ashcombe poll', 'Reform UK', 'ORGANIZATION');
  });
});
