// Name lists from ../shared/data/gazetteers for the entity tagger's list features (training
// time only; only phrase hashes ship): countries, titles, company suffixes, given and family
// names, all from grobid's lexicon (Apache-2.0; see docs/ner.md). The large Wikipedia and
// GeoNames lists were measured too (+0.0 to +0.1 dev F1 for 1-4 MB more model) and left out.
// Entries are cleaned ("Birtle (Manitoba riding)" → "Birtle") and kept when they look like a
// name of at most MAX_WORDS words.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPhrase, GAZ_CLASSES } from '../server/src/analysis/entities/gazetteer';
import { hashLower } from '../server/src/analysis/entities/hash';
import { tokenize } from '../server/src/analysis/segment/tokenize';

const MAX_WORDS = 3;
const LINKS = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'y', 'al', 'el', 'for', 'on', '&', "'s", '-', '.']);

/** Which list feeds which class. */
const SOURCES: Array<[string, (typeof GAZ_CLASSES)[number], 'title' | 'any']> = [
  ['countries/location.country', 'country', 'title'],
  ['organisations/orgClosings.txt', 'org-suffix', 'any'],
  ['names/VincentNgPeopleTitles.txt', 'title', 'any'],
  ['names/firstname.5k', 'first-name', 'any'],
  ['names/names.female', 'first-name', 'any'],
  ['names/names.male', 'first-name', 'any'],
  ['names/lastname.5k', 'last-name', 'any'],
  ['names/names.family', 'last-name', 'any'],
];

function clean(line: string): string {
  let s = line.replace(/^\uFEFF/, '').trim();
  const cut = s.search(/[(,;:/]/);
  if (cut >= 0) s = s.slice(0, cut).trim();
  return s;
}

/** Letters of the Latin script (with accents), digits and the punctuation names use. */
function latin(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x24f && c !== 0x2019) return false;
  }
  return true;
}

/** Short forms of country names that the lists lack, in our own list. */
const COUNTRY_SHORT = ['U.S.', 'US', 'USA', 'U.S.A.', 'United States', 'America', 'U.K.', 'UK', 'Britain', 'Great Britain',
  'UAE', 'Ireland', 'Holland', 'The Netherlands', 'South Korea', 'North Korea', 'Russia', 'Czech Republic', 'Congo',
  'Ivory Coast', 'Taiwan', 'Vatican', 'Palestine', 'Macedonia', 'North Macedonia', 'Burma', 'Myanmar', 'Kosovo'];

/** Adds the shared lists to `gaz`; returns phrases added per class. */
export function addSharedLists(gaz: Map<number, number>, dir = '/work/shared/data/gazetteers'): Record<string, number> {
  const added: Record<string, number> = {};
  if (!existsSync(dir)) return added;
  for (const [file, cls, style] of SOURCES) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const c = GAZ_CLASSES.indexOf(cls);
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      const s = clean(line);
      if (s.length < 2 || !latin(s)) continue;
      const toks = tokenize(s).map((t) => s.slice(t.start, t.end));
      if (toks.length === 0 || toks.length > MAX_WORDS) continue;
      // A title-style list entry must look like a name: capitalised words and linking words only.
      if (style === 'title') {
        const first = toks[0];
        if (first[0] === first[0].toLowerCase()) continue;
        if (!toks.every((t) => LINKS.has(t.toLowerCase()) || t[0] !== t[0].toLowerCase() || /^[0-9]/.test(t))) continue;
      }
      const hashes = toks.map(hashLower);
      addPhrase(gaz, hashes, 0, hashes.length, c);
      added[cls] = (added[cls] ?? 0) + 1;
    }
  }
  for (const name of COUNTRY_SHORT) {
    const hashes = tokenize(name).map((t) => hashLower(name.slice(t.start, t.end)));
    addPhrase(gaz, hashes, 0, hashes.length, GAZ_CLASSES.indexOf('country'));
  }
  return added;
}
