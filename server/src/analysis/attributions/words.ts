// Closed word classes the attribution rules lean on (lower-case forms).

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that open a noun phrase: the source phrase starts here. */
export const DETERMINERS = set(`
the a an his her its their our my your this these those that's some many several most
both all each every any no another such other few
`);

/** Cardinal numbers in words, from two ("two landlords", "Hundreds of tenants"). */
export const CARDINALS = set(`two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions`);

/** Subject pronouns (and relative "who") that can be a source on their own. */
export const SUBJECT_PRONOUNS = set(`he she they we i you it who one`);

/** Object pronouns and generic recipients after "told", "asked". */
export const OBJECT_PRONOUNS = set(`him her them us me you it reporters journalists`);

/** Words that cannot be inside a source phrase: clause links, prepositions, auxiliaries. */
export const PHRASE_STOPS = set(`
and or but nor so yet because while although though if when whereas as than then that which whom
whose where after before since until unless whether
in on at to by with from into onto about over under during through against among between without
within per via like including despite amid
is are was were be been being has have had do does did will would can could should may might must
shall not also just only even still now already never often always ever
there here what how why
`);

/** Forms of "be": a past participle after them is passive ("was told"). */
export const BE_FORMS = set(`is are was were be been being 's isn't isn’t wasn't wasn’t aren't aren’t weren't weren’t`);

/** Words that may stand between a source and its cue ("has also said", "on Tuesday said"). */
export const BETWEEN_SOURCE_AND_CUE = set(`
has have had will would could can may might must should did does do
also later earlier previously once again then still now already recently often always never not n't
first last finally further separately publicly privately repeatedly reportedly even long twice both
cannot can't won't didn't doesn't don't wouldn't couldn't hasn't haven't hadn't
can’t won’t didn’t doesn’t don’t wouldn’t couldn’t hasn’t haven’t hadn’t
`);

/** Time words that may follow a cue or sit between source and cue ("said Tuesday"). */
export const TIME_WORDS = set(`
monday tuesday wednesday thursday friday saturday sunday
yesterday today tonight morning afternoon evening night week weekend month year
earlier later recently
`);

/** Prepositions that open an adverbial between the cue and its content ("said in a statement that"). */
export const ADVERBIAL_PREPOSITIONS = set(`in on at during after before via through from over with to outside inside near`);

/** Sentence-initial adverbs and connectives: capitalised, but never part of a source. */
export const SENTENCE_ADVERBS = set(`
however meanwhile still also yet instead separately earlier later now today yesterday then
indeed moreover furthermore besides nevertheless nonetheless otherwise thus hence overall
`);

/** Title words that name a person by office ("the president"). */
export const TITLES = set(`
president minister premier chancellor governor senator mayor secretary spokesman spokeswoman
spokesperson chairman chairwoman chair director chief king queen prince leader ambassador
general commander judge prosecutor candidate representative congressman congresswoman speaker
treasurer adviser advisor aide official envoy pope sheikh emir
coach captain manager economist analyst professor critic negotiator diplomat lawyer attorney executive
founder chairperson researcher scientist historian pollster strategist commissioner councillor councilor
lawmaker legislator officer sheriff detective superintendent goaltender goalie winger defenceman defenseman
quarterback pitcher striker midfielder activist organizer organiser physician justice witness
mp mpp mla mep ceo
`);

export function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

/** True when the token starts with a letter or digit (not punctuation). */
export function isWord(tok: string): boolean {
  const c = tok.charCodeAt(0);
  if (c > 127) return /[\p{L}\p{N}]/u.test(tok[0]);
  return isWordChar(c);
}

export function isCapitalised(tok: string): boolean {
  const c = tok.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c <= 127) return false;
  const ch = tok[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** "’s" / "'s": the possessive token the tokenizer splits off. */
export function isPossessive(tok: string): boolean {
  return tok.length === 2 && (tok[0] === '’' || tok[0] === "'") && (tok[1] === 's' || tok[1] === 'S');
}

/** Words in "-ly" that are not adverbs. */
const NOT_LY_ADVERBS = set(`
early only family likely unlikely daily weekly monthly yearly quarterly elderly friendly holy july italy ally rally
supply assembly reply apply anomaly bully jolly belly
`);

/** A lower-case "-ly" adverb ("repeatedly", "publicly"); names such as "Kelly" are not. */
export function isLyAdverb(tok: string): boolean {
  if (tok.length <= 4 || !tok.endsWith('ly') || isCapitalised(tok)) return false;
  return !NOT_LY_ADVERBS.has(tok.toLowerCase());
}

/** Heads of source phrases that are documents: "a poll shows …", "the review found …", "the ruling states …". */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'review', 'data',
  'research', 'investigation', 'audit', 'memo', 'document', 'documents', 'records', 'video', 'footage', 'figures',
  'statistics', 'results', 'estimates', 'filing', 'filings', 'letter', 'email', 'emails', 'census', 'count',
  'ruling', 'decision', 'judgment', 'lawsuit', 'suit', 'complaint', 'affidavit', 'indictment', 'statement', 'policy',
  'law', 'agreement', 'contract', 'guidelines', 'transcript', 'notice', 'warrant', 'submission', 'summary',
  // Aggregates and graphics that "show" ("the polling average shows …", "a chart shows …").
  'average', 'averages', 'analyses', 'tally', 'tallies', 'polling', 'forecast', 'forecasts', 'projection', 'projections', 'chart', 'slide', 'graphic',
  // Pictures that "show" ("Photos showed mourners …").
  'photos', 'photographs', 'images',
]);

/** Whether a word heads a document ("the ruling", "the report"): its words are its own. */
export function isDocumentNoun(w: string): boolean {
  return DOCUMENT_NOUNS.has(w);
}

/** Finite auxiliaries and modals: a clause's verb. */
export const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does']);
/** Common irregular past tenses that can be a sentence's main verb ("… drew criticism"). */
const IRREGULAR_PAST = new Set([
  'drew', 'brought', 'made', 'came', 'went', 'led', 'left', 'took', 'gave', 'sent', 'won', 'lost', 'struck', 'fell', 'rose',
  'became', 'caught', 'met', 'cost', 'hurt', 'shook', 'stood', 'ran', 'saw', 'threw', 'spread', 'found', 'got', 'kept', 'began',
]);

/** A clause's finite verb at `k`: an auxiliary or modal, a common irregular past, or a past in -ed. */
export function isFiniteVerb(doc: { lower: string[]; toks: { text: string }[] }, k: number): boolean {
  const v = doc.lower[k];
  if (isCapitalised(doc.toks[k].text)) return false;
  return FINITE.has(v) || IRREGULAR_PAST.has(v) || (v.length > 4 && v.endsWith('ed'));
}
