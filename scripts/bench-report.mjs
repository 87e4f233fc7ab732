// How the benchmark prints: the five figures of issue 15 beside their bars, and the detail
// tables. Pure formatting of the results the bench-*.mjs scripts return.

const n = (x) => Math.round(x).toLocaleString('en');

/** The five figures users feel, each with its bar (issue 15). `null` where a part failed. */
export function fiveFigures({ lsp, startup, corpus, memory, quick }) {
  const fig = (id, what, value, unit, shown, bar, ok, note) => ({ id, what, value, unit, shown, bar, met: value === null ? null : ok(value), note: note ?? null });
  const t10 = lsp?.typing10k;
  const none = (x) => (x === undefined ? 'not run' : 'failed');
  return [
    fig(1, 'typing: one character → semantic tokens, 10k-word article, median', t10?.median ?? null, 'ms',
      t10 ? `${t10.median} ms (p95 ${t10.p95}, n ${t10.n})` : none(lsp), '≤ 16 ms', (v) => v <= 16),
    fig(2, 'the same on a 100k-word article, as a multiple of the 10k figure', lsp?.ratio100kTo10k ?? null, '×',
      lsp ? `${lsp.ratio100kTo10k}× (${lsp.typing100k.median} ms, p95 ${lsp.typing100k.p95})` : none(lsp), '≤ 3×', (v) => v <= 3),
    fig(3, 'one CLI call on a one-sentence file, as a multiple of `node -e 0`', startup?.ratio ?? null, '×',
      startup ? `${startup.ratio}× (${startup.cli.median} vs ${startup.node.median} ms, medians of ${startup.calls})` : none(startup), '≤ 2.5×', (v) => v <= 2.5),
    fig(4, `corpus: analyze --jsonl over ${corpus ? (corpus.textBytes / 1024 / 1024).toFixed(1) : '4'} MiB, start-up included, × compromise`, corpus?.ratio ?? null, '×',
      corpus ? `${corpus.ratio ?? "—"}× (${n(corpus.ours.wordsPerSec)} vs ${corpus.compromise ? n(corpus.compromise.wordsPerSec) : "no compromise"} words/s)` : none(corpus), '≥ 20×', (v) => v >= 20,
      quick ? 'quick: 0.5 MiB, not the 4 MiB of the bar' : null),
    fig(5, `memory: analyze FILE --format json, one ${memory ? (memory.articleBytes / 1e6).toFixed(0) : '10'} MB article, peak RSS`, memory?.peakRssMb ?? null, 'MB',
      memory ? `${memory.peakRssMb} MB (${(memory.ms / 1000).toFixed(1)} s)` : none(memory), '≤ 200 MB', (v) => v <= 200,
      quick ? 'quick: 1 MB, not the 10 MB of the bar' : null),
  ];
}

export function figuresTable(figures) {
  const lines = ['#  where a user feels it' + ' '.repeat(62) + 'measured' + ' '.repeat(40) + 'bar        met'];
  for (const f of figures) {
    const met = f.met === null ? '—' : f.met ? 'yes' : 'NO';
    lines.push(`${f.id}  ${f.what.padEnd(84)}${f.shown.padEnd(48)}${f.bar.padEnd(11)}${met}${f.note ? `  (${f.note})` : ''}`);
  }
  return lines.join('\n');
}

export function throughputTable(r) {
  const lines = ['size     words/piece pieces  runs  ms/run     words/s   compromise w/s   ratio   cost/word vs 100 KB'];
  for (const x of r.rows) {
    lines.push(
      `${x.size.padEnd(8)} ${String(x.wordsPerPiece).padStart(10)} ${String(x.pieces).padStart(6)} ${String(x.runs).padStart(5)} ${x.msPerRun.toFixed(1).padStart(7)}` +
        ` ${n(x.wordsPerSec).padStart(11)} ${(x.compromiseWordsPerSec ? n(x.compromiseWordsPerSec) : '—').padStart(16)}` +
        ` ${(x.ratio ? x.ratio.toFixed(1) + '×' : '—').padStart(7)} ${x.costPerWordVs100KB.toFixed(2).padStart(8)}${x.repeated ? '  (pool repeated)' : ''}`,
    );
  }
  lines.push(
    `words/s = total words / total time over ≥ ${r.windowMs} ms of distinct pieces (1 run at 10 MB; compromise 1 run at 1 MB), both warmed first.`,
    `~${r.article.words}-word article (${r.article.pieces} distinct ones): median ${r.article.median} ms, p95 ${r.article.p95} ms`,
  );
  return lines.join('\n');
}

export function lspTable(r) {
  const lines = ['words     chars      tokens median    p95   diagnostics median    p95   analyze() median  (keystrokes)   first keystrokes after open: median (n)'];
  for (const s of r.sizes) {
    lines.push(
      `${String(s.words).padEnd(9)} ${String(s.chars).padEnd(9)} ${String(s.tokens.median).padStart(14)} ${String(s.tokens.p95).padStart(6)}` +
        ` ${String(s.diagnostics.median).padStart(19)} ${String(s.diagnostics.p95).padStart(6)} ${String(s.engine?.median ?? '—').padStart(18)}  (${`${s.tokens.n}+${s.diagnostics.n})`.padEnd(14)} ${s.first ? `${s.first.median} (${s.first.n})` : '—'}`,
    );
  }
  lines.push(`100k / 10k (tokens, medians): ${r.ratio100kTo10k}×`);
  for (const s of r.sizes) if (s.afterPause !== null && s.afterPause !== undefined) lines.push(`${s.words} words, one keystroke after a ${s.pauseMs / 1000} s pause → tokens: ${s.afterPause} ms`);
  if (r.rssMbWith1MB !== undefined) {
    lines.push(
      `server RSS: ${r.rssMbIdle ?? '?'} MB idle; with a ${(r.bigArticleChars / 1e6).toFixed(2)} MB article open: ${r.rssMbAfterAnalysis ?? '?'} MB right after analysis, ` +
        `${r.rssMbWith1MB ?? '?'} MB 8 s later (heap used ${r.serverStatsWith1MB?.heapUsedMb ?? '?'} MB of ${r.serverStatsWith1MB?.heapTotalMb ?? '?'} MB)`,
    );
  }
  return lines.join('\n');
}

export function startupLine(r) {
  return (
    `${r.command}, ${r.sentenceWords}-word sentence: median ${r.cli.median} ms (p95 ${r.cli.p95}); ` +
    `node -e 0: median ${r.node.median} ms (p95 ${r.node.p95}); ${r.calls} calls each, alternating → ${r.ratio}×`
  );
}

export function corpusLine(r) {
  const c = r.compromise;
  return [
    `${r.source}: ${r.documents} documents, ${(r.textBytes / 1024 / 1024).toFixed(2)} MiB of text, ${n(r.words)} words${r.repeated ? ' (repeated)' : ''}`,
    `ours: ${r.command}: ${r.ours.ms.map((x) => `${n(x)} ms`).join(' and ')} → ${n(r.ours.wordsPerSec)} words/s (mean of both); ${(r.ours.outputBytes / 1024 / 1024).toFixed(1)} MiB of JSON out`,
    c ? `compromise: ${n(c.ms)} ms → ${n(c.wordsPerSec)} words/s (${r.compromiseHow})` : 'compromise: not installed',
    `ratio: ${r.ratio ?? '—'}×`,
  ].join('\n');
}

export function memoryLine(r) {
  return (
    `${r.command}, ${(r.articleBytes / 1024 / 1024).toFixed(1)} MiB (${n(r.words)} words; ${r.source}): peak RSS ${r.peakRssMb} MB, ` +
    `${(r.ms / 1000).toFixed(1)} s, ${(r.outputBytes / 1024 / 1024).toFixed(0)} MiB of JSON out; measured with ${r.measuredWith}`
  );
}
