// Document symbols (the Outline): names by type, quotes by source, claims.
import { type DocumentSymbol, SymbolKind, type ServerCapabilities } from 'vscode-languageserver';
import type { EntityType } from '../../analysis';
import type { ServerContext } from '../context';
import { untaggedCandidates } from '../claims/claims-queue';
import { toRange } from '../convert';
import type { Snapshot } from '../documents';
import { excerpt, sourceName } from '../lookup';

const GROUPS: Array<{ type: EntityType; name: string; kind: SymbolKind }> = [
  { type: 'PERSON', name: 'People', kind: SymbolKind.Variable },
  { type: 'ORGANIZATION', name: 'Organisations', kind: SymbolKind.Class },
  { type: 'LOCATION', name: 'Places', kind: SymbolKind.Module },
  { type: 'MISC', name: 'Other names', kind: SymbolKind.Key },
];

interface Item {
  start: number;
  end: number;
  symbol: Omit<DocumentSymbol, 'range' | 'selectionRange'>;
}

/**
 * The smallest start and the largest end, in one loop: spreading a long array into
 * Math.min/Math.max passes it as arguments and overflows the stack (a 10 MB article did).
 */
export function extent(starts: readonly number[], ends: readonly number[]): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const s of starts) if (s < start) start = s;
  for (const e of ends) if (e > end) end = e;
  return { start, end };
}

/** A source's quotes: its range covers them all (from the first to the last). */
function spanGroup(snap: Snapshot, name: string, kind: SymbolKind, items: Item[]): DocumentSymbol | null {
  if (items.length === 0) return null;
  const children = leaves(snap, items);
  const range = toRange(snap.doc, extent(items.map((i) => i.start), items.map((i) => i.end)));
  return { name, kind, detail: String(children.length), range, selectionRange: children[0].selectionRange, children };
}

/**
 * A top-level group takes its first child's range: the outline sorts the groups by where each
 * first appears, and the cursor is inside a group only at that first item (a whole-article range
 * put the cursor inside every group at once).
 */
function topGroup(name: string, kind: SymbolKind, children: DocumentSymbol[], count = children.length): DocumentSymbol | null {
  const first = children[0];
  if (!first) return null;
  return { name, kind, detail: String(count), range: first.range, selectionRange: first.selectionRange, children };
}

function leaves(snap: Snapshot, items: Item[]): DocumentSymbol[] {
  return items
    .sort((a, b) => a.start - b.start)
    .map((it) => {
      const range = toRange(snap.doc, it);
      return { ...it.symbol, range, selectionRange: range };
    });
}

export function documentSymbols(ctx: ServerContext, snap: Snapshot): DocumentSymbol[] {
  const { analysis } = snap;
  const out: Array<DocumentSymbol | null> = [];
  for (const g of GROUPS) {
    const items = analysis.entities
      .filter((e) => e.type === g.type && e.role !== 'credit' && e.mentions.length > 0)
      .map((e) => ({
        start: e.mentions[0].start,
        end: e.mentions[0].end,
        symbol: { name: e.name, kind: g.kind, detail: `${e.mentions.length}×` },
      }));
    out.push(topGroup(g.name, g.kind, leaves(snap, items)));
  }
  const credited = analysis.entities
    .filter((e) => e.role === 'credit' && e.mentions.length > 0)
    .map((e) => ({ start: e.mentions[0].start, end: e.mentions[0].end, symbol: { name: e.name, kind: SymbolKind.Field } }));
  out.push(topGroup('Credited staff', SymbolKind.Field, leaves(snap, credited)));

  // Quotes grouped by who said them, sources in order of first quote.
  const bySource = new Map<string, Item[]>();
  for (const a of analysis.attributions) {
    const who = sourceName(snap, a) ?? 'Unattributed';
    const item = { start: a.content.start, end: a.content.end, symbol: { name: excerpt(a.content.text), kind: SymbolKind.String, detail: a.kind } };
    const list = bySource.get(who);
    if (list) list.push(item);
    else bySource.set(who, [item]);
  }
  const sources = [...bySource].map(([who, items]) => spanGroup(snap, who, SymbolKind.Object, items)).filter((s): s is DocumentSymbol => !!s);
  // Counted in quotes, not in sources.
  out.push(topGroup('Quotes', SymbolKind.Namespace, sources, analysis.attributions.length));

  const claims: Item[] = [];
  const tagged = ctx.hooks.taggedClaims(snap.uri).filter((c) => c.anchor !== 'orphaned');
  for (const c of tagged) {
    claims.push({ start: c.start, end: c.end, symbol: { name: excerpt(snap.analysis.text.slice(c.start, c.end)), kind: SymbolKind.Event, detail: c.status } });
  }
  // The claims queue's own filter (claims/claims-queue.ts), so the outline lists what the hints flag.
  for (const c of untaggedCandidates(ctx, snap)) {
    claims.push({ start: c.start, end: c.end, symbol: { name: excerpt(c.text), kind: SymbolKind.Event, detail: 'check-worthy' } });
  }
  out.push(topGroup('Claims', SymbolKind.Event, leaves(snap, claims)));
  return out.filter((s): s is DocumentSymbol => s !== null);
}

/** What the server announces for this feature in `initialize`. */
export const documentSymbolCapability = { label: 'Article' } satisfies ServerCapabilities['documentSymbolProvider'];

export function register(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(async (params, token) => {
    const snap = await ctx.store.snapshot(params.textDocument.uri, token);
    return snap ? documentSymbols(ctx, snap) : null;
  });
}
