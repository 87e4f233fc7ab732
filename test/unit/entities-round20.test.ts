// Names in modern copy, round 20 of issue 10: the errors of blind batch 15 and the leftovers of
// rounds 18–19, each rebuilt here on sentences written for the test (the people, firms, clubs and
// bodies are invented or well known; the events are invented): advisers joined by "and", bodies
// named for several portfolios, clubs named by their town and nickname, leagues, companies spelt
// with an inner capital, tennis players before a score.
import { strict as assert } from 'node:assert';
import { listEntities as list, runEntities as run, expectMention as expect, mentionAt } from './entity-helpers';

describe('round 20: firms and bodies joined by "and"', () => {
  it('a listed firm, "and", and another firm are two organisations', () => {
    const t = 'Citigroup and Perella advised the board, while the buyer used Moelis.';
    expect(t, 'Citigroup', 'ORGANIZATION');
    expect(t, 'Perella', 'ORGANIZATION');
    const u = 'Goldman Sachs and Centerview were hired to run the sale of the unit.';
    expect(u, 'Goldman Sachs', 'ORGANIZATION');
    expect(u, 'Centerview', 'ORGANIZATION');
  });

  it('a nationality after "and" is no part of the firm before it', () => {
    const t = 'The project is backed by Summit Energy Ventures and Japanese lender Mizuho.';
    expect(t, 'Summit Energy Ventures', 'ORGANIZATION');
    expect(t, 'Japanese', 'MISC');
  });

  it('names with "and" inside stay whole', () => {
    expect('Regulators at the Securities and Exchange Commission opened an inquiry.', 'Securities and Exchange Commission', 'ORGANIZATION');
    expect('Shares of Procter and Gamble rose 2 percent.', 'Procter and Gamble', 'ORGANIZATION');
  });

  it('a body named for several portfolios after "of" is one organisation', () => {
    const t = 'A spokesman for the Ministry of Agriculture, Forestry and Fisheries said rice stocks were ample.';
    expect(t, 'Ministry of Agriculture, Forestry and Fisheries', 'ORGANIZATION');
    expect('Passengers complained to the Office of Rail and Road about the delays.', 'Office of Rail and Road', 'ORGANIZATION');
    expect('A survey by the Chartered Institute of Housing and Planning found rents had risen.', 'Chartered Institute of Housing and Planning', 'ORGANIZATION');
  });

  it('a second body after "and" stays a body of its own', () => {
    const t = 'The Ministry of Defence and Foreign Office issued a joint statement.';
    expect(t, 'Ministry of Defence', 'ORGANIZATION');
    expect(t, 'Foreign Office', 'ORGANIZATION');
  });

  it('a first portfolio read as a name of its own after a place\'s possessive joins the body', () => {
    const t = "The takeover needs clearance from Britain's Gambling and Lotteries Commission, lawyers said.";
    expect(t, 'Gambling', 'ORGANIZATION', 0, 'Gambling and Lotteries Commission');
    expect(t, 'Britain', 'LOCATION');
  });
});
