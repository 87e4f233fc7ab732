// The engine's first analysis also decodes its model, which costs more than analysing a whole
// article once warm (about 0.2 s against 5–50 ms on a loaded 2-core machine). VS Code asks for
// an article's colours a while after the server answered `initialize` (0.7–1.2 s in the e2e
// runs), so the model is decoded in that pause, on a story of our own, and the first colours
// wait only for the article's own analysis (scripts/bench-first-tokens.mjs --gap 700, median of
// 9 cold starts: first tokens 519 → 88 ms with and without this, back to back on a loaded machine).
import { analyze } from '../../analysis';
import type { ServerContext } from '../context';

/** An invented short story touching every stage (furniture, names, figures, quotes, claims). */
const WARM_UP_TEXT = [
  'Council to rebuild Osk bridge by 2027, mayor says',
  '',
  '* Cost put at about $48 million',
  '',
  'OSK, May 2 (Wirewire) - The Osk city council will spend about $48 million to rebuild the old bridge, Mayor Ana Ruiz told reporters on Friday.',
  '',
  '"We cannot wait another winter," Ruiz said. Traffic fell 12% last year, according to the transport office.',
  '',
  'Reporting by Lena Marsh; Editing by Paul Ostrander',
].join('\n');
/** The first pass decodes the model; the next ones, while no article is open yet, warm the engine's code. */
const PASSES = 3;

export function register(ctx: ServerContext): void {
  const pass = (n: number) => {
    try {
      analyze(WARM_UP_TEXT);
    } catch (err) {
      // Nothing is lost: the first article's analysis loads the model (and reports failures) itself.
      ctx.connection.console.warn(`warm-up analysis failed: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    // Later passes only while no article is open: an article's own analysis comes first.
    if (n < PASSES) setImmediate(() => ctx.store.all().length === 0 && pass(n + 1));
  };
  ctx.onInitialized(() => setImmediate(() => pass(1)));
}
