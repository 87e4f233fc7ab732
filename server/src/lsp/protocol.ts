// The custom messages live in ../shared/protocol.ts, which the VS Code client may import; this
// name stays for the server's own features.
export * from '../shared/protocol';
