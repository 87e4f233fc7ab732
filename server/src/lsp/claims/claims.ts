// The claims feature: tagged claims live in a sidecar beside the article
// (annotations/ does the format, anchoring, merging and atomic writes); this
// file wires it to the server — document events, file watching, commands,
// code actions, hover, diagnostics, tokens and the `newsAnnotator/claims` request.
import { DidSaveTextDocumentNotification } from 'vscode-languageserver';
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Edit } from '../../annotations/edits';
import type { ServerContext } from '../context';
import { toSpan } from '../convert';
import { SidecarBusyError, SidecarReadOnlyError, SidecarTooLargeError } from '../../annotations/store';
import { CLAIMS_CHANGED_NOTIFICATION, CLAIMS_REQUEST, type ClaimsList, type DocumentParams } from '../../shared/protocol';
import { LANGUAGE_ID } from '../../shared/vocabulary';
import { claimCodeActions } from './claims-actions';
import { registerClaimCommands } from './claims-commands';
import { ClaimsRegistry } from './claims-registry';
import type { ClaimsSession } from './claims-session';
import { articleDiagnostics, claimsList, hoverSection, sidecarDiagnostics } from './claims-view';

const excerptOf = (s: string, n = 60): string => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

/** Without save notifications, moved claims are written after this pause in typing. */
const WRITE_DELAY_MS = 1500;
const NOTIFY_DELAY_MS = 250;

/** A didChange's changes as offset edits, each in the text left by the previous one; null for a full-text change. */
export function editsOf(doc: TextDocument, changes: readonly TextDocumentContentChangeEvent[]): Edit[] | null {
  const out: Edit[] = [];
  let cur = doc;
  for (const [k, c] of changes.entries()) {
    if (!('range' in c)) return null;
    out.push({ ...toSpan(cur, c.range), newLength: c.text.length });
    // Later changes refer to the text after this one; `doc` itself must not be touched.
    if (k < changes.length - 1) cur = TextDocument.update(TextDocument.create(cur.uri, cur.languageId, cur.version, cur.getText()), [c], cur.version + 1);
  }
  return out;
}

export function registerClaims(ctx: ServerContext): ClaimsRegistry {
  const { connection, store, hooks } = ctx;
  let saveNotifications = false;
  const writeTimers = new Map<string, NodeJS.Timeout>();
  const notifyTimers = new Map<string, NodeJS.Timeout>();
  const shownSidecarProblems = new Set<string>();

  /** Timers may fire after the connection closed (shutdown): nothing to tell anyone then. */
  const notify = (method: string, params: object) => {
    try {
      void connection.sendNotification(method, params).catch(() => undefined);
    } catch {
      /* connection disposed */
    }
  };

  const publishSidecar = (s: ClaimsSession) => {
    const uri = s.sidecarUri;
    if (!uri) return;
    if (s.problems) {
      shownSidecarProblems.add(uri);
      notify('textDocument/publishDiagnostics', { uri, diagnostics: sidecarDiagnostics(s.problems) });
    } else if (shownSidecarProblems.delete(uri)) {
      notify('textDocument/publishDiagnostics', { uri, diagnostics: [] });
    }
  };

  /** Same-field edits made at once elsewhere: say which value was kept and where the other went. */
  const tellConflicts = (s: ClaimsSession) => {
    const conflicts = s.takeConflicts();
    if (conflicts.length === 0) return;
    const show = (v: unknown) => excerptOf(typeof v === 'string' ? v : JSON.stringify(v));
    const first = conflicts[0];
    const claim = s.claims.find((c) => c.id === first.claimId);
    const which = claim ? `“${excerptOf(claim.target.quote.exact)}”` : first.claimId;
    const more = conflicts.length > 1 ? ` (and ${conflicts.length - 1} more)` : '';
    const message =
      `Claims in ${s.sidecarFile ? path.basename(s.sidecarFile) : 'the sidecar'}: the ${first.field} of ${which} was changed in two places at once${more}. ` +
      `Kept ${show(first.kept)} (the later change); ${show(first.lost)} is saved in the claim's history (hover the claim).`;
    try {
      void connection.window.showWarningMessage(message);
    } catch {
      /* connection disposed */
    }
  };

  /** Write failures the user can act on (read-only, too large) are shown once per file and reason. */
  const shownWriteErrors = new Set<string>();
  const tellWriteError = (s: ClaimsSession, err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    connection.console.warn(`claims: not saved for ${s.uri}: ${message}`);
    if (!(err instanceof SidecarReadOnlyError || err instanceof SidecarTooLargeError || err instanceof SidecarBusyError)) return;
    const key = `${s.uri}\u0000${err.constructor.name}`;
    if (shownWriteErrors.has(key)) return;
    shownWriteErrors.add(key);
    try {
      void connection.window.showWarningMessage(message);
    } catch {
      /* connection disposed */
    }
  };

  /** Claims changed in a way the user should see at once (commands, the file on disk). */
  const changed = (s: ClaimsSession) => {
    tellConflicts(s);
    publishSidecar(s);
    try {
      ctx.refresh();
    } catch {
      /* connection disposed */
    }
    notify(CLAIMS_CHANGED_NOTIFICATION, { uri: s.uri });
  };

  const tryCommit = (s: ClaimsSession) => {
    try {
      s.commit();
      shownWriteErrors.delete(`${s.uri}\u0000${SidecarReadOnlyError.name}`);
      tellConflicts(s);
    } catch (err) {
      tellWriteError(s, err);
      publishSidecar(s);
    }
  };

  const registry = new ClaimsRegistry(ctx, (s) => {
    // A stale copy saved over the file dropped claims or values we hold: put them back now.
    if (s.needsWrite) tryCommit(s);
    changed(s);
  });

  hooks.taggedClaims = (uri) =>
    (registry.get(uri)?.claims ?? []).map((c) => ({
      id: c.id,
      start: c.target.position.start,
      end: c.target.position.end,
      status: c.status,
      anchor: c.anchor,
    }));
  hooks.hoverSections.push((uri, offset) => {
    const s = registry.get(uri);
    return s ? hoverSection(s, offset) : null;
  });
  hooks.diagnostics.push((uri, snap) => {
    const s = registry.get(uri);
    return s ? articleDiagnostics(s, snap.doc) : [];
  });
  hooks.codeActions.push(claimCodeActions(ctx, registry));
  registerClaimCommands(ctx, registry, changed);

  connection.onRequest(CLAIMS_REQUEST, (params: DocumentParams): ClaimsList | null => {
    const s = params && typeof params.uri === 'string' ? registry.get(params.uri) : undefined;
    return s ? claimsList(s, store.get(s.uri)) : null;
  });

  store.documents.onDidOpen((e) => {
    const s = registry.open(e.document);
    // Re-anchored in memory only: opening an article writes nothing (the user changed nothing).
    s.load();
    changed(s);
  });

  // The editor's own edits, caught before they are applied, so claims move exactly with them;
  // with the text before them (strings are shared, not copied), for changes without ranges.
  const pending = new Map<string, { before: string; edits: Edit[] | null }>();
  store.changeListeners.push((doc, changes) => {
    if (registry.get(doc.uri)) pending.set(doc.uri, { before: doc.getText(), edits: editsOf(doc, changes) });
  });

  store.documents.onDidChangeContent((e) => {
    const s = registry.get(e.document.uri);
    const change = pending.get(e.document.uri);
    pending.delete(e.document.uri);
    if (!s || !change || !s.onText(change.before, change.edits)) return;
    clearTimeout(notifyTimers.get(s.uri));
    notifyTimers.set(s.uri, setTimeout(() => {
      notifyTimers.delete(s.uri);
      notify(CLAIMS_CHANGED_NOTIFICATION, { uri: s.uri });
    }, NOTIFY_DELAY_MS));
    if (saveNotifications) return;
    clearTimeout(writeTimers.get(s.uri));
    writeTimers.set(s.uri, setTimeout(() => {
      writeTimers.delete(s.uri);
      if (registry.get(s.uri) === s && s.dirty && s.userChanged) tryCommit(s);
    }, WRITE_DELAY_MS));
  });

  // Saved article: the sidecar's positions now describe the file on disk.
  store.documents.onDidSave((e) => {
    const s = registry.get(e.document.uri);
    if (s?.dirty && s.userChanged) tryCommit(s);
  });

  store.documents.onDidClose((e) => {
    clearTimeout(writeTimers.get(e.document.uri));
    clearTimeout(notifyTimers.get(e.document.uri));
    const s = registry.close(e.document.uri);
    if (!s?.dirty || !s.userChanged || !s.file) return;
    // Unsaved edits were discarded: the sidecar on disk still fits the file; keep it.
    let onDisk: string | null = null;
    try {
      onDisk = readFileSync(s.file, 'utf8');
    } catch {
      /* gone */
    }
    if (onDisk === s.text) tryCommit(s);
  });

  ctx.onSettingsChanged(async (pushed) => {
    await registry.pullSettings(pushed);
    // Claims now kept in a sidecar of another name: open articles start again from that one.
    for (const s of registry.all()) {
      const doc = store.get(s.uri);
      if (!doc || s.suffix === registry.settings.sidecarSuffix) continue;
      // What edits moved and nobody wrote yet belongs to the sidecar it was read from.
      if (s.dirty && s.userChanged) tryCommit(s);
      const uri = s.sidecarUri;
      if (uri && shownSidecarProblems.delete(uri)) notify('textDocument/publishDiagnostics', { uri, diagnostics: [] });
      const fresh = registry.open(doc);
      fresh.load();
      changed(fresh);
    }
  });

  ctx.onInitialized(() => {
    // The core server does not ask for didSave; ask for it here when the editor allows.
    if (ctx.client().textDocument?.synchronization?.dynamicRegistration) {
      saveNotifications = true;
      void connection.client
        .register(DidSaveTextDocumentNotification.type, { documentSelector: [{ language: LANGUAGE_ID }, { scheme: 'file' }], includeText: false })
        .catch(() => {
          saveNotifications = false;
        });
    }
  });
  return registry;
}
