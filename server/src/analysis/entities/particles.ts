// Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven");
// any other lower-case word ends a name ("Stoltenberg in Kyiv"); a possessive stays ("Lloyd's").
import { wordSet } from './word-set';

const PARTICLES = [
  'of', 'and', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'van', 'von', 'der', 'den', 'da', 'di', 'do',
  'dos', 'del', 'della', 'y', 'e', 'al', 'el', 'bin', 'ibn', 'ben', 'on', 'upon', 'am', 'im', 'zu', 'ter',
  "'s", '’s',
];

export const PARTICLE_HASHES = wordSet(PARTICLES);
