// Every mention of the entity under the cursor: document highlights and references.
import { DocumentHighlightKind, type Location, type ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { entityAt } from '../lookup';

/** What the server announces for this feature in `initialize`. */
export const documentHighlightCapability = true satisfies ServerCapabilities['documentHighlightProvider'];
export const referencesCapability = true satisfies ServerCapabilities['referencesProvider'];

export function register(ctx: ServerContext): void {
  const { connection, store } = ctx;
  connection.onDocumentHighlight(async (params, token) => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    const hit = snap && entityAt(snap, toOffset(snap.doc, params.position));
    if (!snap || !hit) return null;
    return hit.entity.mentions.map((m) => ({ range: toRange(snap.doc, m), kind: DocumentHighlightKind.Text }));
  });

  connection.onReferences(async (params, token): Promise<Location[] | null> => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    const hit = snap && entityAt(snap, toOffset(snap.doc, params.position));
    if (!snap || !hit) return null;
    return hit.entity.mentions
      .filter((m) => params.context.includeDeclaration || m.start !== hit.entity.mentions[0].start)
      .map((m) => ({ uri: snap.uri, range: toRange(snap.doc, m) }));
  });
}
