// A module-level table made on first use: a CLI call on one sentence (issue 15, figure 3) asks
// few of the rules' tables, so building them all at load was start-up time for nothing.

/** The value `make` returns, made on the first call and kept. */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
