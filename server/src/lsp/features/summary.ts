// The counts (newsAnnotator/summary, for the status bar) and the overview (newsAnnotator/overview,
// for the "Article" tree view). The code lens shows the same label.
import { isDismissed } from '../../corrections';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import type { Snapshot } from '../documents';
import { excerpt, newsmakers, plural, sourceName } from '../lookup';
import { untaggedCandidates } from '../claims/claims-queue';
import {
  type DocumentParams,
  OVERVIEW_REQUEST,
  type Overview,
  type OverviewClaim,
  type OverviewSource,
  SERVER_STATS_REQUEST,
  type ServerStats,
  SUMMARY_REQUEST,
  type Summary,
  type SummaryCounts,
} from '../../shared/protocol';

export function countsOf(ctx: ServerContext, snap: Snapshot): SummaryCounts {
  const { analysis } = snap;
  const people = newsmakers(snap);
  const of = (t: string) => people.filter((e) => e.type === t).length;
  const tagged = ctx.hooks.taggedClaims(snap.uri);
  const words = analysis.segmentation.wordCount;
  return {
    people: of('PERSON'),
    organizations: of('ORGANIZATION'),
    places: of('LOCATION'),
    other: of('MISC'),
    figures: analysis.figures.length,
    quotes: analysis.attributions.length,
    // A quote the person gave an unnamed source, or whose warning they dismissed, is not counted.
    unattributedQuotes: analysis.attributions.filter(
      (a) => a.kind === 'direct' && !a.source && !a.sourceEntity && !isDismissed(analysis, 'unattributed-quote', a.content),
    ).length,
    checkWorthy: untaggedCandidates(ctx, snap).length,
    taggedClaims: tagged.length,
    boilerplate: analysis.boilerplate.length,
    words,
  };
}

/** "12 people · 9 organisations · 4 places · 27 figures · 11 quotes" */
export function labelOf(c: SummaryCounts): string {
  return [
    plural(c.people, 'person', 'people'),
    plural(c.organizations, 'organisation', 'organisations'),
    plural(c.places, 'place', 'places'),
    plural(c.figures, 'figure', 'figures'),
    plural(c.quotes, 'quote', 'quotes'),
  ].join(' · ');
}

export function summaryOf(ctx: ServerContext, snap: Snapshot): Summary {
  const counts = countsOf(ctx, snap);
  return {
    uri: snap.uri,
    version: snap.version,
    state: snap.state,
    message: snap.message,
    counts,
    label: snap.state === 'ok' ? labelOf(counts) : snap.state === 'too-large' ? 'Not analysed: article too large' : 'Analysis failed',
    analysisMs: Math.round(snap.elapsedMs * 10) / 10,
  };
}

export function overviewOf(ctx: ServerContext, snap: Snapshot): Overview {
  const { analysis, doc } = snap;
  const entities = newsmakers(snap)
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.length, range: toRange(doc, e.mentions[0]) }));
  const sources = new Map<string, OverviewSource>();
  for (const a of analysis.attributions) {
    const who = sourceName(snap, a);
    const key = who ?? '\u0000';
    let s = sources.get(key);
    if (!s) sources.set(key, (s = { source: who, quotes: [] }));
    s.quotes.push({ text: excerpt(a.content.text, 80), kind: a.kind, range: toRange(doc, a.content) });
  }
  const tagged = ctx.hooks.taggedClaims(snap.uri);
  const claims: OverviewClaim[] = tagged
    .filter((c) => c.anchor !== 'orphaned')
    .map((c) => ({ text: excerpt(analysis.text.slice(c.start, c.end), 80), status: c.status, range: toRange(doc, c) }));
  for (const c of untaggedCandidates(ctx, snap)) {
    claims.push({ text: excerpt(c.text, 80), status: 'check-worthy', range: toRange(doc, c) });
  }
  return { uri: snap.uri, version: snap.version, entities, sources: [...sources.values()], claims };
}

export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(SUMMARY_REQUEST, async (params: DocumentParams, token): Promise<Summary | null> => {
    const snap = await ctx.store.snapshot(params.uri, token);
    return snap ? summaryOf(ctx, snap) : null;
  });
  ctx.connection.onRequest(SERVER_STATS_REQUEST, (): ServerStats => {
    const m = process.memoryUsage();
    const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
    return { rssMb: mb(m.rss), heapUsedMb: mb(m.heapUsed), heapTotalMb: mb(m.heapTotal), externalMb: mb(m.external), openDocuments: ctx.store.all().length };
  });
  ctx.connection.onRequest(OVERVIEW_REQUEST, async (params: DocumentParams, token): Promise<Overview | null> => {
    const snap = await ctx.store.snapshot(params.uri, token);
    return snap ? overviewOf(ctx, snap) : null;
  });
}
