// What the incremental analyser (incremental.ts) keeps from one analysis of a text to the next:
// results of work that depends only on a piece of the text (a line, a sentence) and on context
// that is part of the key, so a piece the edit did not touch is not worked out again.
// Memory stays bounded by the current text: after each analysis, the entries it did not use
// are dropped (a piece the text no longer contains is not kept).

interface Entry<V> {
  /** The rest of the key (context beside the text), compared in full. */
  extra: string;
  value: V;
  /** The analysis that last used it. */
  run: number;
  /** Another entry of the same text. */
  next: Entry<V> | null;
}

/**
 * Results keyed by the exact input they were computed from: a piece of the text (a slice of it,
 * hashed where it lies, never copied into a longer key) and `extra`, the context it read.
 */
export class PieceMemo<V> {
  // One map whose entries carry the analysis that last used them: an analysis allocates only
  // for what it worked out anew (a map rebuilt per analysis would be old garbage each time).
  private readonly entries = new Map<string, Entry<V>>();
  private run = 0;
  hits = 0;
  misses = 0;

  /**
   * The result for (`text`, `extra`), computed by `make` unless kept from this or the previous
   * analysis. `make` is given a copy of `text` of its own to read: what it keeps refers to that,
   * never to the whole text of the version `text` was cut from.
   */
  get(text: string, make: (own: string) => V, extra = ''): V {
    const head = this.entries.get(text);
    for (let e: Entry<V> | null = head ?? null; e !== null; e = e.next) {
      if (e.extra !== extra) continue;
      this.hits++;
      e.run = this.run;
      return e.value;
    }
    this.misses++;
    const own = ownCopy(text);
    const value = make(own);
    this.entries.set(own, { extra, value, run: this.run, next: head ?? null });
    return value;
  }

  /** Replaces what is kept for (`text`, `extra`): a kept result found stale by a check of its own. */
  set(text: string, value: V, extra = ''): void {
    for (let e: Entry<V> | null = this.entries.get(text) ?? null; e !== null; e = e.next) {
      if (e.extra === extra) {
        e.value = value;
        e.run = this.run;
        return;
      }
    }
    this.entries.set(ownCopy(text), { extra, value, run: this.run, next: this.entries.get(text) ?? null });
  }

  /** Ends an analysis: what it used is kept for the next, the rest dropped. */
  sweep(): void {
    for (const [text, head] of this.entries) {
      let first: Entry<V> | null = null;
      let last: Entry<V> | null = null;
      for (let e: Entry<V> | null = head; e !== null; e = e.next) {
        if (e.run !== this.run) continue;
        if (last) last.next = e;
        else first = e;
        last = e;
      }
      if (last) last.next = null;
      if (first === null) this.entries.delete(text);
      else if (first !== head) this.entries.set(text, first);
    }
    this.run++;
  }

  /** Entries kept. */
  get size(): number {
    let n = 0;
    for (const head of this.entries.values()) for (let e: Entry<V> | null = head; e !== null; e = e.next) n++;
    return n;
  }
}

/**
 * A copy of a string that shares no memory with it. A slice of a string may be kept by V8 as a
 * view of the whole (every kept line would then keep the whole text of its version alive); a
 * string parsed anew is stored on its own.
 */
function ownCopy(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
