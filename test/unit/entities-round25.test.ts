// Names in modern copy, round 25 of issue 10: a new user's trial articles (shipping, markets,
// health, obituaries, business briefs), rebuilt here on sentences written for the test (companies,
// people and most places invented; events invented). Words the figures stage reads as an amount's
// unit, currency or date are no names; banks and bodies that speak are organisations.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';
import { expectMention as expect, expectNoMention, listEntities, runEntities } from './entity-helpers';

describe('round 25: a unit or currency after an amount is no name', () => {
  it('"8 Mtpa", "2.1 million TEUs", "1,200 BTC": the unit of the amount before it', () => {
    const t = 'The Kallista terminal will add 8 Mtpa of capacity by 2029. Volumes at the port rose to 2.1 million TEUs last year. The treasury fund bought 1,200 BTC in the spring.';
    expectNoMention(t, 'Mtpa');
    expectNoMention(t, 'TEUs');
    expectNoMention(t, 'BTC');
  });

  it('a currency pair ("EUR/USD", "GBP/JPY") is no organisation', () => {
    const t = 'Traders sold sterling as GBP/JPY slid to 187.40, while EUR/USD held at 1.0720 on Thursday.';
    expectNoMention(t, 'GBP/JPY');
    expectNoMention(t, 'EUR/USD');
  });

  it('a temperature scale after "degrees" is no name', () => {
    expectNoMention('Water in the lagoon reached 31 degrees Celsius, the highest on record, the survey found.', 'Celsius');
  });

  it('a common noun\'s letters defined in brackets after its words ("body mass index (BMI)") are no name there or later', () => {
    const t = 'Volunteers with a body mass index (BMI) above 35 were excluded from the Ardmore trial. Those whose BMI fell during the study were followed for a year.';
    expectNoMention(t, 'BMI');
    expectNoMention(t, 'BMI', 1);
  });

  it('a name\'s letters defined after capitalised words stay a name ("Northern Ports Authority (NPA)")', () => {
    const t = 'The Northern Ports Authority (NPA) approved the plan on Monday. The NPA said dredging would start in May.';
    expect(t, 'NPA', 'ORGANIZATION', 1);
  });
});

describe('round 25: a month before a day number is the date\'s', () => {
  it('"Born March 3, 1942, in …" opening a sentence: no name, and the date is a date', () => {
    const t = 'Born March 3, 1942, in a fishing village on the coast, she trained as a nurse in the city.';
    expectNoMention(t, 'Born');
    const a = analyze(t);
    assert.ok(a.figures.some((f) => t.slice(f.start, f.end).startsWith('March 3')), JSON.stringify(a.figures.map((f) => t.slice(f.start, f.end))));
  });

  it('a name read with the month after it loses the month ("Tallis June 12" in a poll table)', () => {
    expect('Poll of polls.\nTallis June 12 38.0 31.0 9.0\nMarwick June 10 37.0 33.0 8.0', 'Tallis', 'ORGANIZATION', 0, 'Tallis');
  });
});

describe('round 25: companies and bodies typed as people', () => {
  it('a name ending in a word of "…bank" is a bank ("Helvetia Kreditbank")', () => {
    expect('Marienthal Kreditbank posted a profit of 41 million francs for the half year.', 'Marienthal Kreditbank', 'ORGANIZATION');
  });

  it('a one-word subject of ", X said" that the article never writes as a person\'s is the body that spoke', () => {
    const t = 'Strong winds brought down lines across the district overnight. About 4,500 homes lost power, Eastgrid said. Crews expected to restore supply by Tuesday evening.';
    expect(t, 'Eastgrid', 'ORGANIZATION');
  });

  it('a surname introduced with the full name keeps the person ("…, Okafor said")', () => {
    const t = 'Miriam Okafor runs the shelter on Canal Street. Donations fell by half this winter, Okafor said. The council will review its grant in March.';
    expect(t, 'Okafor', 'PERSON', 1);
  });

  it('a plural with its apostrophe before a body\'s word is the body ("the Nova Scotia Mariners\' Association", "Lobstermen\'s")', () => {
    for (const name of ['Nova Scotia Mariners\' Association', 'Kestrel Bay Lobstermen\'s Association']) {
      const t = `The ${name} will hold a memorial for her at the harbour on Saturday.`;
      const r = runEntities(t);
      const m = r.mentions.find((x) => x.text === name);
      assert.equal(m?.type, 'ORGANIZATION', listEntities(r));
      assert.ok(!r.mentions.some((x) => x.text === 'Association'), listEntities(r));
    }
  });

  it('a country\'s possessive before a body\'s word stays the country ("Canada\'s Parliament")', () => {
    expect('Canada\'s Parliament will sit again on Monday.', 'Canada', 'LOCATION');
  });
});

describe('round 25: a nationality and a company\'s own word', () => {
  it('"Kuwaiti Marafiq raised …", "Omani Qalhat posted …": a company, not MISC or a person', () => {
    expect('Kuwaiti Marafiq raised $2 billion from a bond sale on Tuesday.', 'Kuwaiti Marafiq', 'ORGANIZATION');
    expect('Omani Qalhat posted a profit of 90 million rials for the year.', 'Omani Qalhat', 'ORGANIZATION');
  });

  it('a nationality before a word news writes in lower case stays what it was ("the Saudi riyal")', () => {
    const t = 'The Saudi riyal held its peg on Monday.';
    const r = runEntities(t);
    assert.ok(!r.mentions.some((m) => m.type === 'ORGANIZATION'), listEntities(r));
  });
});

describe('round 25: an unknown word opening a sentence before a business\'s results verb', () => {
  it('"Qarmana posted a profit …" is the company', () => {
    expect('Qarmana posted a profit of 1.4 billion dirhams for the quarter, helped by sales of villas.', 'Qarmana', 'ORGANIZATION');
  });

  it('a word news writes in lower case ("Sales reported …") or a place ("Kenya posted …") is not taken', () => {
    const t = 'Sales reported by the chain rose. Kenya posted a trade deficit in May.';
    const r = runEntities(t);
    assert.ok(!r.mentions.some((m) => m.text === 'Sales'), listEntities(r));
    assert.ok(!r.mentions.some((m) => m.text === 'Kenya' && m.type === 'ORGANIZATION'), listEntities(r));
  });
});
