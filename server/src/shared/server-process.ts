// How the language server's process is started: the one home of its Node flags and environment,
// read by the client (client/src/client.ts) and by the LSP benchmark (scripts/bench-lsp.mjs reads
// this file's two constants as JSON, so keep them plain literals).

/**
 * A young generation of 32 MB semi-spaces (V8's default on 64-bit is 16): an analysis per
 * keystroke leaves ~7 MB of garbage on a 10k-word article, and with room for two analyses
 * between scavenges less of it lives long enough to be copied and promoted (CPU per keystroke
 * -15 %, same resident memory; docs/performance.md). The analysis worker keeps the default
 * (off-thread.ts): the large articles it serves would grow it by tens of MB.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=32'];

/**
 * Two malloc arenas: the analysis worker's freed memory goes back to the system instead of
 * staying in a thread arena (steady RSS with a 1 MB article open: 163 MB -> 139 MB).
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' };
