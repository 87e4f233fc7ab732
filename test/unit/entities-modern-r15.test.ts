// Names in modern copy, round 15 of issue 10: a capitalised common word that opens a sentence
// before a role and a person ("Harbour inspector …"), and a name after a place noun and "of"
// ("the northern city of …"), each on sentences written for the test. The people and towns here
// are invented.
import { strict as assert } from 'node:assert';
import { expectMention as expect, expectNoMention as expectNone } from './entity-helpers';

describe('modern copy, round 15: a common word before a role and a person', () => {
  it('does not read the word that opens "Harbour inspector <name> said" as a place, and keeps the person', () => {
    const text = 'Harbour inspector Maren Okonkwo-Ladd said the trawler would stay in port until Monday.';
    expectNone(text, 'Harbour');
    expect(text, 'Maren Okonkwo-Ladd', 'PERSON');
  });

  it('does so with another role word after it ("Harbour master <name>")', () => {
    const text = 'Harbour master Ingrid Solvang-Okafor said the channel would stay closed to tankers.';
    expectNone(text, 'Harbour');
    expect(text, 'Ingrid Solvang-Okafor', 'PERSON');
  });

  it('keeps a place the name lists know before a role ("Texas governor", "Ottawa police chief")', () => {
    expect('Texas governor Greg Abbott said the crossing would reopen on Friday.', 'Texas', 'LOCATION');
    expect('Ottawa police chief Hendrik Vollan said two men were arrested.', 'Ottawa', 'LOCATION');
  });
});

describe('modern copy, round 15: a name after a place noun and "of"', () => {
  it('reads a town that is also a club as the place after "the northern city of", in its other mentions too', () => {
    const text = 'Police found the missing girl at a campsite in the northern city of Groningen on Tuesday. Officers in Groningen said she was unhurt.';
    expect(text, 'Groningen', 'LOCATION', 0);
    expect(text, 'Groningen', 'LOCATION', 1);
  });

  it('reads a town known for its club as the place after "the city of"', () => {
    expect('The strike spread to the city of Leverkusen on Wednesday, union officials said.', 'Leverkusen', 'LOCATION');
  });
});

describe('modern copy, round 15: a carrier named after a person', () => {
  it('reads the name after "the aircraft carrier" as the vessel (MISC) in every mention, not a person', () => {
    const text = 'The aircraft carrier Halvard Stromberg left port on Monday with 60 jets aboard. The Halvard Stromberg will stay at sea for six months.';
    expect(text, 'Halvard Stromberg', 'MISC', 0);
    expect(text, 'Halvard Stromberg', 'MISC', 1);
  });
});
