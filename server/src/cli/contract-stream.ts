// The JSON contract of one text, produced piece by piece so that a very long article never
// holds its whole Analysis. Texts over CHUNK_SIZE are analysed in the pieces the engine itself
// uses (chunks.ts), merged exactly as analyze() merges them (merge.ts); then
//  - each piece's figures are given out as soon as it is done;
//  - its quotes, claims and boilerplate are kept as compressed JSON until the figures are out;
//  - the entities (grouped across pieces) stay objects, their mentions kept as compressed UTF-8
//    JSON in blocks, read back block by block as the entities are written;
//  - a file's text is kept as its UTF-8 bytes, deflated per piece, each decoded when its turn comes;
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
/** Output is handed out in parts of about this size. */
const PART_BYTES = 1 << 20;

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
  return inPieces(new Pieces(article, text, bounds), extra, analyze);
}

function* lazily<T>(make: () => Iterable<T>): Generator<T> {
  yield* make();
}

/** The pieces of an article, each a string of its own; `release()` drops the article. */
class Pieces {
  private source: string | Uint8Array[] | null;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(
    article: string | Uint8Array,
    text: string,
    readonly bounds: Array<[number, number]>,
  ) {
    if (typeof article === 'string') this.source = article;
    else {
      // Byte offsets of the pieces (the decoder dropped a byte order mark before offset 0);
      // a piece that begins with U+FEFF keeps it (ignoreBOM). Each piece's bytes are kept
      // compressed until its turn (a third of their size), the article's own buffer let go.
      const { deflateRawSync } = require('node:zlib') as typeof import('node:zlib');
      let at = article[0] === 0xef && article[1] === 0xbb && article[2] === 0xbf ? 3 : 0;
      this.source = bounds.map(([start, end]) => {
        const next = at + Buffer.byteLength(text.slice(start, end));
        const packed = deflateRawSync(article.subarray(at, next), { level: 1 });
        at = next;
        return packed;
      });
    }
  }

  text(i: number): string {
    const s = this.source;
    if (s === null) throw new Error('the article was released');
    if (typeof s === 'string') return s.slice(this.bounds[i][0], this.bounds[i][1]);
    const bytes = (require('node:zlib') as typeof import('node:zlib')).inflateRawSync(s[i]);
    s[i] = new Uint8Array(0);
    return this.decoder.decode(bytes);
  }

  release(): void {
    this.source = null;
  }
}

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
  const kept: Record<(typeof KEPT)[number], Uint8Array[]> = { attributions: [], claims: [], boilerplate: [] };
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
      if (part) kept[key].push(deflateRawSync(encoder.encode((kept[key].length > 0 ? ',' : '') + part), { level: 1 }));
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
      out.add(inflateRawSync(list[i]));
      list[i] = new Uint8Array(0);
      if (out.isFull()) {
        yield* out.rest();
        collect.collectYoung();
        budget.check();
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
  /** Per entity (by index): piece, block, start, end, piece, block, start, end, … */
  private readonly where: number[][] = [];
  private reading = false;

  constructor(
    private readonly compress: (b: Uint8Array) => Uint8Array,
    private readonly decompress: (b: Uint8Array) => Uint8Array,
    private readonly blockBytes = BLOCK_BYTES,
  ) {}

  take(entities: Entity[]): void {
    if (this.reading) throw new Error('MentionStore.take after write()');
    const piece = this.blocks.length;
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
      (this.where[i] ??= []).push(piece, blocks.length, at, at + json.length);
      parts.push(json);
      at += json.length;
      e.mentions.length = 0;
      e.name = own(e.name);
      for (let a = 0; a < e.aliases.length; a++) e.aliases[a] = own(e.aliases[a]);
    }
    cut();
    this.blocks.push(blocks);
    this.open.push(null);
  }

  /** Writes entity `i`'s mentions, comma-separated, and forgets them. Entities are written in index order. */
  write(i: number, out: Parts): void {
    this.reading = true;
    const w = this.where[i];
    if (!w) return;
    for (let k = 0; k < w.length; k += 4) {
      if (k > 0) out.add(',');
      out.add(this.block(w[k], w[k + 1]).subarray(w[k + 2], w[k + 3]));
    }
    this.where[i] = [];
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

/** Collects strings and bytes into parts of about PART_BYTES, so output goes out in few writes. */
export class Parts {
  private held: Array<string | Uint8Array> = [];
  private size = 0;

  add(x: string | Uint8Array): void {
    this.held.push(x);
    this.size += x.length;
  }

  isFull(): boolean {
    return this.size >= PART_BYTES;
  }

  /** The held output as one part if it has reached PART_BYTES. */
  *full(): Generator<Uint8Array> {
    if (this.isFull()) yield* this.rest();
  }

  *rest(): Generator<Uint8Array> {
    if (this.held.length === 0) return;
    const chunks = this.held.map((x) => (typeof x === 'string' ? encoder.encode(x) : x));
    this.held = [];
    this.size = 0;
    yield Buffer.concat(chunks);
  }
}
