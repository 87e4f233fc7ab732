// What the incremental analyser (incremental.ts) keeps from one analysis of a text to the next:
// results of work that depends only on a piece of the text (a line, a sentence) and on context
// that is part of the key, so a piece the edit did not touch is not worked out again.
// Memory stays bounded by the current text: after each analysis, the entries it did not use
// are dropped (a piece the text no longer contains is not kept).

interface Entry<V> {
  value: V;
  /** The analysis that last used it. */
  run: number;
}

/** Results keyed by the exact input they were computed from. */
export class PieceMemo<V> {
  // One map whose entries carry the analysis that last used them: an analysis allocates only
  // for what it worked out anew (a map rebuilt per analysis would be old garbage each time).
  private readonly entries = new Map<string, Entry<V>>();
  private run = 0;
  hits = 0;
  misses = 0;

  /** The result for `key`, computed by `make` unless kept from this or the previous analysis. */
  get(key: string, make: () => V): V {
    const e = this.entries.get(key);
    if (e !== undefined) {
      this.hits++;
      e.run = this.run;
      return e.value;
    }
    this.misses++;
    const value = make();
    this.entries.set(key, { value, run: this.run });
    return value;
  }

  /** Replaces what is kept for `key` (a kept result found stale by a check of its own). */
  set(key: string, value: V): void {
    this.entries.set(key, { value, run: this.run });
  }

  /** Ends an analysis: what it used is kept for the next, the rest dropped. */
  sweep(): void {
    for (const [key, e] of this.entries) if (e.run !== this.run) this.entries.delete(key);
    this.run++;
  }

  get size(): number {
    return this.entries.size;
  }
}
