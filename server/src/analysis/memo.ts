// What the incremental analyser (incremental.ts) keeps from one analysis of a text to the next:
// results of work that depends only on a piece of the text (a line, a sentence) and on context
// that is part of the key, so a piece the edit did not touch is not worked out again.
// Memory stays bounded by the current text: after each analysis, the entries it did not use
// are dropped (a piece the text no longer contains is not kept).

interface Entry<V> {
  /** The rest of the key (context beside the text), compared in full. */
  extra: string | Int32Array;
  value: V;
  /** The analysis that last used it. */
  run: number;
  /** Another entry of the same text. */
  next: Entry<V> | null;
}

/**
 * The numbers a result read besides its text (token offsets, types, word ids), written in place
 * at each analysis: a key built as a string would be a new string per piece and keystroke, most
 * of an analysis's garbage. One Key is reused for every look-up of a stage; a memo keeps a copy
 * only of the keys it stores.
 */
export class Key {
  private buf = new Int32Array(1024);
  length = 0;

  /** Starts a new key (the numbers of the last one are dropped). */
  reset(): this {
    this.length = 0;
    return this;
  }

  put(x: number): void {
    if (this.length === this.buf.length) {
      const grown = new Int32Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.length++] = x;
  }

  /** A string as its length and its UTF-16 units (so two strings in a row cannot read as others). */
  putText(s: string): void {
    this.put(s.length);
    for (let i = 0; i < s.length; i++) this.put(s.charCodeAt(i));
  }

  /** Whether `kept` (a copy of an earlier key) holds the same numbers. */
  equals(kept: Int32Array): boolean {
    if (kept.length !== this.length) return false;
    const buf = this.buf;
    for (let i = 0; i < kept.length; i++) if (kept[i] !== buf[i]) return false;
    return true;
  }

  copy(): Int32Array {
    return this.buf.slice(0, this.length);
  }

  /** A 32-bit hash of the numbers (FNV-1a over whole numbers). */
  hash(): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < this.length; i++) h = Math.imul(h ^ this.buf[i], 0x01000193);
    return h;
  }
}

function sameExtra(kept: string | Int32Array, extra: string | Key): boolean {
  return typeof extra === 'string' ? kept === extra : typeof kept !== 'string' && extra.equals(kept);
}

function keptExtra(extra: string | Key): string | Int32Array {
  return typeof extra === 'string' ? extra : extra.copy();
}

/**
 * Results keyed by the exact input they were computed from: a piece of the text (a slice of it,
 * hashed where it lies, never copied into a longer key) and `extra`, the context it read — or,
 * with `getByKey`, by numbers alone (what the piece's text would say is in them).
 */
export class PieceMemo<V> {
  // One map whose entries carry the analysis that last used them: an analysis allocates only
  // for what it worked out anew (a map rebuilt per analysis would be old garbage each time).
  private readonly entries = new Map<string, Entry<V>>();
  /** Entries of `getByKey`, by the hash of their numbers. */
  private readonly byHash = new Map<number, Entry<V>>();
  private run = 0;
  hits = 0;
  misses = 0;

  /**
   * The result for (`text`, `extra`), computed by `make` unless kept from this or the previous
   * analysis. `make` is given a copy of `text` of its own to read: what it keeps refers to that,
   * never to the whole text of the version `text` was cut from.
   */
  get(text: string, make: (own: string) => V, extra: string | Key = ''): V {
    return this.find(text, make, extra, false);
  }

  /**
   * The same for a text that is a string of its own already (a copy a memo made, never a slice
   * of a longer text, which it would keep alive): kept as it is, so a look-up with that very
   * string again (a line the edit did not touch) finds it without comparing its characters.
   */
  getOwn(text: string, make: (own: string) => V, extra: string | Key = ''): V {
    return this.find(text, make, extra, true);
  }

  private find(text: string, make: (own: string) => V, extra: string | Key, owned: boolean): V {
    const head = this.entries.get(text);
    for (let e: Entry<V> | null = head ?? null; e !== null; e = e.next) {
      if (!sameExtra(e.extra, extra)) continue;
      this.hits++;
      e.run = this.run;
      return e.value;
    }
    this.misses++;
    // Copied before `make`, which may reuse the Key for look-ups of its own.
    const kept = keptExtra(extra);
    const own = owned ? text : ownCopy(text);
    const value = make(own);
    this.entries.set(own, { extra: kept, value, run: this.run, next: this.entries.get(own) ?? null });
    return value;
  }

  /** The result for the numbers of `key`, computed by `make` unless kept from this or the previous analysis. */
  getByKey(key: Key, make: () => V): V {
    const hash = key.hash();
    const head = this.byHash.get(hash);
    for (let e: Entry<V> | null = head ?? null; e !== null; e = e.next) {
      if (!sameExtra(e.extra, key)) continue;
      this.hits++;
      e.run = this.run;
      return e.value;
    }
    this.misses++;
    const kept = key.copy();
    const value = make();
    this.byHash.set(hash, { extra: kept, value, run: this.run, next: this.byHash.get(hash) ?? null });
    return value;
  }

  /** Replaces what is kept for (`text`, `extra`): a kept result found stale by a check of its own. */
  set(text: string, value: V, extra: string | Key = ''): void {
    for (let e: Entry<V> | null = this.entries.get(text) ?? null; e !== null; e = e.next) {
      if (sameExtra(e.extra, extra)) {
        e.value = value;
        e.run = this.run;
        return;
      }
    }
    this.entries.set(ownCopy(text), { extra: keptExtra(extra), value, run: this.run, next: this.entries.get(text) ?? null });
  }

  /** Ends an analysis: what it used is kept for the next, the rest dropped. */
  sweep(): void {
    sweepMap(this.entries, this.run);
    sweepMap(this.byHash, this.run);
    this.run++;
  }

  /** Entries kept. */
  get size(): number {
    let n = 0;
    for (const map of [this.entries, this.byHash]) for (const head of map.values()) for (let e: Entry<V> | null = head; e !== null; e = e.next) n++;
    return n;
  }
}

/** Drops the entries of `map` that the analysis `run` did not use. */
function sweepMap<K, V>(map: Map<K, Entry<V>>, run: number): void {
  // forEach, not for-of: an entry array per key would be garbage at every analysis.
  map.forEach((head, key) => {
    let first: Entry<V> | null = null;
    let last: Entry<V> | null = null;
    for (let e: Entry<V> | null = head; e !== null; e = e.next) {
      if (e.run !== run) continue;
      if (last) last.next = e;
      else first = e;
      last = e;
    }
    if (last) last.next = null;
    if (first === null) map.delete(key);
    else if (first !== head) map.set(key, first);
  });
}

/** V8 copies a slice shorter than 13 characters; a longer one may share the memory of its source. */
const SHORT_SLICE = 12;

/**
 * A copy of a string that shares no memory with it, for anything kept from one analysis to the
 * next. A slice of a string may be kept by V8 as a view of the whole (every kept line would then
 * keep the whole text of its version alive); a string parsed anew is stored on its own, and a
 * short one is already a copy.
 */
export function ownCopy(s: string): string {
  return s.length <= SHORT_SLICE ? s : (JSON.parse(JSON.stringify(s)) as string);
}
