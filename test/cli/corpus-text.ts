// Our own text for the corpus tests: the invented sample articles, varied (names, numbers,
// curly quotes, dashes) so that documents differ and strings go beyond Latin-1.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLES = join(__dirname, '../../samples');
const NAMES = ['Rosa Kent', 'Tomas Varga', 'Ines Duarte', 'Kwame Mensah', 'Lena Ostrova', 'Hugo Brandt'];
const PLACES = ['Port Ellis', 'Carrow Island', 'Stonebridge', 'Marlow Bay', 'Eastholm'];

const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith('.article'))
  .sort()
  .map((f) => readFileSync(join(SAMPLES, f), 'utf8'));

/** Document `i`: a sample with a varied headline, a quote of its own and changed figures. */
export function article(i: number): string {
  const base = samples[i % samples.length].replace(/\d+/g, (d) => String((Number(d) + i) % 1000));
  const name = NAMES[i % NAMES.length];
  const place = PLACES[(i * 7) % PLACES.length];
  return (
    `${place} report no. ${i + 1} — update\n\n` +
    `${base.trim()}\n\n` +
    `“We will publish the figures on ${1 + (i % 28)} May,” ${name} told reporters in ${place} on Tuesday.\n`
  );
}

/** Documents 0, 1, … joined with blank lines until the text is at least `chars` long. */
export function longArticle(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const a = article(i);
    parts.push(a);
    length += a.length + 2;
  }
  return parts.join('\n\n');
}
