// Finding the workspace names file of an article: the nearest `.vscode/news-annotator.names.json`
// in its folder or above (up to `root` when given). Light on purpose: the CLI runs it for every
// file before deciding whether to load anything more.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NAMES_FILE } from '../annotations/names';

export function findNamesFile(articlePath: string, root: string | null = null): string | null {
  let dir = path.dirname(path.resolve(articlePath));
  const top = root ? path.resolve(root) : null;
  for (;;) {
    const candidate = path.join(dir, NAMES_FILE);
    if (fs.existsSync(candidate)) return candidate;
    if (top && dir === top) return null;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
