// Words that mark a forecast. Lower case. Used by the sidecar's claim-kind guess
// (server/src/annotations/tagging.ts); the classifier's own word classes are in lexicon.ts.

export const PREDICTION_MARKERS: ReadonlySet<string> = new Set([
  'will', 'would', 'expected', 'expects', 'forecast', 'forecasts', 'predicted', 'predicts',
  'projected', 'likely', 'plans', 'planned', 'aims',
]);
