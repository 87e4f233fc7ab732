// Australian football scores give goals, behinds and the total: "Hawthorn 14.11 (95) to Brisbane
// Lions 13.8 (86)", "Sydney 9.11 (65)". A name of one to three words right before such a score is
// the club (round 21: "Sydney" a place, clubs left MISC), whatever the tagger read (`fixed`: kept out
// of the type votes, so "in Sydney" elsewhere stays a place).
import { isGoalsBehindsScore } from '../goals-behinds';
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { hashLower } from './hash';
import { DIGIT } from './lexicon';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, LOCATION } from './labels';

const OPEN = hashLower('('), CLOSE = hashLower(')');

export function aflScores(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let clubs: Set<number> | null = null;
  for (const s of spans) {
    const k = s.to;
    if (s.sure || s.to - s.from > 3 || k + 3 >= ctx.n || ctx.cap[k] !== DIGIT) continue;
    if (ctx.lower[k + 1] !== OPEN || ctx.cap[k + 2] !== DIGIT || ctx.lower[k + 3] !== CLOSE || !isGoalsBehindsScore(seg.tokens[k].text, seg.tokens[k + 2].text)) continue;
    s.type = ORGANIZATION;
    s.fixed = true;
    if (s.to - s.from === 1) (clubs ??= new Set()).add(ctx.lower[s.from]);
  }
  if (clubs === null) return spans;
  // The same one-word club elsewhere in the story: read as MISC or a person, or as a place right after
  // a game's verb ("will meet Geelong in the grand final"; "flew home to Sydney" stays a place).
  // A one-word name after a game's verb whose subject is a club of the results is the opponent
  // ("Hawthorn will meet Geelong in the grand final").
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    if (s.type === ORGANIZATION || s.sure || s.fixed || s.to - s.from !== 1) continue;
    const afterVerb = s.from > ctx.sentFirst[s.from] && GAME_VERBS.has(ctx.lower[s.from - 1]);
    if (clubs.has(ctx.lower[s.from])) {
      if (s.type === LOCATION && !afterVerb) continue;
    } else {
      if (!afterVerb || i === 0) continue;
      const p = spans[i - 1], v = s.from - 1;
      const subjectEnd = v > 0 && ctx.lower[v - 1] === WILL ? v - 1 : v;
      if (p.to !== subjectEnd || p.type !== ORGANIZATION || p.to - p.from !== 1 || !clubs.has(ctx.lower[p.from])) continue;
    }
    s.type = ORGANIZATION;
    s.fixed = true;
  }
  return spans;
}

const WILL = hashLower('will');
const GAME_VERBS = wordSet(['meet', 'meets', 'play', 'plays', 'face', 'faces', 'beat', 'beats', 'host', 'hosts', 'against', 'defeated', 'edged', 'thrashed', 'v', 'vs', 'versus']);
