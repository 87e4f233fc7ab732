// Invented articles for the protocol tests (our own text, no publication's).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLE_PATH = join(__dirname, '..', 'fixtures', 'ws', 'articles', 'port-veyla.article');
export const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
export const SAMPLE_URI = 'file:///articles/port-veyla.article';

const PARAGRAPHS = [
  'The Veyla Harbour Authority said on Monday it would spend about $4.2 billion on new quays, Transport Minister Amara Okafor told parliament.',
  '"We cannot keep turning ships away," Okafor said. "Every week we lose trade to our neighbours."',
  'The port handled 3.1 million containers last year, up 12% from 2022, according to the authority. At least 40 vessels went to Castelmar instead.',
  'Tomas Rell, head of the Dockworkers\' Union of Veyla, said some 6,000 workers could be affected by the plan and that the union would seek talks.',
  'Officials at the World Bank said the lender had agreed to provide $600 million in loans over five years.',
];

/** A wire-style article of about `words` words (paragraphs repeated with numbered places). */
export function makeArticle(words: number): string {
  const out = ['Port plan draws fire from unions as costs rise', '', 'PORT VEYLA, March 4 (Meridian) - '];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    out.push(p, '');
    count += p.split(/\s+/).length;
  }
  out.push('Reporting by Lena Marsh; Editing by Paul Ostrander');
  return out.join('\n');
}
