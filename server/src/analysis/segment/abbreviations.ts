// Words that are written with a trailing period and do not end a sentence.

/** Titles and other abbreviations that are virtually never sentence-final. */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'cpl', 'adm', 'cmdr',
  'gov', 'sen', 'rep', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'pres', 'hon', 'amb', 'supt',
  'insp', 'det', 'messrs', 'mme', 'mlle', 'no', 'nos', 'vs', 'v', 'approx', 'est', 'ca', 'cf',
  // Canadian police and council titles: "Const. Mireille Roy", "Cst.", "Coun.", "Cllr."; "Atty.", "Msgr.".
  'const', 'cst', 'coun', 'cllr', 'atty', 'msgr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'e.g', 'i.e', 'etc',
  // Canadian provinces as the Canadian Press writes them after a town ("Fort McMurray, Alta.").
  'alta', 'ont', 'sask', 'nfld',
]);

/** Abbreviations that may end a sentence ("… made in the U.S." / "… Acme Inc."). */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'bros', 'llc', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
  'd.c', 'u.a.e', 's.a', 'n.v', 'l.p', 'l.l.c',
]);

export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return NON_FINAL_ABBREVIATIONS.has(w) || AMBIGUOUS_ABBREVIATIONS.has(w) || /^(?:[a-z]\.)+[a-z]$/.test(w);
}
