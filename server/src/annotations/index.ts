// The sidecar library: format, validation, anchoring, merge (pure) and the
// on-disk store (atomic, locked, merging). Used by the LSP layer and the CLI.
export * from './types';
export * from './format';
export * from './selectors';
export * from './edits';
export * from './reanchor';
export * from './merge';
export * from './tagging';
export * from './operations';
export { textHash } from './hash';
export * from './store';
export { approxSearch, editDistance } from './approx-match';
export * from './correction-ops';
export { mergeCorrections } from './merge-corrections';
