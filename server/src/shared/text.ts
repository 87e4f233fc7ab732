// Small text helpers for labels, shared by the server, the CLI and the client.

/** A one-line excerpt of at most `max` characters, for labels and lists. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
