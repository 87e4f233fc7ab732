// The corrections feature: the commands, the snapshot hook (every analysis handed to a
// feature has the open article's corrections applied) and the quick fixes.
import type { ServerContext } from '../context';
import type { ClaimsRegistry } from '../claims/claims-registry';
import { correctionCodeActions } from './code-actions';
import { registerCorrectionCommands } from './commands';
import { orphanedCorrectionActions, orphanedCorrectionDiagnostics } from './diagnostics';
import { correctionHover } from './hover';
import { registerWorkspaceNames } from './names';

export function registerCorrections(ctx: ServerContext, registry: ClaimsRegistry): void {
  // The one place corrections reach the analyses: the document store applies the session's list.
  ctx.store.correctionsOf = (uri) => registry.get(uri)?.corrections ?? [];
  registerCorrectionCommands(ctx, registry);
  ctx.hooks.codeActions.push(correctionCodeActions(ctx, registry));
  ctx.hooks.hoverSections.push(correctionHover(registry));
  ctx.hooks.diagnostics.push((_uri, snap) => orphanedCorrectionDiagnostics(snap));
  ctx.hooks.codeActions.push((params) => orphanedCorrectionActions(params));
  registerWorkspaceNames(ctx);
}
