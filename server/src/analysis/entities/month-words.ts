// Months and their abbreviations as written in dates ("Dec.", "Sept", "March"): a date's, never a name's last word.
import { wordSet } from './word-set';

export const MONTH_HASHES = wordSet([
  'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun.', 'jul.', 'aug', 'aug.', 'sep', 'sep.', 'sept', 'sept.',
  'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
