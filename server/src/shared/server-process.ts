// How the language server's process is started: the one home of its Node flags and environment,
// read by the client (client/src/client.ts) and by the benchmarks that start the server
// (scripts/server-process.mjs reads this file's two constants as JSON: keep them plain literals).

/**
 * A young generation of 24 MB semi-spaces (V8's default on 64-bit is 16): an analysis per
 * keystroke leaves ~7 MB of garbage on a 10k-word article, and with room for more of it between
 * scavenges less of it lives long enough to be copied and promoted (CPU per keystroke about
 * -15 %; 32 MB gave no more). The flag holds for the analysis worker too (a worker's
 * resourceLimits can raise a young generation, not lower it below the flag): with a book-length
 * article open, which the worker analyses, the server's heap is ~30 MB larger (docs/performance.md).
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=24'];

/**
 * Two malloc arenas: the analysis worker's freed memory goes back to the system instead of
 * staying in a thread arena (steady RSS with a 1 MB article open: 163 MB -> 139 MB).
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' };
