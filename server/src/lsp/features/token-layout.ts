// Turns the analysis into non-overlapping, single-line semantic tokens. Spans nest (a quote
// contains names and figures; a source is a name): each character takes the innermost layer by
// priority, so the quote token is cut around the names inside it.
import type { Analysis, Entity } from '../../analysis';
import { type MergedPiece, piecesOf } from '../analysis-pieces';
import { LineIndex } from '../convert';
import type { Snapshot } from '../documents';
import type { TaggedClaim } from '../hooks';
import { articleIndex } from '../lookup';
import { modifierBits, TYPE_INDEX, type TokenType } from './token-legend';

interface Layer {
  start: number;
  end: number;
  type: number;
  mods: number;
  /** Higher wins where layers overlap. */
  prio: number;
}

/** Tokens packed five numbers each (line, character, length, type, modifiers), absolute positions. */
export type PackedTokens = Uint32Array;

const ENTITY_TYPE: Record<string, TokenType> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  LOCATION: 'location',
  MISC: 'misc',
};

const PRIO = { claim: 0, quote: 1, source: 2, cue: 3, figure: 4, entity: 5 };
const SOURCE_BIT = modifierBits('source');
const SOURCE_TYPE = TYPE_INDEX.attributionSource;
const ENTITY_TYPES = new Set([TYPE_INDEX.person, TYPE_INDEX.organization, TYPE_INDEX.location, TYPE_INDEX.misc]);
// Modifier bits computed once: this runs for every token of every version.
const BIT = {
  credit: modifierBits('credit'),
  approximate: modifierBits('approximate'),
  bound: modifierBits('bound'),
  unattributed: modifierBits('unattributed'),
  continuation: modifierBits('continuation'),
  direct: modifierBits('direct'),
  indirect: modifierBits('indirect'),
  mixed: modifierBits('mixed'),
  date: modifierBits('date'),
  palette: modifierBits('palette'),
};
/** Figure kinds coloured as dates: points in time (a duration is an amount). */
const DATE_KINDS = new Set(['DATE', 'TIME']);
const CLAIM_TYPE = TYPE_INDEX.claim;

/** The layers that come from the analysis alone. */
function analysisLayers(analysis: Analysis, entityById: ReadonlyMap<string, Entity>): Layer[] {
  const layers: Layer[] = [];
  for (const m of analysis.mentions) {
    const credit = entityById.get(m.entity)?.role === 'credit' ? BIT.credit : 0;
    layers.push({ start: m.start, end: m.end, type: TYPE_INDEX[ENTITY_TYPE[m.type] ?? 'misc'], mods: credit, prio: PRIO.entity });
  }
  for (const f of analysis.figures) {
    const mods = (f.approx ? BIT.approximate : 0) | (f.bound !== null ? BIT.bound : 0) | (DATE_KINDS.has(f.kind) ? BIT.date : 0);
    layers.push({ start: f.start, end: f.end, type: TYPE_INDEX.figure, mods, prio: PRIO.figure });
  }
  for (const a of analysis.attributions) {
    const mods = BIT[a.kind] | (!a.source && !a.sourceEntity ? BIT.unattributed : 0) | (a.continuation ? BIT.continuation : 0);
    layers.push({ start: a.content.start, end: a.content.end, type: TYPE_INDEX.quote, mods, prio: PRIO.quote });
    if (a.cue) layers.push({ start: a.cue.start, end: a.cue.end, type: TYPE_INDEX.attributionCue, mods: 0, prio: PRIO.cue });
    if (a.source) layers.push({ start: a.source.start, end: a.source.end, type: SOURCE_TYPE, mods: 0, prio: PRIO.source });
  }
  return layers;
}

function claimLayers(claims: readonly TaggedClaim[]): Layer[] {
  return claims
    .filter((c) => c.anchor !== 'orphaned' && c.end > c.start)
    .map((c) => ({
      start: c.start,
      end: c.end,
      type: TYPE_INDEX.claim,
      mods: modifierBits('tagged', c.status, c.anchor === 'drifted' && 'drifted'),
      prio: PRIO.claim,
    }));
}

/**
 * Non-overlapping pieces: each stretch of text goes to the highest-priority layer covering it.
 * One sweep over the layers in order of start: the next boundary is the next layer's start or
 * the nearest end among the few layers open (no sorted array of every boundary per keystroke).
 */
export function flatten(layers: Layer[]): Layer[] {
  const items = layers.filter((l) => l.end > l.start).sort((a, b) => a.start - b.start);
  const out: Layer[] = [];
  // Open layers, in the order of `items` (ties of priority go to the later one).
  let active: Layer[] = [];
  let next = 0;
  let from = items.length > 0 ? items[0].start : 0;
  while (next < items.length || active.length > 0) {
    if (active.length === 0 && items[next].start > from) from = items[next].start;
    while (next < items.length && items[next].start <= from) active.push(items[next++]);
    let to = next < items.length ? items[next].start : Infinity;
    for (const l of active) if (l.end < to) to = l.end;
    let win = active[0];
    let inSource = win.type === SOURCE_TYPE;
    for (let i = 1; i < active.length; i++) {
      const l = active[i];
      if (l.type === SOURCE_TYPE) inSource = true;
      if (l.prio > win.prio || (l.prio === win.prio && l.start >= win.start)) win = l;
    }
    // A name that is also the attribution's source keeps its type and gains the `source` modifier.
    const mods = inSource && ENTITY_TYPES.has(win.type) ? win.mods | SOURCE_BIT : win.mods;
    const last = out[out.length - 1];
    if (last && last.end === from && last.type === win.type && last.mods === mods) last.end = to;
    else out.push({ start: from, end: to, type: win.type, mods, prio: win.prio });
    from = to;
    // Layers that end here close (in place: the order of the rest is kept).
    let k = 0;
    for (let i = 0; i < active.length; i++) if (active[i].end > from) active[k++] = active[i];
    active.length = k;
  }
  return out;
}

/**
 * Packs the pieces by line. `palette` adds the modifier that News Annotator's colour rules
 * (package.json configurationDefaults) select on; claims never get it: a claim's status is shown
 * by the editor's decorations, not by recolouring its text.
 */
function place(lines: LineIndex, pieces: Layer[], palette: boolean): PackedTokens {
  const paletteBit = palette ? BIT.palette : 0;
  let out = new Uint32Array(Math.max(16, pieces.length * 5 + 5));
  let n = 0;
  // The pieces come in order: their lines are found walking on, not searched for each
  // (LineIndex.forEachLinePiece, inlined: semantic tokens may not cross lines in VS Code).
  let line = 0;
  for (const p of pieces) {
    line = lines.lineFrom(p.start, line);
    const mods = p.type === CLAIM_TYPE ? p.mods : p.mods | paletteBit;
    let l = line;
    let from = p.start;
    while (from < p.end) {
      const to = Math.min(p.end, lines.lineContentEnd(l));
      if (to > from) {
        if (n + 5 > out.length) {
          const grown = new Uint32Array(out.length * 2);
          grown.set(out);
          out = grown;
        }
        out[n++] = l;
        out[n++] = from - lines.lineStart(l);
        out[n++] = to - from;
        out[n++] = p.type;
        out[n++] = mods;
      }
      l++;
      if (l >= lines.lineCount) break;
      from = Math.max(from, lines.lineStart(l));
    }
  }
  return out.slice(0, n);
}

/** The tokens of one piece of a long article, lines and characters counted from the piece's start. */
const pieceTokens = [new WeakMap<Analysis, PackedTokens>(), new WeakMap<Analysis, PackedTokens>()];

function tokensOfPiece(text: string, piece: MergedPiece, palette: boolean): PackedTokens {
  const cache = pieceTokens[palette ? 1 : 0];
  let tokens = cache.get(piece.analysis);
  if (!tokens) {
    const entityById = new Map(piece.analysis.entities.map((e) => [e.id, e]));
    const lines = new LineIndex(text.slice(piece.offset, piece.end));
    tokens = place(lines, flatten(analysisLayers(piece.analysis, entityById)), palette);
    cache.set(piece.analysis, tokens);
  }
  return tokens;
}

/**
 * The tokens of an article merged from pieces: each piece's own (kept while the piece is the
 * same), moved to the piece's place. No span crosses a piece, so this equals the layout of the
 * merged analysis, once two equal tokens meeting mid-line at a cut are joined as flatten joins them.
 */
function joinPieces(snap: Snapshot, pieces: readonly MergedPiece[], palette: boolean): PackedTokens {
  const parts = pieces.map((p) => tokensOfPiece(snap.lines.text, p, palette));
  const out = new Uint32Array(parts.reduce((n, t) => n + t.length, 0));
  let n = 0;
  pieces.forEach((piece, k) => {
    const t = parts[k];
    const firstLine = snap.lines.lineOf(piece.offset);
    const column = piece.offset - snap.lines.lineStart(firstLine);
    for (let i = 0; i < t.length; i += 5) {
      const line = t[i] + firstLine;
      const character = t[i] === 0 ? t[i + 1] + column : t[i + 1];
      if (i === 0 && n > 0 && out[n - 5] === line && out[n - 4] + out[n - 3] === character && out[n - 2] === t[i + 3] && out[n - 1] === t[i + 4]) {
        out[n - 3] += t[i + 2];
        continue;
      }
      out[n++] = line;
      out[n++] = character;
      out[n++] = t[i + 2];
      out[n++] = t[i + 3];
      out[n++] = t[i + 4];
    }
  });
  return n === out.length ? out : out.slice(0, n);
}

/** All tokens of the document, in order; memoised per version while no claims are tagged. */
export function layoutTokens(snap: Snapshot, claims: readonly TaggedClaim[], palette = true): PackedTokens {
  const layers = () => analysisLayers(snap.analysis, articleIndex(snap).entityById);
  if (claims.length === 0) {
    const pieces = piecesOf(snap.analysis);
    return snap.memo(palette ? 'tokens' : 'tokens:theme', () => (pieces ? joinPieces(snap, pieces, palette) : place(snap.lines, flatten(layers()), palette)));
  }
  return place(snap.lines, flatten([...layers(), ...claimLayers(claims)]), palette);
}
