// Finds the article files of the workspace folders (for workspace symbols): *.article, *.news
// and whatever `newsAnnotator.files` globs add. Bounded, so a huge folder cannot stall the server.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'out', 'build', 'coverage']);
const MAX_VISITED = 20_000;
export const MAX_ARTICLES = 1_000;

/** A glob (`**`, `*`, `?`, `{a,b}`) as an anchored RegExp over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      // "**/" matches any number of whole directories, including none.
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      re += '(?:';
      inBraces = true;
    } else if (c === '}' && inBraces) {
      re += ')';
      inBraces = false;
    } else if (c === ',' && inBraces) re += '|';
    else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function isArticlePath(relPath: string, globs: readonly RegExp[]): boolean {
  if (relPath.endsWith('.article') || relPath.endsWith('.news')) return true;
  return globs.some((g) => g.test(relPath));
}

/** Absolute paths of the article files under the roots. */
export async function findArticles(roots: readonly string[], patterns: readonly string[], isCancelled: () => boolean): Promise<string[]> {
  const globs = patterns.map(globToRegExp);
  const found: string[] = [];
  let visited = 0;
  for (const root of roots) {
    const queue = [root];
    while (queue.length > 0 && visited < MAX_VISITED && found.length < MAX_ARTICLES && !isCancelled()) {
      const dir = queue.shift() as string;
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const e of entries) {
        visited++;
        if (e.name.startsWith('.')) continue;
        const full = join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIP_DIRS.has(e.name)) queue.push(full);
        } else if (e.isFile() && isArticlePath(relative(root, full).split(sep).join('/'), globs)) {
          found.push(full);
          if (found.length >= MAX_ARTICLES) break;
        }
      }
    }
  }
  return found;
}
