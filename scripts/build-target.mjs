// The esbuild settings every bundle of our code shares: the product's (esbuild.mjs) and the
// benchmarks that bundle source to measure it as it ships (bench-stages.mjs).
export const BUILD_TARGET = {
  platform: 'node',
  target: 'node20',
  // esbuild's table for node20 lacks Unicode property escapes, and it would turn every \p{…}
  // regular expression literal into a `new RegExp(…)` made anew each time its line runs.
  supported: { 'regexp-unicode-property-escapes': true },
};
