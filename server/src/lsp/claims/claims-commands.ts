// The claims commands (workspace/executeCommand, so every LSP editor can run
// them). Each takes one object argument:
//   tagClaim        {uri, start, end} offsets, or {uri, range}
//   setClaimStatus  {uri, id | offset | position, status}
//   addClaimNote    {uri, id | offset | position, note}
//   addClaimEvidence{uri, id | offset | position, url, title?}
//   untagClaim      {uri, id | offset | position}
//   reattachClaim   {uri, id, start, end | range}
// and answers {ok, id?, created?, message?}. Refusals are also shown to the user.
import type { Position, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../../analysis';
import { EDITOR_PIECE_CHARS, emptyAnalysis } from '../documents';
import { addEvidence, ClaimError, claimAt, isStatus, reattach, setNote, setStatus, untag } from '../../annotations/operations';
import { tombstoneFor } from '../../annotations/merge';
import { SidecarBusyError, SidecarInvalidError, SidecarReadOnlyError, SidecarTooLargeError } from '../../annotations/store';
import { tagClaim } from '../../annotations/tagging';
import type { Claim } from '../../annotations/types';
import { CLAIM_COMMANDS, CLAIM_STATUSES, type CommandResult } from '../../shared/vocabulary';
import type { ServerContext } from '../context';
import { toOffset, toSpan } from '../convert';
import type { ClaimsRegistry } from './claims-registry';
import type { ClaimsSession } from './claims-session';
import { problemText } from './claims-view';

type Args = Record<string, unknown>;

class Refusal extends Error {}

const isObj = (v: unknown): v is Args => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isPos = (v: unknown): v is Position => isObj(v) && isNat(v.line) && isNat(v.character);
const isRange = (v: unknown): v is Range => isObj(v) && isPos(v.start) && isPos(v.end);

function firstArg(args: unknown[]): Args {
  const a = args[0];
  if (!isObj(a) || typeof a.uri !== 'string') throw new Refusal('The command needs an argument {uri, …}.');
  return a;
}

function spanOf(doc: TextDocument, a: Args): { start: number; end: number } {
  if (isNat(a.start) && isNat(a.end)) return { start: a.start, end: a.end };
  if (isRange(a.range)) return toSpan(doc, a.range);
  throw new Refusal('Give the text as {start, end} offsets or a {range}.');
}

function claimOf(session: ClaimsSession, doc: TextDocument, a: Args): Claim {
  if (typeof a.id === 'string') {
    const c = session.claims.find((x) => x.id === a.id);
    if (!c) throw new Refusal(`No claim with id ${a.id} in this article.`);
    return c;
  }
  const offset = isNat(a.offset) ? a.offset : isPos(a.position) ? toOffset(doc, a.position) : null;
  if (offset === null) throw new Refusal('Say which claim: {id}, an {offset} or a {position}.');
  const c = claimAt(session.claims, offset);
  if (!c) throw new Refusal('There is no tagged claim at the cursor.');
  return c;
}

/** Tagging must work even when the analysis cannot (too large, an engine bug): the claim is then plainer. */
function analyzeOrEmpty(text: string): Analysis {
  try {
    return analyze(text, { chunkSize: EDITOR_PIECE_CHARS });
  } catch {
    return emptyAnalysis(text);
  }
}

export function registerClaimCommands(
  ctx: ServerContext,
  registry: ClaimsRegistry,
  changed: (session: ClaimsSession) => void,
): void {
  const now = () => new Date().toISOString();

  /** Runs a change of the claims and writes the sidecar; refusals become a message, not a crash. */
  const run = (name: string, body: (session: ClaimsSession, doc: TextDocument, a: Args) => Promise<CommandResult> | CommandResult) => {
    ctx.hooks.commands.set(name, async (args: unknown[]) => {
      try {
        const a = firstArg(args);
        const doc = ctx.store.get(a.uri as string);
        const session = registry.get(a.uri as string);
        if (!doc || !session) throw new Refusal('Open the article first.');
        if (!session.sidecarFile) throw new Refusal('Save the article to a file first: claims are stored beside it.');
        const problem = problemText(session);
        if (problem) throw new Refusal(`Claims cannot be changed: ${problem}`);
        const before = session.claims;
        const deletedBefore = session.deleted;
        const result = await body(session, doc, a);
        if (session.claims !== before) {
          try {
            session.commit();
          } catch (err) {
            // Not saved (read-only, broken, too large): the command did not happen.
            session.claims = before;
            session.deleted = deletedBefore;
            throw err;
          } finally {
            changed(session);
          }
        }
        return result;
      } catch (err) {
        // Refusals, unknown ids, a broken sidecar, a held lock: the user reads why; the server goes on.
        const message = err instanceof Refusal || err instanceof ClaimError || err instanceof SidecarInvalidError ||
          err instanceof SidecarReadOnlyError || err instanceof SidecarTooLargeError || err instanceof SidecarBusyError
          ? err.message
          : `Claims: ${err instanceof Error ? err.message : String(err)}`;
        void ctx.connection.window.showErrorMessage(message);
        return { ok: false, message };
      }
    });
  };

  run(CLAIM_COMMANDS.tag, async (session, doc, a) => {
    const span = spanOf(doc, a);
    const snap = await ctx.store.snapshot(doc.uri);
    // The snapshot is of the current text (snapshot() without a token waits for the newest).
    const analysis =
      snap?.state === 'ok' ? snap.analysis : snap?.state === 'too-large' ? emptyAnalysis(session.text) : analyzeOrEmpty(session.text);
    const author = await registry.author(session);
    const r = tagClaim({ analysis, start: span.start, end: span.end, author, now: now(), existing: session.claims });
    if (!r.created) {
      if (!r.claim) throw new Refusal(r.reason);
      void ctx.connection.window.showInformationMessage(r.reason);
      return { ok: true, created: false, id: r.claim.id, message: r.reason };
    }
    session.claims = [...session.claims, r.claim];
    // Tagged again after an untag: the tombstone no longer applies.
    session.deleted = session.deleted.filter((d) => d.id !== r.claim.id);
    return { ok: true, created: true, id: r.claim.id };
  });

  run(CLAIM_COMMANDS.setStatus, (session, doc, a) => {
    if (!isStatus(a.status)) throw new Refusal(`Give a status: one of ${CLAIM_STATUSES.join(', ')}.`);
    const c = claimOf(session, doc, a);
    session.claims = setStatus(session.claims, c.id, a.status, now());
    return { ok: true, id: c.id };
  });

  run(CLAIM_COMMANDS.addNote, (session, doc, a) => {
    if (typeof a.note !== 'string') throw new Refusal('Give the note as {note: "…"}.');
    const c = claimOf(session, doc, a);
    const note = a.note.length > 10_000 ? a.note.slice(0, 10_000) : a.note;
    session.claims = setNote(session.claims, c.id, note, now());
    return { ok: true, id: c.id };
  });

  run(CLAIM_COMMANDS.addEvidence, (session, doc, a) => {
    if (typeof a.url !== 'string' || a.url.length > 4000) throw new Refusal('Give the link as {url: "https://…"}.');
    const c = claimOf(session, doc, a);
    const title = typeof a.title === 'string' && a.title.trim() ? a.title.trim().slice(0, 500) : null;
    session.claims = addEvidence(session.claims, c.id, a.url, title, now());
    return { ok: true, id: c.id };
  });

  run(CLAIM_COMMANDS.untag, (session, doc, a) => {
    const c = claimOf(session, doc, a);
    session.claims = untag(session.claims, c.id);
    // The tombstone tells other copies of the file that this claim was untagged, not lost.
    session.deleted = [...session.deleted.filter((d) => d.id !== c.id), tombstoneFor(c, now())];
    return { ok: true, id: c.id };
  });

  run(CLAIM_COMMANDS.reattach, (session, doc, a) => {
    if (typeof a.id !== 'string') throw new Refusal('Say which claim to re-attach: {id}.');
    const span = spanOf(doc, a);
    session.claims = reattach(session.claims, a.id, session.text, span.start, span.end, now());
    return { ok: true, id: a.id };
  });
}
