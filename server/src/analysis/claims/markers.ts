// Word lists that make a sentence check-worthy. Lower case.

export const SUPERLATIVE_MARKERS: ReadonlySet<string> = new Set([
  'worst', 'best', 'largest', 'biggest', 'highest', 'lowest', 'most', 'least', 'first', 'last',
  'longest', 'shortest', 'fastest', 'slowest', 'only', 'record', 'unprecedented', 'leading',
  'deadliest', 'greatest', 'smallest', 'oldest', 'youngest', 'richest', 'poorest', 'never', 'ever',
]);

export const COMPARATIVE_MARKERS: ReadonlySet<string> = new Set([
  'more', 'less', 'fewer', 'higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'than',
  'doubled', 'tripled', 'halved', 'rose', 'fell', 'increased', 'decreased', 'declined', 'risen',
  'fallen', 'grew', 'shrank', 'skyrocketed', 'soared', 'plunged', 'compared',
]);

export const CAUSAL_MARKERS: ReadonlySet<string> = new Set([
  'because', 'caused', 'causes', 'due', 'led', 'leads', 'result', 'resulted', 'therefore',
  'blamed', 'triggered', 'prompted', 'since', 'thanks', 'owing', 'making',
]);

export const PREDICTION_MARKERS: ReadonlySet<string> = new Set([
  'will', 'would', 'expected', 'expects', 'forecast', 'forecasts', 'predicted', 'predicts',
  'projected', 'likely', 'plans', 'planned', 'aims',
]);
