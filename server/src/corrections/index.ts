// Corrections of the engine by a person (pure: no fs, no LSP): anchored like claims,
// applied to an Analysis by every consumer (the server's snapshots, the CLI, exports).
export { applyCorrections, isDismissed, type Corrected } from './apply';
export { anchorCorrection, anchorCorrections } from './anchor';
export { correctedEntityId, splitEntityId } from './entity-types';
export { entityAt } from './quote-sources';
export { moveCorrections } from './move';
