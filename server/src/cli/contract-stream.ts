// The JSON contract of one text, produced piece by piece so that a very long article never
// holds its whole Analysis. Texts over CHUNK_SIZE are analysed in the pieces the engine itself
// uses (chunks.ts), merged exactly as analyze() merges them (merge.ts); then
//  - each piece's figures are given out as soon as it is done;
//  - its quotes, claims and boilerplate are kept as compressed JSON until the figures are out;
//  - the entities (grouped across pieces) stay objects, their mentions kept as compressed UTF-8
//    JSON in blocks, read back block by block as the entities are written;
//  - the text of the pieces still to come is kept as deflated UTF-8, each decoded when its turn comes;
//  - no buffer over ~64 KB is made on the way (see PackedText and Parts), so glibc's mmap
//    threshold stays where it starts and freed buffers go back to the system;
//  - a full garbage collection runs whenever memory has grown a budget past what is live, one
//    more once the pieces are done, and the young generation is collected after each part of the end.
// A text of one piece gives exactly contractJsonChunks' text, key order included; a longer
// one gives the same fields, with the lists that need the whole text (entities, dateline) last.
import type { Analysis, DocumentStructure, Entity } from '../analysis';
import { CHUNK_SIZE, chunkBounds } from '../analysis/chunks';
import { PieceMerger, type ShiftedPiece } from '../analysis/merge';
import { contractJsonChunks, toContract } from '../export/contract';
import type { MemoryBudget } from '../io/collect';

export type Analyze = (text: string) => Analysis;
export type Extra = { id?: unknown; file?: string };

/** Memory a long article may add (analysis garbage, output in flight) before a full collection. */
const BUDGET_BYTES = 20 * 1024 * 1024;
/** A long article's mentions are kept compressed in blocks of about this much JSON. */
const BLOCK_BYTES = 64 * 1024;
/** Output is made in parts of this many bytes: below glibc's default mmap threshold (128 KB). */
const PART_BYTES = 64 * 1024;
/** …and handed out in batches of about this much (a collection of the young generation after each at the end). */
const BATCH_BYTES = 1 << 20;

const NO_STRUCTURE: DocumentStructure = { paragraphs: [], sentences: [], dateline: null, credits: [], boilerplate: [], wordCount: 0 };

/** An Analysis holding only the given lists, to map them with the contract's own mappers. */
function partial(lists: Partial<Pick<Analysis, 'entities' | 'figures' | 'attributions' | 'claims' | 'boilerplate'>>): Analysis {
  return { text: '', segmentation: NO_STRUCTURE, entities: [], mentions: [], figures: [], attributions: [], claims: [], boilerplate: [], ...lists };
}

/** The items of a JSON array without its brackets ('' for an empty list). */
const items = (list: unknown[]): string => (list.length === 0 ? '' : JSON.stringify(list).slice(1, -1));

/** A copy that does not point into the piece's text (a slice would keep the whole piece alive). */
const own = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

const KEPT = ['attributions', 'claims', 'boilerplate'] as const;
const encoder = new TextEncoder();

/**
 * The contract JSON of an article (no final newline), as strings and byte arrays to write in
 * order. `article` is its text, or its bytes as valid UTF-8 (a file: then only one piece at a
 * time is held as a string). `analyze` is the engine's façade, passed in so that the caller
 * chooses when the engine loads.
 */
export function analysisJson(article: string | Uint8Array, extra: Extra, analyze: Analyze, chunkSize = CHUNK_SIZE): Iterable<string | Uint8Array> {
  const text = typeof article === 'string' ? article : new TextDecoder().decode(article);
  const bounds = chunkBounds(text, chunkSize);
  if (bounds.length === 1) return lazily(() => contractJsonChunks(analyze(text), extra));
  return inPieces(new Pieces(text, bounds), extra, analyze);
}

function* lazily<T>(make: () => Iterable<T>): Generator<T> {
  yield* make();
}

/** The pieces of an article, each a string of its own; `release()` drops those not yet taken. */
class Pieces {
  private source: PackedText[] | null;

  constructor(
    text: string,
    readonly bounds: Array<[number, number]>,
  ) {
    this.source = bounds.map(([start, end]) => new PackedText(text, start, end));
  }

  text(i: number): string {
    if (this.source === null) throw new Error('the article was released');
    return this.source[i].take();
  }

  release(): void {
    this.source = null;
  }
}

/** Characters per block of a PackedText: at most 48 KB of UTF-8. */
const BLOCK_CHARS = 16 * 1024;
const scratch = new Uint8Array(3 * BLOCK_CHARS);

/**
 * A string kept as deflated UTF-8 in blocks of BLOCK_CHARS characters (a third of its size
 * or less), or as itself when it cannot be (not well-formed, or zlib not wanted). Blocks are
 * cut between characters, never inside a surrogate pair, so each decodes on its own; no buffer
 * larger than a block is made, packing or unpacking.
 */
export class PackedText {
  private blocks: Uint8Array[] | null = null;
  private plain: string | null = null;

  constructor(text: string, start = 0, end = text.length) {
    // A lone surrogate (a JSON line's escape) would not survive UTF-8: such a text is kept as it is.
    const range = start === 0 && end === text.length ? text : text.slice(start, end);
    if (!isWellFormed(range)) {
      this.plain = range;
      return;
    }
    const { deflateRawSync } = require('node:zlib') as typeof import('node:zlib');
    const blocks: Uint8Array[] = [];
    for (let at = start; at < end; ) {
      let cut = Math.min(at + BLOCK_CHARS, end);
      const c = text.charCodeAt(cut - 1);
      if (cut < end && c >= 0xd800 && c <= 0xdbff) cut--;
      const { written } = encoder.encodeInto(text.slice(at, cut), scratch);
      blocks.push(deflateRawSync(scratch.subarray(0, written), { level: 1 }));
      at = cut;
    }
    this.blocks = blocks;
  }

  /** Each block's UTF-8 in turn, each let go once given. */
  *bytes(): Generator<Uint8Array> {
    if (this.plain !== null) {
      yield encoder.encode(this.plain);
      this.plain = null;
      return;
    }
    const blocks = this.blocks ?? [];
    this.blocks = null;
    const { inflateRawSync } = require('node:zlib') as typeof import('node:zlib');
    for (let i = 0; i < blocks.length; i++) {
      const b = inflateRawSync(blocks[i]);
      blocks[i] = EMPTY;
      yield b;
    }
  }

  /** The text, once (the blocks are let go). */
  take(): string {
    if (this.plain !== null) {
      const s = this.plain;
      this.plain = null;
      return s;
    }
    const parts: string[] = [];
    for (const b of this.bytes()) parts.push(blockDecoder.decode(b));
    return parts.join('');
  }
}

const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** A block may begin with U+FEFF (inside the text, where it is a character): kept. */
const blockDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

function* inPieces(pieces: Pieces, extra: Extra, analyze: Analyze): Generator<string | Uint8Array> {
  const out = new Parts();
  let head = '{';
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) continue;
    out.add(`${head}${JSON.stringify(key)}:${JSON.stringify(value)}`);
    head = ',';
  }
  out.add(`${head}"figures":[`);
  const merger = new PieceMerger();
  const kept: Record<(typeof KEPT)[number], PackedText[]> = { attributions: [], claims: [], boilerplate: [] };
  // Loaded here: a one-piece text (nearly every article) needs neither.
  const { deflateRawSync, inflateRawSync } = require('node:zlib') as typeof import('node:zlib');
  const mentions = new MentionStore((b) => deflateRawSync(b, { level: 1 }), inflateRawSync);
  const collect = require('../io/collect') as typeof import('../io/collect');
  const budget: MemoryBudget = new collect.MemoryBudget(BUDGET_BYTES);
  let dateline: ShiftedPiece['segmentation']['dateline'] = null;
  let comma = '';
  for (let i = 0; i < pieces.bounds.length; i++) {
    const p = merger.add(pieces.bounds[i][0], analyze(pieces.text(i)));
    dateline ??= p.segmentation.dateline && (JSON.parse(JSON.stringify(p.segmentation.dateline)) as typeof dateline);
    const c = toContract(partial(p));
    const figures = items(c.figures);
    if (figures) {
      out.add(comma + figures);
      comma = ',';
    }
    for (const key of KEPT) {
      const part = items(c[key]);
      // Compressed while kept: JSON shrinks several times over, for little time.
      if (part) kept[key].push(new PackedText((kept[key].length > 0 ? ',' : '') + part));
    }
    mentions.take(merger.entities);
    yield* out.full();
    budget.check();
  }
  pieces.release();
  // The pieces' garbage and the article's bytes go before the lists that need the whole text are
  // written; from here on, nearly all that is made is output, which a collection of the young
  // generation after each part lets go (its buffers are outside the heap, so the heap's own
  // collections would leave them to grow until the budget is reached).
  collect.collector()?.();
  out.add(']');
  for (const key of KEPT) {
    out.add(`,"${key}":[`);
    const list = kept[key];
    for (let i = 0; i < list.length; i++) {
      for (const bytes of list[i].bytes()) {
        out.add(bytes);
        if (out.isFull()) {
          yield* out.rest();
          collect.collectYoung();
          budget.check();
        }
      }
    }
    out.add(']');
  }
  out.add(',"entities":[');
  const EMPTY_MENTIONS = '"mentions":[]}';
  for (let i = 0; i < merger.entities.length; i++) {
    const e = merger.entities[i];
    const json = JSON.stringify(toContract(partial({ entities: [{ ...e, mentions: [] }] })).entities[0]);
    if (!json.endsWith(EMPTY_MENTIONS)) throw new Error('the contract no longer ends an entity with its mentions');
    out.add(`${i > 0 ? ',' : ''}${json.slice(0, -2)}`);
    mentions.write(i, out);
    out.add(']}');
    if (out.isFull()) {
      yield* out.rest();
      collect.collectYoung();
      budget.check();
    }
  }
  // The dateline goes through the contract's mapping like the rest.
  const last = toContract({ ...partial({}), segmentation: { ...NO_STRUCTURE, dateline } });
  out.add(`],"dateline":${JSON.stringify(last.dateline)}}`);
  yield* out.rest();
}

/**
 * Each merged entity's mentions as contract JSON in UTF-8, compressed until the entities are
 * written: the entity objects then hold no mention objects and no piece's text, and the mentions
 * of a long article hold a fifth of their JSON's size while its pieces are analysed.
 * A piece's mentions are compressed in blocks of about BLOCK_BYTES, cut between entities. The
 * entities are written in index order and a piece's buffer holds them in that order too, so
 * each piece is read from its start to its end: only the block being read of each piece is held
 * decompressed, not every piece's mentions at once.
 */
export class MentionStore {
  /** Per piece, its compressed blocks in order (a block is dropped once read). */
  private readonly blocks: Uint8Array[][] = [];
  /** Per piece, the block being read, decompressed, and its number. */
  private readonly open: Array<{ at: number; bytes: Uint8Array } | null> = [];
  /**
   * Per piece, where each entity's mentions are: entity, block, start, end, … in entity order,
   * and the place of the next one to write. (An array of numbers per entity held 4 MB on the
   * 10 MB article: each grown to 17 slots for its first four numbers.)
   */
  private readonly runs: Int32Array[] = [];
  private readonly next: number[] = [];
  private last = -1;

  constructor(
    private readonly compress: (b: Uint8Array) => Uint8Array,
    private readonly decompress: (b: Uint8Array) => Uint8Array,
    private readonly blockBytes = BLOCK_BYTES,
  ) {}

  take(entities: Entity[]): void {
    if (this.last >= 0) throw new Error('MentionStore.take after write()');
    const runs: number[] = [];
    const blocks: Uint8Array[] = [];
    let parts: Uint8Array[] = [];
    let at = 0;
    const cut = () => {
      if (at === 0) return;
      blocks.push(this.compress(Buffer.concat(parts, at)));
      parts = [];
      at = 0;
    };
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      if (e.mentions.length === 0) continue;
      const json = encoder.encode(items(toContract(partial({ entities: [{ ...e, aliases: [], mentions: e.mentions }] })).entities[0].mentions));
      if (at > 0 && at + json.length > this.blockBytes) cut();
      runs.push(i, blocks.length, at, at + json.length);
      parts.push(json);
      at += json.length;
      e.mentions.length = 0;
      e.name = own(e.name);
      for (let a = 0; a < e.aliases.length; a++) e.aliases[a] = own(e.aliases[a]);
    }
    cut();
    this.blocks.push(blocks);
    this.open.push(null);
    this.runs.push(Int32Array.from(runs));
    this.next.push(0);
  }

  /** Writes entity `i`'s mentions, comma-separated, and forgets them. Entities are written in index order. */
  write(i: number, out: Parts): void {
    if (i < this.last) throw new Error('MentionStore: entities written out of order');
    this.last = i;
    let first = true;
    for (let p = 0; p < this.runs.length; p++) {
      const r = this.runs[p];
      let k = this.next[p];
      while (k < r.length && r[k] < i) k += 4; // entities not written (none are skipped today)
      this.next[p] = k;
      if (k >= r.length || r[k] !== i) continue;
      if (!first) out.add(',');
      first = false;
      out.add(this.block(p, r[k + 1]).subarray(r[k + 2], r[k + 3]));
      this.next[p] = k + 4;
    }
  }

  /** Block `b` of piece `p`, decompressed; the block read before it in that piece is let go. */
  private block(p: number, b: number): Uint8Array {
    const held = this.open[p];
    if (held && held.at === b) return held.bytes;
    if (held && held.at > b) throw new Error('MentionStore: entities written out of order');
    const list = this.blocks[p];
    const bytes = this.decompress(list[b]);
    for (let k = held ? held.at : 0; k <= b; k++) list[k] = EMPTY;
    this.open[p] = { at: b, bytes };
    return bytes;
  }
}

const EMPTY = new Uint8Array(0);

/**
 * Output filled in place into parts of PART_BYTES of UTF-8 (the last one shorter), handed out
 * in batches of about BATCH_BYTES: few writes, and no buffer larger than a part is ever made.
 */
export class Parts {
  private part = newPart();
  private at = 0;
  private readonly sealed: Uint8Array[] = [];

  add(x: string | Uint8Array): void {
    if (typeof x === 'string') {
      // encodeInto stops before a character that does not fit whole.
      for (let rest = x; ; ) {
        const { read, written } = encoder.encodeInto(rest, this.part.subarray(this.at));
        this.at += written;
        if (read === rest.length) return;
        rest = rest.slice(read);
        this.seal();
      }
    }
    for (let from = 0; from < x.length; ) {
      const n = Math.min(x.length - from, PART_BYTES - this.at);
      this.part.set(x.subarray(from, from + n), this.at);
      this.at += n;
      from += n;
      if (this.at === PART_BYTES) this.seal();
    }
  }

  isFull(): boolean {
    return this.sealed.length * PART_BYTES >= BATCH_BYTES;
  }

  /** The parts made so far if they have reached BATCH_BYTES. */
  *full(): Generator<Uint8Array> {
    if (this.isFull()) yield* this.rest();
  }

  /** Every part made so far, the one being filled included. */
  *rest(): Generator<Uint8Array> {
    if (this.at > 0) this.seal();
    const parts = this.sealed.splice(0);
    yield* parts;
  }

  private seal(): void {
    this.sealed.push(this.part.subarray(0, this.at));
    this.part = newPart();
    this.at = 0;
  }
}

/** A part of its own (not from Node's shared pool): a writer may hold it until written. */
const newPart = (): Buffer => Buffer.allocUnsafeSlow(PART_BYTES);
