// What the incremental analyser (incremental.ts) keeps from one analysis of a text to the next:
// results of work that depends only on a piece of the text (a line, a sentence) and on context
// that is part of the key, so a piece the edit did not touch is not worked out again.
// Memory stays bounded by the current text: after each analysis, the entries it did not use
// are dropped (a piece the text no longer contains is not kept).

/** Results keyed by the exact input they were computed from. */
export class PieceMemo<V> {
  private kept = new Map<string, V>();
  private used = new Map<string, V>();
  hits = 0;
  misses = 0;

  /** The result for `key`, computed by `make` unless kept from this or the previous analysis. */
  get(key: string, make: () => V): V {
    let v = this.used.get(key);
    if (v !== undefined) {
      this.hits++;
      return v;
    }
    v = this.kept.get(key);
    if (v !== undefined) this.hits++;
    else {
      this.misses++;
      v = make();
    }
    this.used.set(key, v);
    return v;
  }

  /** Ends an analysis: what it used is kept for the next, the rest dropped. */
  sweep(): void {
    this.kept = this.used;
    this.used = new Map();
  }

  get size(): number {
    return this.kept.size + this.used.size;
  }
}
