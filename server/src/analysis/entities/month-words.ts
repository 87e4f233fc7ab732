// Months and their abbreviations as written in dates ("Dec.", "Sept", "March"): a date's, never a name's last word.
import { hashLower } from './hash';
import { WordSet } from './word-set';

export const MONTH_HASHES = new WordSet([
  'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun.', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.',
  'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
].map(hashLower));
