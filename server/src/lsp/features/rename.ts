// Rename a name across the article. Mentions use different forms ("Amara Okafor", "Okafor",
// "Ms Okafor"): each form is mapped word by word onto the new name, and forms that cannot be
// mapped (an acronym, a nickname) are left untouched rather than guessed.
import { ErrorCodes, ResponseError, type TextEdit, type ServerCapabilities } from 'vscode-languageserver';
import type { Entity } from '../../analysis';
import type { ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import { entityAt } from '../lookup';

export interface SpanEdit {
  start: number;
  end: number;
  newText: string;
}

const words = (s: string) => s.trim().split(/\s+/).filter((w) => w.length > 0);

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** The new text for one mention, or null when it cannot be mapped onto the new name. */
export function mapForm(form: string, oldName: string, newName: string): string | null {
  if (form === oldName) return newName;
  const f = words(form);
  const o = words(oldName);
  const n = words(newName);
  if (f.length < o.length && n.length >= f.length) {
    if (sameWords(f, o.slice(o.length - f.length))) return n.slice(n.length - f.length).join(' ');
    if (sameWords(f, o.slice(0, f.length))) return n.slice(0, f.length).join(' ');
  }
  // The renamed form inside a longer one: "President Okafor" when renaming "Okafor".
  const at = form.indexOf(oldName);
  if (at >= 0) {
    const before = form[at - 1];
    const after = form[at + oldName.length];
    const boundary = (c: string | undefined) => c === undefined || /[\s\-–]/.test(c);
    if (boundary(before) && boundary(after)) return form.slice(0, at) + newName + form.slice(at + oldName.length);
  }
  return null;
}

export function renameEdits(entity: Entity, oldName: string, newName: string): SpanEdit[] {
  const edits: SpanEdit[] = [];
  for (const m of entity.mentions) {
    const next = mapForm(m.text, oldName, newName);
    if (next !== null && next !== m.text) edits.push({ start: m.start, end: m.end, newText: next });
  }
  return edits;
}

/** What the server announces for this feature in `initialize`. */
export const renameCapability = { prepareProvider: true } satisfies ServerCapabilities['renameProvider'];

export function register(ctx: ServerContext): void {
  const { connection, store } = ctx;
  const notAName = () =>
    new ResponseError(ErrorCodes.InvalidRequest, 'Put the cursor on a name the analysis recognised to rename it.');

  connection.onPrepareRename(async (params, token) => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    const hit = snap && entityAt(snap, toOffset(snap.doc, params.position));
    if (!snap || !hit) throw notAName();
    return { range: toRange(snap.doc, hit.mention), placeholder: hit.mention.text };
  });

  connection.onRenameRequest(async (params, token) => {
    const snap = await store.snapshot(params.textDocument.uri, token);
    const hit = snap && entityAt(snap, toOffset(snap.doc, params.position));
    if (!snap || !hit) throw notAName();
    const newName = params.newName.trim();
    if (newName.length === 0) throw new ResponseError(ErrorCodes.InvalidParams, 'The new name is empty.');
    const edits: TextEdit[] = renameEdits(hit.entity, hit.mention.text, newName).map((e) => ({
      range: toRange(snap.doc, e),
      newText: e.newText,
    }));
    return { changes: { [snap.uri]: edits } };
  });
}
