// Open documents and their analyses: each version is analysed at most once, lazily, on the
// first request that needs it; every feature reads the same cached Snapshot. While the text
// changes faster than it can be analysed, analyses wait for a pause — but a request never
// waits longer than REQUEST_WAIT_MAX_MS for one to start, and a request whose text changed
// meanwhile is answered at once with ContentModified instead of being computed for nothing.
import { performance } from 'node:perf_hooks';
import {
  type CancellationToken,
  type Connection,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { type Analysis, type AnalyzeOptions, createIncrementalAnalyzer, type IncrementalAnalyzer } from '../analysis';
import type { Correction, EntityTypeChoice } from '../annotations/types';
import { applyCorrections } from '../corrections';
import { LineIndex } from './convert';
import type { OffThreadAnalyzer } from './off-thread';
import type { Settings } from './settings';

export type SnapshotState = 'ok' | 'too-large' | 'failed';

export interface Snapshot {
  readonly uri: string;
  readonly version: number;
  readonly doc: TextDocument;
  readonly lines: LineIndex;
  /** Always present; empty when the article was not analysed (see `state`). The person's corrections are applied. */
  readonly analysis: Analysis;
  /** The engine's own result, before corrections. */
  readonly raw: Analysis;
  /** The corrections applied to `raw` to give `analysis` (the session's list, compared by identity). */
  readonly corrections: readonly Correction[];
  /** The workspace names applied with them (compared by identity), if any. */
  readonly names: ReadonlyMap<string, EntityTypeChoice> | null;
  readonly state: SnapshotState;
  /** Why the article was not analysed, for the user. */
  readonly message: string | null;
  readonly elapsedMs: number;
  /** Per-snapshot cache for derived data (tokens, indexes), computed once per version. */
  memo<T>(key: string, make: () => T): T;
}

export const SYNC_KIND = TextDocumentSyncKind.Incremental;

/** Analyses above this cost wait for a pause in typing before running again. */
const DEBOUNCE_ABOVE_MS = 100;
const MAX_DEBOUNCE_MS = 150;
/** However the typing goes on, an analysis starts at most this long after a request asked for one. */
export const REQUEST_WAIT_MAX_MS = 250;
/** Articles at least this long are analysed in a worker thread, when one is available. */
export const OFF_THREAD_CHARS = 150_000;
/**
 * The editor analyses a long article in pieces of about this many UTF-16 units (about 10,000
 * words, a long feature in one piece): a keystroke re-analyses the piece it falls in, and only
 * that piece crosses from the worker (off-thread.ts). The CLI keeps the engine's larger pieces
 * (CHUNK_SIZE), which cost less memory and time over a whole book-length file; on an article
 * that long the two can differ where a name or a quote meets a cut.
 */
export const EDITOR_PIECE_CHARS = 64_000;

export function emptyAnalysis(text: string): Analysis {
  return {
    text,
    segmentation: { paragraphs: [], sentences: [], dateline: null, credits: [], boilerplate: [], wordCount: 0 },
    entities: [],
    mentions: [],
    figures: [],
    attributions: [],
    claims: [],
    boilerplate: [],
  };
}

function makeSnapshot(
  doc: TextDocument,
  analysis: Analysis,
  state: SnapshotState,
  message: string | null,
  elapsedMs: number,
  corrections: readonly Correction[] = [],
  raw: Analysis = analysis,
  names: ReadonlyMap<string, EntityTypeChoice> | null = null,
): Snapshot {
  const memos = new Map<string, unknown>();
  return {
    uri: doc.uri,
    version: doc.version,
    doc,
    lines: new LineIndex(analysis.text),
    analysis,
    raw,
    corrections,
    names,
    state,
    message,
    elapsedMs,
    memo<T>(key: string, make: () => T): T {
      if (!memos.has(key)) memos.set(key, make());
      return memos.get(key) as T;
    },
  };
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
}

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** The document changed after the request was made: its answer would describe a text the client no longer has. */
export function contentModified(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.ContentModified, 'the document changed; ask again');
}

export class DocumentStore {
  /**
   * Told of each didChange's content changes before they are applied (the document still has
   * its old text), so tagged claims can move with the real edits (claims/claims.ts).
   */
  readonly changeListeners: Array<(doc: TextDocument, changes: TextDocumentContentChangeEvent[]) => void> = [];
  readonly documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update: (doc, changes, version) => {
      for (const listen of this.changeListeners) listen(doc, changes);
      return TextDocument.update(doc, changes, version);
    },
  });
  private readonly snapshots = new Map<string, Snapshot>();
  /** One incremental analyser per open document analysed in this thread (issue 15), dropped on close. */
  private readonly analysers = new Map<string, IncrementalAnalyzer>();
  private readonly pending = new Map<string, { version: number; promise: Promise<Snapshot | undefined> }>();
  private readonly lastChange = new Map<string, number>();
  /** Time between the last two changes of each document: shorter than an analysis means a burst. */
  private readonly lastGap = new Map<string, number>();
  /** When the oldest request still waiting for an analysis of each document asked. */
  private readonly waitingSince = new Map<string, number>();
  /** Analyses run (for tests and stats). */
  analyses = 0;
  private readonly lastCost = new Map<string, number>();
  private readonly toldTooLarge = new Set<string>();
  /** Called once per document when it is first found too large (the server tells the user). */
  onTooLarge: (snap: Snapshot) => void = () => undefined;
  /** Called when analysing failed (an engine bug): logged, features degrade to empty. */
  onFailure: (uri: string, err: unknown) => void = () => undefined;

  /** Set by the server entry when the worker bundle exists; null analyses everything in-thread. */
  offThread: OffThreadAnalyzer | null = null;
  /** Called after a large article was analysed or closed (the server entry compacts memory). */
  afterLarge: () => void = () => undefined;

  /**
   * The corrections of a document (set by the corrections feature). Every snapshot handed out
   * has them applied — the one place they are applied, so every feature shows them.
   */
  correctionsOf: (uri: string) => readonly Correction[] = () => [];
  /** The workspace names file's names for a document (null: none); a new map whenever the file changes. */
  namesOf: (uri: string) => ReadonlyMap<string, EntityTypeChoice> | null = () => null;

  constructor(private readonly settings: () => Settings) {}

  /** The snapshot with the document's current corrections applied (re-applied when they changed). */
  private corrected(snap: Snapshot): Snapshot {
    const list = this.correctionsOf(snap.uri);
    const names = this.namesOf(snap.uri);
    const sameList = list === snap.corrections || (list.length === 0 && snap.corrections.length === 0);
    if (sameList && names === snap.names) return snap;
    let analysis = snap.raw;
    try {
      if (snap.state === 'ok') analysis = applyCorrections(snap.raw, list, names).analysis;
    } catch (err) {
      // A bug in applying them must not take the article's analysis down with it.
      this.onFailure(snap.uri, err);
    }
    const next = makeSnapshot(snap.doc, analysis, snap.state, snap.message, snap.elapsedMs, list, snap.raw, names);
    if (this.snapshots.get(snap.uri) === snap) this.snapshots.set(snap.uri, next);
    return next;
  }

  listen(connection: Connection): void {
    this.documents.onDidChangeContent((e) => {
      const now = performance.now();
      const before = this.lastChange.get(e.document.uri);
      this.lastGap.set(e.document.uri, before === undefined ? Infinity : now - before);
      this.lastChange.set(e.document.uri, now);
    });
    this.documents.onDidClose((e) => {
      if (e.document.getText().length >= OFF_THREAD_CHARS) this.afterLarge();
      this.forget(e.document.uri);
    });
    this.documents.listen(connection);
  }

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /**
   * The analysed snapshot of the document's current version (undefined if not open). With a
   * `token` (a client's request), a document that changed while the request waited gives
   * ContentModified: the client asks again for its new text, and nothing is computed for the old.
   */
  async snapshot(uri: string, token?: CancellationToken): Promise<Snapshot | undefined> {
    const asked = this.documents.get(uri)?.version;
    if (asked === undefined) return undefined;
    for (;;) {
      const doc = this.documents.get(uri);
      if (!doc) return undefined;
      const cached = this.snapshots.get(uri);
      let snap: Snapshot | undefined;
      if (cached && cached.version === doc.version) snap = cached;
      else {
        let p = this.pending.get(uri);
        if (!p || p.version !== doc.version) {
          p = { version: doc.version, promise: this.compute(uri, doc.version) };
          this.pending.set(uri, p);
        }
        if (!this.waitingSince.has(uri)) this.waitingSince.set(uri, performance.now());
        snap = await p.promise;
      }
      if (token?.isCancellationRequested) throw cancelled();
      if (!snap) return undefined;
      if (token && snap.version !== asked) throw contentModified();
      // Internal callers want the newest text: an analysis finished for a version typed over meanwhile.
      if (!token && snap.version !== this.documents.get(uri)?.version) continue;
      return this.corrected(snap);
    }
  }

  /** The cached snapshot if it matches the current version, without analysing. */
  current(uri: string): Snapshot | undefined {
    const doc = this.documents.get(uri);
    const snap = this.snapshots.get(uri);
    return doc && snap && snap.version === doc.version ? this.corrected(snap) : undefined;
  }

  /**
   * How long to wait before analysing: while changes come faster than an analysis takes (or
   * the analysis is slow and would block the server), until typing pauses for as long as one
   * analysis (capped) — but no later than REQUEST_WAIT_MAX_MS after the oldest waiting request
   * asked. A change after a pause is analysed at once when the worker does it (the server stays
   * free meanwhile), so a single keystroke on a long article costs one analysis, not a wait too.
   */
  private pauseBefore(uri: string): number {
    const now = performance.now();
    const cost = this.lastCost.get(uri) ?? 0;
    const since = now - (this.lastChange.get(uri) ?? 0);
    const bursting = (this.lastGap.get(uri) ?? Infinity) < cost;
    if (!bursting && (cost <= DEBOUNCE_ABOVE_MS || this.runsOffThread(uri))) return 0;
    const deadline = (this.waitingSince.get(uri) ?? now) + REQUEST_WAIT_MAX_MS;
    return Math.min(Math.min(cost, MAX_DEBOUNCE_MS) - since, deadline - now);
  }

  private runsOffThread(uri: string): boolean {
    return this.offThread !== null && (this.documents.get(uri)?.getText().length ?? 0) >= OFF_THREAD_CHARS;
  }

  private async compute(uri: string, version: number): Promise<Snapshot | undefined> {
    // Yield first so that queued didChange and $/cancelRequest messages are read; while the text
    // keeps changing, wait for a pause (bounded, see pauseBefore).
    await wait(this.pauseBefore(uri));
    const doc = this.documents.get(uri);
    if (!doc) return undefined;
    // A newer version arrived meanwhile: analyse that one instead of a stale text.
    if (doc.version !== version) {
      if (this.pending.get(uri)?.version === version) this.pending.delete(uri);
      let p = this.pending.get(uri);
      if (!p || p.version !== doc.version) {
        p = { version: doc.version, promise: this.compute(uri, doc.version) };
        this.pending.set(uri, p);
      }
      return p.promise;
    }
    // A frozen copy: the open document is updated in place by later edits.
    const frozen = TextDocument.create(doc.uri, doc.languageId, doc.version, doc.getText());
    this.analyses++;
    const snap = await this.analyse(frozen);
    if (this.pending.get(uri)?.version === version) this.pending.delete(uri);
    // Requests for a text typed meanwhile start a fresh bounded wait; with none left, none waits.
    if (this.documents.get(uri)?.version === version) this.waitingSince.delete(uri);
    else this.waitingSince.set(uri, performance.now());
    // Typing may have gone on while a worker analysed: keep the result for its own version.
    const cached = this.snapshots.get(uri);
    if (this.documents.get(uri) && (!cached || cached.version < snap.version)) this.snapshots.set(uri, snap);
    return snap;
  }

  private async analyse(doc: TextDocument): Promise<Snapshot> {
    const text = doc.getText();
    const limit = this.settings().maxArticleChars;
    if (text.length > limit) {
      const message =
        `This article has ${text.length.toLocaleString('en-US')} characters, more than ` +
        `newsAnnotator.maxArticleChars (${limit.toLocaleString('en-US')}), so it was not analysed. ` +
        `Raise the setting to analyse it.`;
      const snap = makeSnapshot(doc, emptyAnalysis(text), 'too-large', message, 0);
      if (!this.toldTooLarge.has(doc.uri)) {
        this.toldTooLarge.add(doc.uri);
        this.onTooLarge(snap);
      }
      return snap;
    }
    this.toldTooLarge.delete(doc.uri);
    const t0 = performance.now();
    try {
      const large = text.length >= OFF_THREAD_CHARS;
      // Settings that change the result; a change of them drops every snapshot (invalidate).
      const options: AnalyzeOptions = { claimThreshold: this.settings().checkWorthyThreshold, chunkSize: EDITOR_PIECE_CHARS };
      let inc = this.analysers.get(doc.uri);
      if (!inc) this.analysers.set(doc.uri, (inc = createIncrementalAnalyzer()));
      const analysis = this.offThread && large ? await this.offThread.analyze(text, options, doc.uri) : inc.analyze(text, options);
      if (large) this.afterLarge();
      const ms = performance.now() - t0;
      this.lastCost.set(doc.uri, ms);
      return makeSnapshot(doc, analysis, 'ok', null, ms);
    } catch (err) {
      this.onFailure(doc.uri, err);
      const message = `The analysis failed on this article: ${err instanceof Error ? err.message : String(err)}`;
      return makeSnapshot(doc, emptyAnalysis(text), 'failed', message, performance.now() - t0);
    }
  }

  /** Drops every cached analysis (settings that change the result, e.g. the size limit). */
  invalidate(): void {
    this.snapshots.clear();
    this.pending.clear();
    this.toldTooLarge.clear();
    this.waitingSince.clear();
  }

  private forget(uri: string): void {
    this.analysers.delete(uri);
    this.offThread?.forget(uri);
    this.snapshots.delete(uri);
    this.pending.delete(uri);
    this.lastChange.delete(uri);
    this.lastGap.delete(uri);
    this.waitingSince.delete(uri);
    this.lastCost.delete(uri);
    this.toldTooLarge.delete(uri);
  }
}
