// A folder named on the command line stands for the articles in it: `analyze corpus/` reads
// every article file below it, in path order, as if each had been named.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './read-article';

/** What an article file is called: plain text and the editor's own article languages. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.text', '.article', '.news', '.md'];

function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** The article files below `folder`, sorted; hidden entries and node_modules are left out. */
function articlesIn(folder: string, out: string[]): void {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(folder, e.name);
    if (e.isDirectory()) articlesIn(path, out);
    else if (e.isFile() && isArticleName(e.name)) out.push(path);
  }
}

/**
 * The paths with each folder replaced by its article files. A folder with none is an error that
 * says which endings were looked for; a path that does not exist is kept, for its own error later.
 */
export function expandFolders(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let folder = false;
    try {
      folder = statSync(p).isDirectory();
    } catch {
      // Reported as "no such file" when its turn comes.
    }
    if (!folder) {
      out.push(p);
      continue;
    }
    const before = out.length;
    articlesIn(p, out);
    if (out.length === before) throw new InputError(p, `is a folder with no article files (${ARTICLE_EXTENSIONS.join(', ')})`);
  }
  return out;
}
