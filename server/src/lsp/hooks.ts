// Extension points for features that live outside this folder's core (the claims glue in
// `claims/`): they add tokens, hover sections, diagnostics and commands without
// the core features knowing about the sidecar.
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnchorState, ClaimStatus } from '../shared/vocabulary';
import type { Snapshot } from './documents';

export type { ClaimStatus } from '../shared/vocabulary';

/** A claim tagged in the sidecar, as anchored in the current text. */
export interface TaggedClaim {
  id: string;
  start: number;
  end: number;
  status: ClaimStatus;
  /** Anchor state: drifted claims are still placed; orphaned ones have no place in the text. */
  anchor: AnchorState;
}

export interface Hooks {
  /** Tagged claims of a document (semantic tokens `claim`, outline, overview, check-worthy filter). */
  taggedClaims: (uri: string) => TaggedClaim[];
  /** Extra Markdown sections for the hover at an offset. */
  hoverSections: Array<(uri: string, offset: number, snap: Snapshot) => string | null>;
  /** Extra diagnostics for a document (e.g. orphaned claims). */
  diagnostics: Array<(uri: string, snap: Snapshot) => Diagnostic[]>;
  /**
   * Commands run through workspace/executeCommand (so every LSP editor can run them). Register
   * them before the server answers `initialize`: their names go into the capabilities.
   */
  commands: Map<string, (args: unknown[]) => unknown>;
  /** Extra code actions for a request (tag as claim, re-attach, claim status). */
  codeActions: Array<(params: CodeActionParams, doc: TextDocument) => CodeAction[]>;
}

export function createHooks(): Hooks {
  return { taggedClaims: () => [], hoverSections: [], diagnostics: [], commands: new Map(), codeActions: [] };
}
