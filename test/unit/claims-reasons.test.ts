// Every reason given for a claim must be true of its sentence. Threshold 0 shows the reasons
// of every sentence the classifier scores, so these tests do not depend on the weights.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/analysis';

function reasonsOf(sentence: string): string[] {
  const claims = analyze(sentence, { claimThreshold: 0 }).claims;
  assert.equal(claims.length, 1, `one sentence, one candidate: ${JSON.stringify(claims)}`);
  return claims[0].reasons;
}

const has = (sentence: string, reason: string) => assert.ok(reasonsOf(sentence).includes(reason), `${sentence} → ${reasonsOf(sentence).join(', ')}`);
const hasNot = (sentence: string, reason: string) => assert.ok(!reasonsOf(sentence).includes(reason), `${sentence} → ${reasonsOf(sentence).join(', ')}`);

describe('claim reasons', () => {
  it('calls "the largest", "the most expensive" and a rank superlatives', () => {
    has('It was the largest protest in the town since the mill closed.', 'superlative');
    has('The new hospital wing is the most expensive building the county has paid for.', 'superlative');
    has('Norland is the world’s leading exporter of cod.', 'superlative');
    has('Brask Freight, the third-largest carrier, cut its fares.', 'superlative');
  });

  it('does not call "latest", "at least" or "most residents" superlatives', () => {
    hasNot('The latest report from the harbour office was published on Monday.', 'superlative');
    hasNot('At least 12 people were hurt when the scaffolding gave way.', 'superlative');
    hasNot('Most residents of the valley voted for the new road.', 'superlative');
  });

  it('calls a "four-decade low" and an "all-time high" a record', () => {
    has('Layoffs in the region are at a four-decade low.', 'record or first');
    has('Ticket sales reached an all-time high over the holiday weekend.', 'record or first');
  });

  it('finds causes only where the words make one', () => {
    has('The fire was caused by a faulty heater in the kitchen.', 'causal claim');
    has('The rate cut led to a rush of new mortgages in the spring.', 'causal claim');
    hasNot('The mayor led the delegation to the capital in June.', 'causal claim');
    hasNot('She has lived in the village since 1998 and runs the bakery.', 'causal claim');
  });

  it('calls forecasts predictions, but not the speaker’s own plans or past expectations', () => {
    has('Analysts say bread prices will climb again before the harvest.', 'prediction');
    hasNot('We will rebuild the pier before the summer season.', 'prediction');
    hasNot('Sales fell short of what the board had expected in the spring.', 'prediction');
  });

  it('keeps "states what happened" for events, not for the verb of saying', () => {
    has('The ferry company cancelled the Sunday crossings.', 'states what happened');
    hasNot('The council said the bridge toll remains unchanged.', 'states what happened');
  });

  it('calls "nobody" and "never" sweeping, but not "every week"', () => {
    has('Nobody in the district has received the promised grant.', 'sweeping claim');
    hasNot('The inspectors visit the site every week in the summer.', 'sweeping claim');
  });

  it('counts figures but not dates among the reasons', () => {
    has('The clinic treated 4,300 patients in March.', 'figure');
    hasNot('The clinic opened its doors on March 3, 2021.', 'figure');
  });
});
