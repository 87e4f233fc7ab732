// The corrections commands (workspace/executeCommand, so every LSP editor and our own
// checks can run them). Offsets are UTF-16 code units in the open document's text:
//   correctEntity    {uri, start, end, type: PERSON|ORGANIZATION|LOCATION|MISC|NONE}
//                    (start = end: the name at that offset, as the palette command sends it)
//   setQuoteSource   {uri, start, end, sourceStart, sourceEnd}   (null source: unnamed)
//   dismissFinding   {uri, start, end, code, reason?}
//   mergeEntities    {uri, start, end, withStart, withEnd}   (the entity at with… joins the one at start–end)
//   splitEntity      {uri, start, end}                        (these words leave their entity)
//   removeCorrection {uri, id}
// Each answers {ok, id?, message?}; the correction is written to the sidecar (format v2)
// through the claims session, so the store's guarantees hold, and every view follows.
import {
  CorrectionError,
  correctEntity,
  dismissFinding,
  isEntityTypeChoice,
  mergeEntities,
  removeCorrection,
  setQuoteSource,
  splitEntity,
} from '../../annotations/correction-ops';
import { SidecarBusyError, SidecarInvalidError, SidecarReadOnlyError, SidecarTooLargeError } from '../../annotations/store';
import { ENTITY_TYPE_CHOICES, type Correction } from '../../annotations/types';
import { CLAIMS_CHANGED_NOTIFICATION } from '../../shared/protocol';
import { CORRECTION_COMMANDS, type CommandResult } from '../../shared/vocabulary';
import type { ServerContext } from '../context';
import type { ClaimsRegistry } from '../claims/claims-registry';
import type { ClaimsSession } from '../claims/claims-session';
import { problemText } from '../claims/claims-view';

type Args = Record<string, unknown>;
class Refusal extends Error {}

const isObj = (v: unknown): v is Args => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNat = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function span(a: Args, s = 'start', e = 'end'): { start: number; end: number } {
  if (isNat(a[s]) && isNat(a[e])) return { start: a[s] as number, end: a[e] as number };
  throw new Refusal(`Give {${s}, ${e}} as offsets (UTF-16 code units).`);
}

const KNOWN_ERRORS = [Refusal, CorrectionError, SidecarInvalidError, SidecarReadOnlyError, SidecarTooLargeError, SidecarBusyError];

export function registerCorrectionCommands(ctx: ServerContext, registry: ClaimsRegistry): void {
  const now = () => new Date().toISOString();

  /** Runs a change of the corrections and writes the sidecar; a refusal is a message, not a crash. */
  type Result = { list: Correction[]; id?: string };
  const run = (name: string, body: (session: ClaimsSession, a: Args, author: string | null) => Result | Promise<Result>) => {
    ctx.hooks.commands.set(name, async (args: unknown[]): Promise<CommandResult> => {
      try {
        const a = args[0];
        if (!isObj(a) || typeof a.uri !== 'string') throw new Refusal('The command needs an argument {uri, …}.');
        const session = registry.get(a.uri);
        if (!ctx.store.get(a.uri) || !session) throw new Refusal('Open the article first.');
        if (!session.sidecarFile) throw new Refusal('Save the article to a file first: corrections are stored beside it.');
        const problem = problemText(session);
        if (problem) throw new Refusal(`Corrections cannot be changed: ${problem}`);
        const author = await registry.author(session);
        const before = { corrections: session.corrections, deleted: session.deleted };
        const r = await body(session, a, author);
        if (r.list !== session.corrections) {
          session.corrections = r.list;
          // Set again after a removal: its tombstone no longer applies.
          const ids = new Set(r.list.map((c) => c.id));
          if (session.deleted.some((d) => ids.has(d.id) && !before.corrections.some((c) => c.id === d.id))) {
            session.deleted = session.deleted.filter((d) => !ids.has(d.id));
          }
          try {
            session.commit();
          } catch (err) {
            // Not saved (read-only, broken, too large): the correction did not happen.
            session.corrections = before.corrections;
            session.deleted = before.deleted;
            throw err;
          } finally {
            changed(session);
          }
        }
        const id = r.id ?? r.list.find((c) => !before.corrections.includes(c))?.id;
        return { ok: true, ...(id ? { id } : {}) };
      } catch (err) {
        const known = KNOWN_ERRORS.some((k) => err instanceof k);
        const message = known ? (err as Error).message : `Corrections: ${err instanceof Error ? err.message : String(err)}`;
        void ctx.connection.window.showErrorMessage(message);
        return { ok: false, message };
      }
    });
  };

  const changed = (s: ClaimsSession) => {
    try {
      ctx.refresh();
      void ctx.connection.sendNotification(CLAIMS_CHANGED_NOTIFICATION, { uri: s.uri }).catch(() => undefined);
    } catch {
      /* connection disposed */
    }
  };

  const input = (s: ClaimsSession, a: Args, author: string | null) => ({ text: s.text, ...span(a), now: now(), author });

  run(CORRECTION_COMMANDS.correctEntity, async (s, a, author) => {
    if (!isEntityTypeChoice(a.type)) throw new Refusal(`Give a type: one of ${ENTITY_TYPE_CHOICES.join(', ')}.`);
    let at = input(s, a, author);
    if (at.start === at.end) {
      // A cursor, not a span: the name there.
      const snap = await ctx.store.snapshot(s.uri);
      const m = snap?.analysis.text === s.text ? snap.analysis.mentions.find((x) => x.start <= at.start && at.start <= x.end) : undefined;
      if (!m) throw new Refusal('Put the cursor on a name, or select the words of a name the engine missed.');
      at = { ...at, start: m.start, end: m.end };
    }
    return { list: correctEntity(s.corrections, at, a.type) };
  });

  run(CORRECTION_COMMANDS.setQuoteSource, (s, a, author) => {
    const named = a.sourceStart !== null && a.sourceStart !== undefined;
    if (!named && a.sourceEnd !== null && a.sourceEnd !== undefined) throw new Refusal('Give both sourceStart and sourceEnd, or both null.');
    const source = named ? span(a, 'sourceStart', 'sourceEnd') : null;
    return { list: setQuoteSource(s.corrections, input(s, a, author), source) };
  });

  run(CORRECTION_COMMANDS.dismissFinding, (s, a, author) => {
    if (typeof a.code !== 'string') throw new Refusal('Give the finding\'s diagnostic code, e.g. {code: "boilerplate"}.');
    const reason = typeof a.reason === 'string' && a.reason.trim() ? a.reason.trim().slice(0, 10_000) : null;
    return { list: dismissFinding(s.corrections, input(s, a, author), a.code, reason) };
  });

  run(CORRECTION_COMMANDS.mergeEntities, (s, a, author) => ({
    list: mergeEntities(s.corrections, input(s, a, author), span(a, 'withStart', 'withEnd')),
  }));

  run(CORRECTION_COMMANDS.splitEntity, (s, a, author) => ({ list: splitEntity(s.corrections, input(s, a, author)) }));

  run(CORRECTION_COMMANDS.removeCorrection, (s, a) => {
    if (typeof a.id !== 'string') throw new Refusal('Say which correction: {id}.');
    const r = removeCorrection(s.corrections, s.deleted, a.id, now());
    s.deleted = r.deleted;
    return { list: r.corrections, id: a.id };
  });
}
