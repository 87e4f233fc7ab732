// Finds the article files of the workspace folders (for workspace symbols): *.article, *.news
// and whatever `newsAnnotator.files` globs add. Bounded, so a huge folder or a hostile glob
// cannot stall the server: globs are matched by a state-set automaton (time linear in the path
// times the pattern, no backtracking), and the walk stops at fixed limits.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'out', 'build', 'coverage']);
const MAX_VISITED = 20_000;
/** Folders deeper than this below a workspace folder are not walked. */
export const MAX_DEPTH = 32;
export const MAX_ARTICLES = 1_000;
/** Longer patterns, or ones with more brace alternatives, are ignored (and so match nothing). */
export const MAX_GLOB_CHARS = 512;
export const MAX_GLOB_ALTERNATIVES = 64;
/** Automaton steps one walk may spend matching paths; the walk stops when they are spent. */
export const MAX_MATCH_STEPS = 50_000_000;

export interface GlobMatcher {
  /** True if the '/'-separated relative path matches. */
  test(path: string): boolean;
}

/** Work shared by every match of one walk, so the total stays bounded. */
export interface MatchBudget {
  steps: number;
}

// One automaton state. `on`: what a character must be to move to `to` ('/' excluded from
// `notSlash`); `loop`: what keeps it here; `eps`: states reached without reading.
interface State {
  lit?: string;
  on?: 'notSlash' | 'any' | 'slash';
  to?: number;
  loop?: 'notSlash' | 'any';
  eps: number[];
}

/** Expands `{a,b}` (not nested) into the plain patterns; null past the limit. */
function expandBraces(glob: string): string[] | null {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (open < 0 || close < 0) return [glob];
  const head = glob.slice(0, open);
  const tails = expandBraces(glob.slice(close + 1));
  if (!tails) return null;
  const out: string[] = [];
  for (const alt of glob.slice(open + 1, close).split(',')) {
    for (const tail of tails) {
      out.push(head + alt + tail);
      if (out.length > MAX_GLOB_ALTERNATIVES) return null;
    }
  }
  return out;
}

/** Adds one brace-free pattern to the automaton; returns its accepting state. */
function addPattern(states: State[], start: number, glob: string): number {
  let cur = start;
  const next = (s: Omit<State, 'eps'>): number => {
    states.push({ ...s, eps: [] });
    return states.length - 1;
  };
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      if (glob[i + 2] === '/') {
        // "**/": any number of whole folders, including none: ([^/]*/)*. `name` reads a folder
        // name up to its '/', after which another folder may start or the folders end.
        const name = next({ loop: 'notSlash', on: 'slash' });
        const done = next({});
        const after = next({});
        states[name].to = done;
        states[done].eps.push(name, after);
        states[cur].eps.push(name, after);
        cur = after;
        i += 2;
      } else {
        // "**" elsewhere: anything, '/' included.
        const any = next({ loop: 'any' });
        states[cur].eps.push(any);
        cur = any;
        i += 1;
      }
    } else if (c === '*') {
      const star = next({ loop: 'notSlash' });
      states[cur].eps.push(star);
      cur = star;
    } else {
      const to = next({});
      if (c === '?') states[cur].on = 'notSlash';
      else states[cur].lit = c;
      states[cur].to = to;
      cur = to;
    }
  }
  return cur;
}

const fits = (kind: 'notSlash' | 'any' | 'slash', ch: string): boolean => (kind === 'any' ? true : kind === 'slash' ? ch === '/' : ch !== '/');

/**
 * A glob (`**`, `*`, `?`, `{a,b}`) over '/'-separated relative paths, matched by simulating
 * the set of automaton states: each character costs at most one step per state, whatever the
 * pattern, so no input can make it backtrack. A pattern past the limits matches nothing.
 */
export function compileGlob(glob: string, budget: MatchBudget = { steps: Infinity }): GlobMatcher {
  const alternatives = glob.length <= MAX_GLOB_CHARS ? expandBraces(glob) : null;
  if (!alternatives) return { test: () => false };
  const states: State[] = [{ eps: [] }];
  const accepting = new Set<number>();
  for (const alt of alternatives) {
    const start = states.length;
    states.push({ eps: [] });
    states[0].eps.push(start);
    accepting.add(addPattern(states, start, alt));
  }
  const seen = new Int32Array(states.length).fill(-1);
  const close = (set: number[], generation: number, s: number) => {
    const stack = [s];
    while (stack.length > 0) {
      const k = stack.pop() as number;
      if (seen[k] === generation) continue;
      seen[k] = generation;
      set.push(k);
      for (const e of states[k].eps) if (seen[e] !== generation) stack.push(e);
    }
  };
  let generation = 0;
  return {
    test(path: string): boolean {
      let current: number[] = [];
      close(current, ++generation, 0);
      for (let i = 0; i < path.length; i++) {
        const ch = path[i];
        if (current.length === 0) return false;
        budget.steps -= current.length;
        if (budget.steps < 0) return false;
        const next: number[] = [];
        const gen = ++generation;
        for (const k of current) {
          const st = states[k];
          if (st.loop && fits(st.loop, ch)) close(next, gen, k);
          if (st.to !== undefined && (st.lit !== undefined ? st.lit === ch : st.on !== undefined && fits(st.on, ch))) close(next, gen, st.to);
        }
        current = next;
      }
      return current.some((k) => accepting.has(k));
    },
  };
}

/** Kept for callers of the old name: now a matcher that cannot backtrack, not a RegExp. */
export const globToRegExp = compileGlob;

export function isArticlePath(relPath: string, globs: readonly GlobMatcher[]): boolean {
  if (relPath.endsWith('.article') || relPath.endsWith('.news')) return true;
  return globs.some((g) => g.test(relPath));
}

/** Absolute paths of the article files under the roots. */
export async function findArticles(roots: readonly string[], patterns: readonly string[], isCancelled: () => boolean): Promise<string[]> {
  const budget: MatchBudget = { steps: MAX_MATCH_STEPS };
  const globs = patterns.map((p) => compileGlob(p, budget));
  const found: string[] = [];
  let visited = 0;
  for (const root of roots) {
    const queue: Array<{ dir: string; depth: number }> = [{ dir: root, depth: 0 }];
    // An index, not shift(): shifting a long queue is quadratic.
    for (let q = 0; q < queue.length && visited < MAX_VISITED && found.length < MAX_ARTICLES && budget.steps > 0 && !isCancelled(); q++) {
      const { dir, depth } = queue[q];
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        visited++;
        if (e.name.startsWith('.')) continue;
        const full = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name) && depth < MAX_DEPTH) queue.push({ dir: full, depth: depth + 1 });
        } else if (e.isFile() && isArticlePath(relative(root, full).split(sep).join('/'), globs)) {
          found.push(full);
          if (found.length >= MAX_ARTICLES) break;
        }
      }
    }
  }
  return found;
}
