// AP game stories end with the teams' next games, "UP NEXT … Knicks: Host Orlando on Sunday.",
// "Celtics: Visit Chicago on Tuesday." (round 21: "Host Orlando" came out one organisation). After a
// team's name opening the line and a colon, "Host"/"Visit" is the verb, the name after it the
// opponent: both are teams.
import type { DocContext } from './features';
import { hashLower } from './hash';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION } from './labels';

const VERBS = wordSet(['host', 'visit', 'hosts', 'visits', 'face', 'play']);
const COLON = hashLower(':');

export function upNext(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (let i = 1; i < spans.length; i++) {
    const s = spans[i], k = s.from;
    if (s.to - k < 2 || s.sure || !VERBS.has(ctx.lower[k]) || k < 2 || ctx.lower[k - 1] !== COLON) continue;
    const team = spans[i - 1];
    if (team.to !== k - 1 || team.from !== ctx.sentFirst[k] || team.to - team.from > 3) continue;
    if (!team.sure) team.type = ORGANIZATION;
    s.from = k + 1;
    s.type = ORGANIZATION;
    s.fixed = true;
  }
  return spans;
}
