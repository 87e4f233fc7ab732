// An Australian football score: goals and behinds, then the points in brackets ("14.11 (95)"),
// six a goal and one a behind. The sum tells it from a decimal number before a bracket. One home
// for the figures stage (which reads the score) and the entity stage (which reads the club before it).

const GOALS_BEHINDS = /^(\d{1,2})\.(\d{1,2})$/;

/** True when `goalsBehinds` ("14.11") and `points` ("95") are one Australian football score. */
export function isGoalsBehindsScore(goalsBehinds: string, points: string): boolean {
  const m = GOALS_BEHINDS.exec(goalsBehinds);
  return m !== null && /^\d{1,3}$/.test(points) && Number(points) === 6 * Number(m[1]) + Number(m[2]);
}
