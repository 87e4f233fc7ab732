// The text every benchmark runs on: real news from ../shared/data (CoNLL-2003 and PolNeAR,
// train and dev splits), documents shuffled with a fixed seed. When ../shared is absent, our own
// sample articles (samples/*.article) stand in, and `source` says so: those figures flatter,
// because three short articles repeated keep every lookup in cache.
// Nothing here writes corpus text into the repository; temporary inputs go to the OS temp folder.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = 15;
/** `BENCH_DATA=DIR` measures on another copy of the data folder (or forces the fallback). */
export const DATA_DIR = process.env.BENCH_DATA || join(ROOT, '..', 'shared', 'data');

const SETS = {
  conllTrain: 'conll2003/train.jsonl',
  conllDev: 'conll2003/dev.jsonl',
  polnearTrain: 'polnear/train.jsonl',
  polnearDev: 'polnear/dev.jsonl',
};

/** mulberry32: a small deterministic generator, so every run shuffles the same way. */
export function random(seed = SEED) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled(items, seed = SEED) {
  const out = [...items];
  const next = random(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function countWords(t) {
  let n = 0;
  for (const _ of t.matchAll(/\S+/g)) n++;
  return n;
}

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const d = JSON.parse(l);
      return { id: String(d.id), text: String(d.text) };
    });
}

/**
 * `pool`: every document (train + dev of both sets) in one shuffled order, for articles and the
 * words/s table. `corpus`: CoNLL + PolNeAR train, shuffled, for the `--jsonl` corpus run.
 * `warm`: the dev splits, which the corpus run does not contain, to warm `compromise` on.
 */
export function loadText() {
  const present = Object.values(SETS).every((f) => existsSync(join(DATA_DIR, f)));
  if (present) {
    const s = Object.fromEntries(Object.entries(SETS).map(([k, f]) => [k, readJsonl(join(DATA_DIR, f)).map((d) => ({ ...d, id: `${k}:${d.id}` }))]));
    const pool = shuffled([...s.conllTrain, ...s.conllDev, ...s.polnearTrain, ...s.polnearDev]);
    return {
      real: true,
      source:
        `real news: CoNLL-2003 train+dev (${s.conllTrain.length + s.conllDev.length} Reuters articles, 1996) and ` +
        `PolNeAR train+dev (${s.polnearTrain.length + s.polnearDev.length} US political articles, 2015-16) from ${DATA_DIR}, shuffled with seed ${SEED}`,
      corpusSource: `CoNLL-2003 train + PolNeAR train (${s.conllTrain.length + s.polnearTrain.length} documents), shuffled with seed ${SEED}`,
      pool,
      corpus: shuffled([...s.conllTrain, ...s.polnearTrain]),
      warm: shuffled([...s.conllDev, ...s.polnearDev]),
    };
  }
  const dir = join(ROOT, 'samples');
  const docs = readdirSync(dir)
    .filter((f) => f.endsWith('.article'))
    .sort()
    .map((f) => ({ id: `samples:${f}`, text: readFileSync(join(dir, f), 'utf8') }));
  return {
    real: false,
    source:
      `FALLBACK, not real text: ${DATA_DIR} is absent, so our own ${docs.length} sample articles (samples/*.article, ` +
      `${countWords(docs.map((d) => d.text).join(' '))} words) are repeated; lookups stay in cache, so these figures flatter the engine`,
    corpusSource: `samples/*.article repeated (fallback)`,
    pool: docs,
    corpus: docs,
    warm: docs,
  };
}

/** The documents one after another, blank line between, repeated until at least `chars` long. */
export function joined(docs, chars) {
  const parts = [];
  let n = 0;
  let onePass = Infinity; // characters of the stream before the documents repeat
  for (let i = 0; n < chars; i++) {
    if (i === docs.length) onePass = n;
    const t = docs[i % docs.length].text.trim();
    parts.push(t);
    n += t.length + 2;
  }
  return { text: parts.join('\n\n'), onePass };
}

/** The end of the line at or before `at` (so a cut never splits a sentence line), else `at`. */
function cutAt(text, from, at) {
  if (at >= text.length) return text.length;
  const nl = text.lastIndexOf('\n', at);
  return nl > from ? nl : at;
}

/** How many distinct pieces of `chars` characters the documents hold without repeating. */
export function distinctPieces(docs, chars) {
  return Math.max(1, Math.floor(docs.reduce((n, d) => n + d.text.length + 2, 0) / chars) - 1);
}

/**
 * `count` consecutive pieces of about `chars` characters, cut at line ends, from the documents
 * joined into one stream (repeated if they are too few: `repeated` says so).
 */
export function pieces(docs, chars, count) {
  const { text, onePass } = joined(docs, chars * count + chars);
  const out = [];
  let pos = 0;
  while (out.length < count && pos < text.length) {
    const end = cutAt(text, pos, pos + chars);
    out.push(text.slice(pos, end).trim());
    pos = end + 1;
  }
  return { pieces: out, repeated: pos > onePass };
}

/** One article of about `words` words: the pool from its start, cut at a line end. */
export function articleOfWords(docs, words) {
  const { text, onePass } = joined(docs, words * 8);
  let n = 0;
  let end = text.length;
  for (const m of text.matchAll(/\S+/g)) {
    if (++n === words) {
      end = text.indexOf('\n', m.index + m[0].length);
      if (end < 0) end = text.length;
      break;
    }
  }
  return { text: text.slice(0, end), repeated: end > onePass };
}

/** A sentence of real text, 12–40 words on one line, for the one-sentence CLI call. */
export function oneSentence(docs) {
  for (const d of docs) {
    for (const line of d.text.split('\n')) {
      const w = countWords(line);
      if (w >= 12 && w <= 40 && /[.!?]["”’]?$/.test(line.trim())) return line.trim() + '\n';
    }
  }
  return docs[0].text.split('\n')[0] + '\n';
}

export const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(1);

export function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return null;
  }
}

/** Median and p95 (nearest rank) of a list of numbers. */
export function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2), n: s.length };
}
