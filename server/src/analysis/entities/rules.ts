// Post-rules that bring the tagger's spans to the span conventions: no titles, no possessives,
// compounds split, the dateline's place and agency, credited staff from the credit line.
import type { EntityType, Segmentation } from '../types';
import { agencyNames } from '../segment/bylines';
import { photoCredit } from '../segment/captions';
import { splitPlaceAffiliations } from './affiliations';
import { companiesNamedLikePeople } from './companies';
import { coinedWords } from './coined';
import { compoundNamePart } from './compounds';
import { aloneInListsAt, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { LOCATION, MISC, ORGANIZATION, PERSON, TYPES } from './labels';
import { appositiveTypes } from './appositive-types';
import { listedKinds } from './such-as';
import { hashLower } from './hash';
import { honorificNames } from './honorifics';
import { joinAtInitials } from './initials';
import { placesAfterIn, placesAfterRegions } from './locatives';
import { placesAfterPlaceNouns } from './place-nouns-of';
import { isGroundEnd, isVenueHall, paperNames, streetNames, typesByLastWord, utilityNames } from './name-ends';
import { exchangeTickers } from './exchange-tickers';
import { unionLocals } from './union-locals';
import { positionCodes } from './position-codes';
import { hyphenatedGivenNames } from './hyphenated-given-names';
import { andSplits } from './and-splits';
import { nameRunEnd } from './name-words';
import { dropNeverNames } from './not-names';
import { dropAmountWords } from './amount-words';
import { saidBodies } from './said-bodies';
import { companyDeeds } from './company-deeds';
import { pluralPossessiveBodies } from './plural-possessive-bodies';
import { rawMention, type RawMention } from './raw-mention';
import { type TokenSpan, sortByFrom, mergeByFrom, tokenSpan } from './spans';
import { surnameRepeats } from './repeats';
import { nameRepeats } from './name-repeats';
import { definedAcronyms } from './acronyms';
import { organisationsFor } from './org-for';
import { workTitles } from './work-titles';
import { prizes } from './prizes';
import { signOffPlaces } from './sign-off-places';
import { roleWordTypes } from './role-words';
import { ORG_HEAD_HASHES, ORG_HEADS } from './org-words';
import { trailingTitles } from './trailing-titles';
import { partyMembers } from './party-members';
import { splitAtPossessiveOrgs } from './possessive-orgs';
import { deskPrefixNames } from './desk-prefixes';
import { agreementNames } from './agreements';
import { andBodies } from './and-bodies';
import { genitiveNames, keepsGenitive } from './genitive-names';
import { sharedFullStop } from './final-suffixes';
import { ofPlaces } from './of-places';
import { inPlaceBodies } from './in-place-bodies';
import { slashNames } from './slash-names';
import { andPairs } from './and-pairs';
import { JOB_TITLE_HASHES, MEMBER_TITLE_HASHES, TITLE_HASHES, TITLE_MODIFIER_HASHES, titledForms } from './titles';
import { sportsTeams } from './sports';
import { clubContexts } from './club-contexts';
import { placeClubs } from './place-clubs';
import { izafatNames } from './izafat-names';
import { stormsAndRoads } from './storms-and-roads';
import { tableGaps } from './table-gaps';
import { commaTitles } from './comma-titles';
import { addressTowns } from './addresses';
import { maidenNames } from './maiden-names';
import { adjacentBodies } from './adjacent-bodies';
import { titlesOf } from './titles-of';
import { possessivePlaces } from './possessive-places';
import { newsAgencies } from './news-agencies';
import { compassSeats, legislatures } from './legislatures';
import { freelanceCredits } from './freelance-credits';
import { givenNameJoins } from './given-name-joins';
import { competitions, footballClubs } from './football-clubs';
import { dropPostNominals } from './post-nominals';
import { nameParticles } from './name-particles';
import { bodyAcronyms } from './body-acronyms';
import { placeModifiers } from './place-modifiers';
import { orgShortForms } from './org-short-forms';
import { demonymUnions } from './demonym-unions';
import { orgFirstWords } from './org-first-words';
import { researchNotes } from './research-notes';
import { seedPrefixLength } from './seed-prefixes';
import { countryCodes } from './country-codes';
import { militaryUnits } from './military-units';
import { airBases } from './air-bases';
import { eventNames } from './event-names';
import { regionDemonyms } from './region-demonyms';
import { faithGroups } from './faith-groups';
import { modernCompanies } from './modern-companies';
import { surePlaces } from './sure-places';
import { bareParties } from './bare-parties';
import { regionNouns } from './region-nouns';
import { redCrossSocieties } from './red-cross';
import { musicNames } from './music-names';
import { analystFirms } from './analyst-firms';
import { saintNames } from './saint-names';
import { dropLoneTitles } from './lone-titles';
import { dropRoleModifiers } from './role-modifiers';
import { quotedNicknames } from './nicknames';
import { elidedParticles } from './elided-particles';
import { toponymEndings } from './toponym-endings';
import { aircraftTypes } from './aircraft-types';
import { vesselNames } from './vessel-names';
import { organisationsOf } from './org-of';
import { venueRuns } from './venue-runs';
import { motorRacing } from './motor-racing';
import { coinedEvents } from './coined-events';
import { mediaNames } from './media-names';
import { departmentPairs } from './department-pairs';
import { namedLikePeople } from './named-like-people';
import { placePrefixes } from './place-prefixes';
import { spokespersonFor } from './spokesperson-for';
import { titleTails } from './title-tails';
import { placeLists } from './place-lists';
import { andPortfolios } from './and-portfolios';
import { andTails } from './and-tails';
import { basedPlaces } from './based-places';
import { openingWords } from './opening-words';
import { agedPeople } from './ages';
import { sponsorVenues } from './sponsor-venues';
import { hyphenPapers } from './hyphen-papers';
import { surnameCues } from './surname-cues';
import { civicPlaces } from './civic-places';
import { givenNamePeople } from './given-name-people';
import { royalVenues } from './royal-venues';
import { lineUps } from './line-ups';
import { titledPeople } from './titled-people';
import { definedTerms } from './defined-terms';
import { countryAgencies } from './country-agencies';
import { bodiesOf } from './bodies-of';
import { streetDirections } from './street-directions';
import { acronymHeads } from './acronym-heads';
import { electoralPlaces } from './electoral-places';
import { compassRegions } from './compass-regions';
import { weatherPlaces } from './weather-places';
import { sportDeeds } from './sport-deeds';
import { innerCapitals } from './inner-capitals';
import { tennisPlayers } from './tennis-players';
import { titleSurnames } from './title-surnames';
import { advisers } from './advisers';
import { miscSubjects, plural } from './misc-subjects';
import { DIGIT, LOWER as LOWER_CASE, MIXED, PUNCT, TITLE } from './lexicon';
import { wordSet } from './word-set';
import { countryShorts } from './country-shorts';
import { shortParties } from './short-parties';
import { slavicSurnames } from './slavic-surnames';
import { irishBodies } from './irish-bodies';
import { ministerPortfolios } from './minister-for';
import { upNext } from './up-next';
import { acts } from './acts';
import { aflScores } from './afl-scores';
import { OCCUPATION_HASHES } from './occupations';
import { MONTH_HASHES } from './month-words';
import { lowerCaseBrands } from './lower-case-brands';
import { listedOrgSubjects } from './listed-org-subjects';
import { saidPeople } from './said-people';
import { itselfSubjects } from './itself-subjects';
import { nicknameRepeats } from './nickname-repeats';
import { orgPartsAlone } from './org-parts-alone';
import { pluralVerbNames } from './plural-verb-names';
import { andPlaces } from './and-places';
import { caseNames } from './case-names';
import { ownedProducts } from './owned-products';
import { speakingPlaces } from './speaking-places';
import { creditedNames } from './credited-names';
import { personOfSides } from './person-of-sides';
import { unlistedGivenNames } from './unlisted-given-names';
import { commaSuffixes } from './comma-suffixes';
import { placeTitles } from './place-titles';
import { agencyRepeats } from './agency-repeats';
import { countryCompanies } from './country-companies';
import { teamNames } from './team-names';
import { inUnknownPlaces } from './in-unknown-places';
import { regionPrefixes } from './region-prefixes';
import { accordingToSources } from './according-to-sources';
import { regnalNumbers } from './regnal-numbers';

export type { RawMention } from './raw-mention';

const SEEN_ORG_BIT = 1 << GAZ_CLASSES.indexOf('seen-organization');
const DEMONYM = GAZ_CLASSES.indexOf('demonym');
const LOCATION_LIST = GAZ_CLASSES.indexOf('location');

const RUN_PLACE_BITS = (1 << GAZ_CLASSES.indexOf('location')) | (1 << GAZ_CLASSES.indexOf('seen-location')) | (1 << GAZ_CLASSES.indexOf('country'));
const RUN_ORG_BITS = (1 << GAZ_CLASSES.indexOf('organization')) | (1 << GAZ_CLASSES.indexOf('seen-organization'));

/** Tokens [from, to) are a place in the lists, and no organisation. */
function listedPlaceOnly(ctx: DocContext, gazetteer: Gazetteer, from: number, to: number): boolean {
  const m = Math.max(0, gazetteer.get(phraseHash(ctx.lower, from, to), 0));
  return (m & RUN_PLACE_BITS) !== 0 && (m & RUN_ORG_BITS) === 0;
}

/** Lower-case words allowed inside a run of capitalised words that ends in an organisation word. */
const UNION = hashLower('union');
const RUN_PARTICLES = new Set(['of', 'for', 'de', 'du', 'la', 'the', '&']);
/** Small words that join a name's words but never end one. */
const TRAILING_PARTICLES = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'la', 'in', 'on', 'at', '&']);
/** "X of Y Hospital", "X at Y University": between a person and where they work. */
const AFFILIATION_PARTICLES = new Set(['of', 'at']);

/**
 * "California Avocado Commission", "Central Jakarta District Court": a run of capitalised
 * words ending in an organisation word is one organisation, whatever the tagger split it into.
 */
function mergeOrganisationRuns(ctx: DocContext, seg: Segmentation, spans: TokenSpan[], gazetteer?: Gazetteer): TokenSpan[] {
  const toks = seg.tokens;
  const merged: TokenSpan[] = [];
  const runs: Array<[number, number]> = [];
  // "Dr. Rosalind Achterberg of Massachusetts General Hospital": a run never reaches back across
  // "of" into a name the tagger read as a person's.
  const person = new Uint8Array(ctx.n);
  for (const s of spans) if (s.type === PERSON) person.fill(1, s.from, s.to);
  for (let i = 0; i < ctx.n; i++) {
    // A title-case organisation word, or a company suffix in capitals ("Airbus SE", "Nokia Oyj").
    const capitalised = ctx.cap[i] === 3 || (ctx.cap[i] === 5 && toks[i].text.length <= 4);
    if (!capitalised || ctx.allCaps[i] || ctx.titleCase[i]) continue;
    // "Union" ends a body's name after a plural's possessive ("Farmers' Union"), not "Soviet Union".
    if (!ORG_HEAD_HASHES.has(ctx.lower[i]) && !(ctx.lower[i] === UNION && i > 0 && isPluralPossessiveMark(seg, i - 1))) continue;
    let from = i;
    const first = ctx.sentFirst[i];
    while (from > first) {
      const k = from - 1;
      const capital = (ctx.cap[k] === 3 || ctx.cap[k] === 5) && !ctx.closed[k];
      if (capital && !(k === first && ctx.casing[k] >= 1 && ctx.casing[k] <= 3)) from = k;
      else if (RUN_PARTICLES.has(toks[k].text) && k > first && (ctx.cap[k - 1] === 3 || ctx.cap[k - 1] === 5) && !(person[k - 1] && toks[k].text !== '&')) from = k;
      // "St. Aldric Children's Hospital", "Veterans' Fund": a common noun's possessive inside a body's name.
      else if ((toks[k].text === "'s" || toks[k].text === '’s') && k > first && ctx.cap[k - 1] === 3 && ctx.casing[k - 1] >= 1 && ctx.casing[k - 1] <= 2) from = k;
      // "Dockworkers' Union", "Teachers’ Federation": a plural's possessive, the mark glued to it.
      // A plural usually capitalised ("Growers’", as in names) only when it starts the name: not
      // a company's own possessive, "Gold Fields' Kloof mine".
      else if (isPluralPossessiveMark(seg, k) && k > first && ctx.cap[k - 1] === 3 &&
        (ctx.casing[k - 1] <= 3 || (ctx.casing[k - 1] === 4 && (k - 1 === first || ctx.cap[k - 2] !== 3 || (k - 2 === first && ctx.casing[k - 2] >= 1 && ctx.casing[k - 2] <= 3))))) from = k;
      else break;
    }
    // Round 27: "Workers' Party MP …" opening a sentence: the plural before the mark is the name's first word
    // (the loop stops at a sentence's first word written in lower case elsewhere), not left out to make "' Party".
    if (from > first && isPluralPossessiveMark(seg, from)) from--;
    while (from < i && RUN_PARTICLES.has(toks[from].text.toLowerCase())) from++;
    if (i - from < 1) continue;
    // "West Bank", "Central Clinical Hospital": a run the lists hold as a place and never as an organisation is that place (round 12).
    if (gazetteer && listedPlaceOnly(ctx, gazetteer, from, i + 1)) continue;
    // "Jones Medical Industries Inc": a longer run swallows the one inside it.
    const last = runs[runs.length - 1];
    if (last && from < last[1]) runs[runs.length - 1] = [Math.min(from, last[0]), i + 1];
    else runs.push([from, i + 1]);
  }
  if (runs.length === 0) return spans;
  let r = 0;
  for (const s of spans) {
    while (r < runs.length && runs[r][1] <= s.from) {
      merged.push(tokenSpan(runs[r][0], runs[r][1], ORGANIZATION));
      r++;
    }
    if (r < runs.length && s.from < runs[r][1] && s.to > runs[r][0]) {
      // "Kwame Asante-Mensah of Korle Bu Teaching Hospital" read as one person: the person, then the run.
      const at = runs[r][0] - 1;
      if (s.type === PERSON && s.to === runs[r][1] && at > s.from + 1 && AFFILIATION_PARTICLES.has(toks[at].text) && person[at - 1] && isPersonName(ctx, seg, s.from, at)) {
        merged.push(tokenSpan(s.from, at, PERSON));
        continue;
      }
      // "Dockworkers' Union of Veyla" read as "Dockworkers" + "Union of Veyla": the run before a
      // possessive takes in the organisation that starts at its last word.
      if (s.type === ORGANIZATION && s.from === runs[r][1] - 1 && s.to > runs[r][1] && runs[r][1] - runs[r][0] >= 3 && isPluralPossessiveMark(seg, s.from - 1)) {
        merged.push(tokenSpan(runs[r][0], s.to, ORGANIZATION));
        runs.splice(r, 1);
        continue;
      }
      // A span that reaches past the run keeps its own reading.
      if (s.from < runs[r][0] || s.to > runs[r][1]) {
        runs.splice(r, 1);
        // Round 21: and every later run inside it ("U.S. Department of Health and Human Services": two
        // runs, one span), unless it follows "and" after a body's word ("Federal Trade Commission and
        // Justice Department" read as one: the second body is kept as well, as before).
        while (r < runs.length && runs[r][0] >= s.from && runs[r][1] <= s.to && !secondBody(ctx, runs[r][0])) runs.splice(r, 1);
        merged.push(s);
      }
      continue;
    }
    merged.push(s);
  }
  for (; r < runs.length; r++) merged.push(tokenSpan(runs[r][0], runs[r][1], ORGANIZATION));
  return sortByFrom(merged);
}

/** The run starting at token k follows "and" after an organisation's last word. */
function secondBody(ctx: DocContext, k: number): boolean {
  return k >= 2 && ctx.lower[k - 1] === AND_HASH && ORG_HEAD_HASHES.has(ctx.lower[k - 2]);
}
const AND_HASH = hashLower('and');

/** "'" or "’" glued to a word ending in "s" before it: "Dockworkers'". */
function isPluralPossessiveMark(seg: Segmentation, k: number): boolean {
  const t = seg.tokens[k].text;
  if ((t !== "'" && t !== '’') || k === 0) return false;
  const prev = seg.tokens[k - 1];
  return prev.end === seg.tokens[k].start && prev.text.endsWith('s');
}

/** True when token k is, on its own, in the given name list. */
function listed(ctx: DocContext, k: number, cls: number): boolean {
  return (aloneInListsAt(ctx, k) & (1 << cls)) !== 0;
}

/** A nationality adjective ("Kazakh", "Asian") that is not also a place name. */
function isDemonym(ctx: DocContext, k: number): boolean {
  return ctx.cap[k] === 3 && listed(ctx, k, DEMONYM) && !listed(ctx, k, LOCATION_LIST);
}

function isPossessive(t: string): boolean {
  return t === "'s" || t === '’s' || t === "'S" || t === '’S' || t === "'" || t === '’';
}

/** Usual-casing codes (casing.ts) up to "mixed": words mostly written in lower case. */
const USUALLY_LOWER = 3;

/**
 * In a Title Case headline every word is capitalised, and the tagger (trained on text
 * without such lines) takes ordinary words for names: keep only the runs of words that
 * are not usually written in lower case ("Saudi Arabia Cuts Output" → "Saudi Arabia").
 */
function titleCaseRuns(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    if (!ctx.titleCase[s.from]) {
      out.push(s);
      continue;
    }
    let from = -1;
    for (let k = s.from; k <= s.to; k++) {
      const plain = k === s.to || (ctx.casing[k] > 0 && ctx.casing[k] <= USUALLY_LOWER);
      if (plain && from >= 0) {
        out.push(tokenSpan(from, k, s.type));
        from = -1;
      } else if (!plain && from < 0) {
        from = k;
      }
    }
  }
  return out;
}

/** Capitalised words (not organisation words) from `from` to `to`, initials and particles allowed: a person's name. */
function isPersonName(ctx: DocContext, seg: Segmentation, from: number, to: number): boolean {
  if (nameRunEnd(seg, ctx, from, 4) !== to) return false;
  let words = 0;
  for (let j = from; j < to; j++) {
    if (ORG_HEAD_HASHES.has(ctx.lower[j]) || JOB_TITLE_HASHES.has(ctx.lower[j])) return false;
    if (ctx.cap[j] === 3) words++;
  }
  return words >= 2;
}

/**
 * "Federal Reserve Governor Lawrence Lindsey" read as one organisation: the organisation,
 * then (after the title) a person's name: two to four capitalised words, with initials and
 * particles ("Fed Chair Janet L. Yellen", "Commission President Ursula von der Leyen").
 */
function splitAtTitles(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  const out: TokenSpan[] = [];
  /** Tokens before this belong to a person already split off. */
  let taken = 0;
  for (const s of spans) {
    if (s.to <= taken) continue;
    if (s.from < taken) {
      out.push({ ...s, from: taken });
      continue;
    }
    let cut = -1, personEnd = -1;
    if (s.type !== PERSON && s.to - s.from >= 2) {
      for (let k = s.from; k < s.to; k++) {
        if (!JOB_TITLE_HASHES.has(ctx.lower[k])) continue;
        // The name may run on past the span ("Commission President" + "Helga von der Brandt").
        const end = k + 1 < ctx.sentEnd[k] ? nameRunEnd(seg, ctx, k + 1, 4) : k + 1;
        if (end >= s.to && end > k + 1 && isPersonName(ctx, seg, k + 1, end)) {
          cut = k;
          personEnd = end;
        }
      }
    }
    if (cut < 0) {
      out.push(s);
      continue;
    }
    // "Tesla Chief Executive Elon Musk", "Chief Financial Officer": the title may have several words.
    let left = cut;
    while (left > s.from && (JOB_TITLE_HASHES.has(ctx.lower[left - 1]) || TITLE_MODIFIER_HASHES.has(ctx.lower[left - 1]))) left--;
    // "Kelowna Mayor Tomas Reinholt", "Ontario Premier …": what a mayor or a premier heads is a place.
    // ("Chinese Premier …" keeps its nationality; a governor may head a bank: "Federal Reserve Governor".)
    const place = PLACE_TITLES.has(ctx.lower[cut]) && left - s.from <= 2 && !ORG_HEAD_HASHES.has(ctx.lower[left - 1]) && !isDemonym(ctx, left - 1);
    if (left > s.from) out.push(tokenSpan(s.from, left, place ? LOCATION : s.type));
    out.push(tokenSpan(cut + 1, personEnd, PERSON));
    taken = personEnd;
  }
  return out;
}

const OF_FOR = new Set([hashLower('of'), hashLower('for')]);
/** Titles of those who head a place: the words before them name the place. */
const PLACE_TITLES = wordSet(['mayor', 'premier', 'mayor-elect', 'sheriff', 'reeve']);
const GIVEN_NAME = GAZ_CLASSES.indexOf('first-name');

/**
 * "Deputy Assistant Secretary for Consular Affairs Ruth Bellamy": the tagger reads the portfolio
 * and the name as one organisation when the title stands before "of"/"for". The person is the
 * name at the end, two to four name words from a known given name; the portfolio stays as it was read.
 */
function splitPortfolios(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, i) => {
    const k = portfolioName(ctx, seg, s);
    if (k < 0) {
      out?.push(s);
      return;
    }
    out ??= spans.slice(0, i);
    out.push(tokenSpan(s.from, k, s.type), tokenSpan(k, s.to, PERSON));
  });
  return out ?? spans;
}

/**
 * "Ohio Auditor of State Pamela Oyelowo-Grant" read as one name: a place or organisation, a title,
 * "of"/"for", a portfolio of one or two capitalised words, and a person's name from a known given
 * name to the end are the place (or organisation) and the person.
 */
function splitInnerPortfolios(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, i) => {
    let cut = -1, name = -1;
    if (s.type !== PERSON && !s.sure && s.to - s.from >= 6) {
      for (let j = s.from + 1; j + 4 < s.to && cut < 0; j++) {
        if (ctx.cap[j + 1] !== LOWER_CASE || !OF_FOR.has(ctx.lower[j + 1]) || !JOB_TITLE_HASHES.has(ctx.lower[j])) continue;
        for (let k = j + 3; k <= j + 4 && k + 1 < s.to; k++) if (listed(ctx, k, GIVEN_NAME) && isPersonName(ctx, seg, k, s.to)) { cut = j; name = k; break; }
      }
    }
    if (cut < 0) { out?.push(s); return; }
    out ??= spans.slice(0, i);
    out.push(tokenSpan(s.from, cut, s.type), tokenSpan(name, s.to, PERSON));
  });
  return out ?? spans;
}

/** Where the person's name starts inside a span after a title and "of"/"for", or -1. */
function portfolioName(ctx: DocContext, seg: Segmentation, s: TokenSpan): number {
  const b = s.from - 1;
  if (s.type === PERSON || s.sure || s.to - s.from < 3 || b - 1 < ctx.sentFirst[s.from] || !OF_FOR.has(ctx.lower[b])) return -1;
  const t = ctx.lower[b - 1];
  if (ctx.cap[b - 1] !== 3 || !(JOB_TITLE_HASHES.has(t) || TITLE_HASHES.has(t))) return -1;
  for (let k = s.from + 1; k + 1 < s.to; k++) if (listed(ctx, k, GIVEN_NAME) && isPersonName(ctx, seg, k, s.to)) return k;
  // Round 27: "Minister for National Development Lim Kok Seng": a portfolio of words news writes in lower
  // case, then a name of words it never does (a family name first, no given name a list holds).
  let k = s.from;
  while (k < s.to && ctx.casing[k] >= 1 && ctx.casing[k] <= 3) k++;
  if (k === s.from || s.to - k < 2) return -1;
  for (let j = k; j < s.to; j++) if (ctx.cap[j] !== 3 || (ctx.casing[j] >= 1 && ctx.casing[j] <= 3)) return -1;
  return isPersonName(ctx, seg, k, s.to) ? k : -1;
}

/**
 * "Marlow & Finch", "Procter & Gamble": capitalised names on both sides of "&" are one
 * organisation, however the tagger cut or typed them (a firm of partners, not two people).
 */
/** Words after "&" that end a business's name, never a second person's ("… & Power", "… & Sons"). */
const AMPERSAND_ENDS = wordSet(['power', 'light', 'gas', 'energy', 'sons', 'daughters', 'co', 'co.', 'company', 'partners', 'associates', 'logistics', 'steel', 'mining', 'industries']);

function joinAmpersands(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  const word = (j: number) => (ctx.cap[j] === 3 || ctx.cap[j] === 5) && !ctx.titleCase[j];
  // Token ranges around each "&" between two capitalised words, chained ("A & B & C") when they meet.
  const groups: Array<{ from: number; to: number; keep: boolean }> = [];
  for (let k = 1; k + 1 < ctx.n; k++) {
    if (toks[k].text !== '&' || k === ctx.sentFirst[k] || ctx.sentFirst[k] !== ctx.sentFirst[k + 1] || !word(k - 1) || !word(k + 1)) continue;
    if (TITLE_HASHES.has(ctx.lower[k + 1])) continue;
    const last = groups[groups.length - 1];
    if (last && last.to >= k - 1) last.to = k + 2;
    else groups.push({ from: k - 1, to: k + 2, keep: false });
  }
  if (groups.length === 0) return spans;
  // Each group takes in the spans it touches; an organisation the tagger already read across the
  // "&" ("Edward D. Jones & Co.") is kept as it is.
  let i = 0;
  for (const g of groups) {
    const core = { from: g.from, to: g.to };
    while (i < spans.length && spans[i].to <= g.from) i++;
    for (let j = i; j < spans.length && spans[j].from < g.to; j++) {
      const s = spans[j];
      if (s.type === ORGANIZATION && s.from <= core.from && s.to >= core.to) g.keep = true;
      // Two people ("Rudy Giuliani & Sen. Jeff Sessions"): a full name on either side.
      // Not when the last word is a business's ("Rathore Steel & Power", "Marsh & Sons").
      if (s.type === PERSON && s.to - s.from >= 2 && (s.to <= core.from + 1 || s.from >= core.to - 1) && !AMPERSAND_ENDS.has(ctx.lower[g.to - 1])) g.keep = true;
      g.from = Math.min(g.from, s.from);
      g.to = Math.max(g.to, s.to);
    }
  }
  const merged = groups.filter((g) => !g.keep);
  if (merged.length === 0) return spans;
  const out: TokenSpan[] = [];
  let g = 0;
  for (const s of spans) {
    while (g < merged.length && merged[g].to <= s.from) g++;
    if (g < merged.length && s.from < merged[g].to && s.to > merged[g].from) continue;
    out.push(s);
  }
  return mergeByFrom(out, merged.map((m) => (tokenSpan(m.from, m.to, ORGANIZATION))));
}

/** Portfolios written between a nationality and a title ("South Korean Trade Minister"). */
const PORTFOLIOS = wordSet([
  'trade', 'economy', 'economic', 'energy', 'health', 'education', 'transport', 'environment', 'agriculture',
  'labour', 'labor', 'justice', 'interior', 'defence', 'defense', 'finance', 'foreign', 'culture', 'tourism',
  'industry', 'commerce', 'housing', 'immigration', 'fisheries', 'oil', 'mines', 'security', 'treasury', 'affairs',
]);
const AFFAIRS = hashLower('affairs');

/** Levels of government and rank written before a portfolio ("Federal Energy Minister", "Union Home Minister"). */
const GOVERNMENT_LEVELS = wordSet(['federal', 'union', 'provincial', 'state', 'national', 'deputy', 'junior', 'shadow', 'acting', 'home']);

/** True when tokens [from, to) are a portfolio with levels before it only ("Federal Energy", "Union Home"). */
function portfolioOnly(ctx: DocContext, from: number, to: number): boolean {
  if (!PORTFOLIOS.has(ctx.lower[to - 1]) && ctx.lower[to - 1] !== HOME) return false;
  for (let k = from; k < to - 1; k++) if (!GOVERNMENT_LEVELS.has(ctx.lower[k]) && !PORTFOLIOS.has(ctx.lower[k])) return false;
  return true;
}
const HOME = hashLower('home');

/** "South Korean Trade" + "Minister": a nationality or place ending in a portfolio right before a title ends before it ("Homeland Security Secretary" keeps its department).
 *  A portfolio read as an organisation with no name in it ("Federal Energy" + "Minister", "Union Home" + "Minister") is part of the title, no name. */
function portfoliosBeforeTitles(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  let drop = false;
  for (const s of spans) {
    if (s.type === ORGANIZATION && !s.sure && s.to - s.from >= 2 && s.to < ctx.sentEnd[s.from] && ctx.cap[s.to] === 3 && ctx.cap[s.from] === 3 &&
      JOB_TITLE_HASHES.has(ctx.lower[s.to]) && portfolioOnly(ctx, s.from, s.to)) {
      s.to = s.from;
      drop = true;
      continue;
    }
    const last = s.to - 1;
    if ((s.type !== MISC && s.type !== LOCATION) || s.to - s.from < 2 || s.to >= ctx.sentEnd[last] || !PORTFOLIOS.has(ctx.lower[last])) continue;
    if (ctx.cap[s.to] !== 3 || !JOB_TITLE_HASHES.has(ctx.lower[s.to])) continue;
    // Round 16: "French European Affairs" + "Minister": "Affairs" takes the word before it ("Foreign
    // Affairs", "European Affairs"), leaving the nationality.
    s.to = ctx.lower[last] === AFFAIRS && last - s.from >= 2 && isDemonym(ctx, s.from) ? s.from + 1 : last;
  }
  return drop ? spans.filter((s) => s.to > s.from) : spans;
}

const SEEN_LOC_BIT = 1 << GAZ_CLASSES.indexOf('seen-location');
const LOC_LIST_BIT = 1 << GAZ_CLASSES.indexOf('location');

/** "Russia's Defense Ministry" read as one name: the place, then what belongs to it. */
function splitAtPossessivePlaces(ctx: DocContext, seg: Segmentation, gazetteer: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let cut = -1;
    for (let k = s.from + 1; k < s.to - 1; k++) {
      if (!isPossessive(seg.tokens[k].text)) continue;
      const place = Math.max(0, gazetteer.get(phraseHash(ctx.lower, s.from, k), 0));
      if (place & (SEEN_LOC_BIT | LOC_LIST_BIT)) cut = k;
      break;
    }
    if (cut < 0) {
      out.push(s);
      continue;
    }
    out.push(tokenSpan(s.from, cut, LOCATION));
    const orgHead = ORG_HEADS.has(seg.tokens[s.to - 1].text.toLowerCase());
    out.push(tokenSpan(cut + 1, s.to, orgHead ? ORGANIZATION : s.type));
  }
  return out;
}

const REGION_WORDS = new Set([
  'central', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast',
  'northwest', 'southeast', 'southwest', 'latin', 'sub-saharan',
]);

/** "Central Asian": a nationality adjective takes a region word before it. */
function widenRegions(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const toks = seg.tokens;
  if (!spans.some((s) => s.type === MISC && s.to - s.from === 1 && s.from > 0 && ctx.cap[s.from - 1] === 3)) return spans;
  const taken = new Uint8Array(ctx.n);
  for (const s of spans) taken.fill(1, s.from, s.to);
  return spans.map((s) => {
    const before = s.from - 1;
    const widen = s.type === MISC && s.to - s.from === 1 && before >= ctx.sentFirst[s.from] && !taken[before] &&
      ctx.cap[before] === 3 && REGION_WORDS.has(toks[before].text.toLowerCase()) && isDemonym(ctx, s.from);
    return widen ? tokenSpan(before, s.to, s.type) : s;
  });
}

/** "Labour MP", "SNP MSPs": a member's title in capitals after a party or place is not part of its name. */
function dropMemberTitles(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  spans.forEach((s, i) => {
    let k = s.from;
    while (k < s.to && !(MEMBER_TITLE_HASHES.has(ctx.lower[k]) && !ctx.allCaps[k] && isCapitals2(seg.tokens[k].text))) k++;
    // Round 24: "MSP Calum Morrison" read as one organisation: the title first, then the member
    // (only a person's name after it: "MP Materials" is a company).
    if (k >= s.to || (k === s.from && !(s.to - k >= 3 && isPersonName(ctx, seg, k + 1, s.to)))) {
      out?.push(s);
      return;
    }
    out ??= spans.slice(0, i);
    if (k > s.from) out.push(tokenSpan(s.from, k, s.type));
    // "the Green MP for Hexley, Rufus Ambrose" read as one name: the seat is a place, then the member.
    let j = k + 1;
    if (j + 1 < s.to && ctx.lower[j] === FOR_HASH) {
      let e = j + 1;
      while (e < s.to && ctx.cap[e] === 3) e++;
      if (e > j + 1) out.push(tokenSpan(j + 1, e, LOCATION));
      j = e;
      while (j < s.to && ctx.cap[j] === 0) j++;
    }
    if (j < s.to && isPersonName(ctx, seg, j, s.to)) out.push(tokenSpan(j, s.to, PERSON));
  });
  return out ?? spans;
}

const FOR_HASH = hashLower('for');

/** "MP", "MPs", "MSP": two capitals first ("Ms" is an honorific). */
function isCapitals2(t: string): boolean {
  return t.length >= 2 && t.charCodeAt(0) >= 65 && t.charCodeAt(0) <= 90 && t.charCodeAt(1) >= 65 && t.charCodeAt(1) <= 90;
}

/** Last words of a national body's name ("Red Cross", "Armed Forces", "Medical Association"; not "League": "European Champions' League" is MISC). */
const BODIES = wordSet([
  'forces', 'cross', 'army', 'navy', 'guard', 'crescent', 'marines', 'association', 'federation', 'council', 'party',
  'bank', 'agency', 'ministry', 'police', 'service', 'institute', 'society', 'foundation', 'commission', 'authority',
  // Round 18: "Australian Competition Tribunal", "Australian Industry Group".
  'tribunal', 'court', 'board', 'group',
]);

/** A government's own words, which a nationality before them names ("Scottish Government", "European Parliament"). */
const GOVERNMENTS = wordSet(['government', 'parliament', 'executive', 'assembly']);

const CENTRES = wordSet(['centre', 'center']);
/** "French National Centre for Scientific Research": a body's word inside the name, before "for" or "of". */
function bodyBeforeOf(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from + 1; k + 2 < to; k++) if ((ORG_HEAD_HASHES.has(ctx.lower[k]) || CENTRES.has(ctx.lower[k])) && OF_FOR.has(ctx.lower[k + 1])) return true;
  return false;
}

/** "County Court of Victoria", "University of Texas": an organisation word, then "of" and a place. */
function bodyOfPlace(ctx: DocContext, seg: Segmentation, from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) {
    if (ctx.lower[k + 1] !== OF_HASH) continue;
    if (ORG_HEAD_HASHES.has(ctx.lower[k])) return true;
    // Round 27: "Nigeria Union of Teachers", "National Union of Journalists": a union of a trade's people
    // (not "Union of Soviet Socialist Republics": the word after "of" is a plural usually written in lower case).
    const p = k + 2;
    if (ctx.lower[k] === UNION_HASH && ctx.casing[p] >= 1 && ctx.casing[p] <= 3 && seg.tokens[p].text.endsWith('s')) return true;
  }
  return false;
}
const UNION_HASH = hashLower('union');
/** A force's or service's name written before a rank, never a person's first word. */
const FORCES = wordSet(['garda', 'police', 'army', 'navy', 'fire', 'border', 'coastguard']);
const OF_HASH = hashLower('of');
const COUNCIL = hashLower('council');

/** ",", ";", ":" (one character; "&" and "." end names: "AT&T", "Inc."). */
/** "Jerzy L.", "Iraq-U.N.": the full stop after an initial or an abbreviation with dots is its own. */
function initialsStop(before: string, t: string): boolean {
  return t === '.' && (before.length === 1 || before.includes('.'));
}

/** "-", "–", "−": a dash or minus sign written alone (a score's sign when glued to the number after it). */
function isLooseDash(t: string): boolean {
  return t === '-' || t === '\u2013' || t === '\u2212';
}

function isListPunct(t: string): boolean {
  const c = t.charCodeAt(0);
  // A full stop that is a token of its own ends the sentence (an abbreviation keeps its own: "Corp.",
  // "D.C."): "in Mississauga East—Cooksville." (round 17).
  return t.length === 1 && (c === 44 || c === 58 || c === 59 || c === 46);
}

/** "31-17", "101-99": two numbers of at most three digits joined by a hyphen, one of them of two digits or one
 *  (not an aircraft's "737-800"). */
/** "46th", "90+2nd"-less minutes: digits and an ordinal's ending. */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;
const WEEKDAYS = wordSet(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function isScore(t: string): boolean {
  const d = t.indexOf('-');
  if (d < 1 || d > 3 || t.length - d - 1 < 1 || t.length - d - 1 > 3 || (d === 3 && t.length - d - 1 === 3)) return false;
  for (let i = 0; i < t.length; i++) if (i !== d && (t.charCodeAt(i) < 48 || t.charCodeAt(i) > 57)) return false;
  return true;
}

/** "D-Ohio", "R-Texas", "I-Vt.": a party letter, a hyphen, a capitalised state. */
function isPartyState(t: string): boolean {
  const p = t.charCodeAt(0);
  return t.length > 3 && (p === 68 || p === 82 || p === 73) && t.charCodeAt(1) === 45 && t.charCodeAt(2) >= 65 && t.charCodeAt(2) <= 90 && t.indexOf('-', 2) < 0;
}

/** The states AP never abbreviates after a party letter (and any state written in full, six letters or more). */
const SPELT_OUT_STATES = new Set(['Ohio', 'Iowa', 'Utah', 'Maine', 'Texas', 'Idaho']);
function isSpeltOutState(state: string): boolean {
  return state.length > 5 || SPELT_OUT_STATES.has(state);
}

/** The place after the slash of a two-place dateline, in capitals up to the comma: [start, end]. */
function secondDatelinePlace(text: string, from: number, to: number): [number, number] | null {
  if (text.charCodeAt(from) !== 47 /* / */) return null;
  let end = from + 1;
  while (end < to && text[end] !== ',' && text[end] !== '/') end++;
  const place = text.slice(from + 1, end);
  return place.length >= 2 && /^\p{Lu}[\p{Lu} .'-]*$/u.test(place) && place.trim() === place ? [from + 1, end] : null;
}

export function applyRules(seg: Segmentation, ctx: DocContext, spans: TokenSpan[], gazetteer: Gazetteer): RawMention[] {
  const toks = seg.tokens;
  const out: RawMention[] = [];
  // Credit paragraphs by index: a typed array, read for many tokens (the `outside` test below).
  const creditParas = new Uint8Array(seg.paragraphs.length);
  let anyCredit = false;
  seg.paragraphs.forEach((p, i) => { if (p.role === 'credit') { creditParas[i] = 1; anyCredit = true; } });
  const dl = seg.dateline;
  const push = (start: number, end: number, type: EntityType, credit = false, sure = false, fixed = false, held = false) => {
    if (end <= start) return;
    out.push(rawMention(start, end, seg.text.slice(start, end), type, credit, sure ? true : undefined, fixed ? true : undefined, held ? true : undefined));
  };

  let steps = givenNameJoins(ctx, dropMemberTitles(ctx, seg, titleCaseRuns(ctx, commaTitles(ctx, seg, tableGaps(ctx, seg, spans)))));
  steps = nameParticles(ctx, seg, joinAtInitials(ctx, seg, steps));
  steps = organisationsFor(ctx, mergeOrganisationRuns(ctx, seg, steps, gazetteer));
  steps = orgFirstWords(ctx, seg, demonymUnions(ctx, seg, joinAmpersands(ctx, seg, steps)));
  steps = honorificNames(ctx, seg, dropPostNominals(ctx, seg, steps));
  steps = partyMembers(ctx, gazetteer, titleSurnames(ctx, seg, splitAtTitles(ctx, seg, trailingTitles(ctx, ofPlaces(ctx, gazetteer, steps)))));
  steps = splitInnerPortfolios(ctx, seg, splitPortfolios(ctx, seg, steps));
  steps = portfoliosBeforeTitles(ctx, steps);
  steps = splitAtPossessiveOrgs(ctx, gazetteer, splitAtPossessivePlaces(ctx, seg, gazetteer, steps));
  steps = widenRegions(ctx, seg, steps);
  steps = splitPlaceAffiliations(ctx, gazetteer, steps);
  steps = placeClubs(ctx, seg, clubContexts(ctx, seg, gazetteer, sportsTeams(ctx, seg, gazetteer, footballClubs(ctx, seg, gazetteer, steps))));
  steps = companiesNamedLikePeople(ctx, seg, gazetteer, namedLikePeople(ctx, gazetteer, steps));
  steps = roleWordTypes(ctx, seg, gazetteer, steps);
  steps = appositiveTypes(ctx, seg, steps);
  steps = listedKinds(ctx, bodyAcronyms(ctx, countryCodes(ctx, seg, steps)));
  steps = agreementNames(ctx, eventNames(ctx, motorRacing(ctx, gazetteer, airBases(ctx, militaryUnits(ctx, seg, gazetteer, steps)))));
  steps = regionDemonyms(ctx, dropRoleModifiers(ctx, dropLoneTitles(ctx, titlesOf(ctx, quotedNicknames(ctx, seg, elidedParticles(ctx, seg, steps))))));
  steps = venueRuns(ctx, organisationsOf(ctx, vesselNames(ctx, slavicSurnames(ctx, seg, toponymEndings(ctx, seg, aircraftTypes(ctx, seg, steps))))));
  steps = dropAmountWords(ctx, seg, dropNeverNames(ctx, seg, saintNames(ctx, prizes(ctx, analystFirms(ctx, gazetteer, musicNames(ctx, gazetteer, redCrossSocieties(ctx, bareParties(ctx, surePlaces(ctx, mediaNames(ctx, gazetteer, coinedEvents(ctx, modernCompanies(ctx, faithGroups(ctx, steps)))))))))))));
  steps = hyphenPapers(ctx, seg, addressTowns(ctx, seg, typesByLastWord(ctx, seg, streetNames(ctx, seg, paperNames(ctx, utilityNames(ctx, unionLocals(ctx, seg, steps)))))));
  steps = andPairs(ctx, inPlaceBodies(ctx, seg, andBodies(ctx, departmentPairs(ctx, andSplits(ctx, seg, gazetteer, hyphenatedGivenNames(ctx, seg, positionCodes(ctx, seg, exchangeTickers(seg, steps))))))));
  steps = placesAfterIn(ctx, placesAfterPlaceNouns(ctx, placesAfterRegions(ctx, regionNouns(ctx, seg, steps))));
  steps = researchNotes(ctx, orgShortForms(ctx, placeModifiers(ctx, seg, workTitles(ctx, seg, steps))));
  steps = genitiveNames(ctx, competitions(ctx, legislatures(ctx, seg, gazetteer, newsAgencies(ctx, seg, steps))));
  steps = royalVenues(ctx, givenNamePeople(ctx, seg, gazetteer, civicPlaces(ctx, sponsorVenues(ctx, surnameCues(ctx, seg, agedPeople(ctx, seg, openingWords(ctx, basedPlaces(ctx, seg, gazetteer, andTails(ctx, andPortfolios(ctx, placeLists(ctx, titleTails(ctx, spokespersonFor(ctx, placePrefixes(ctx, izafatNames(ctx, seg, stormsAndRoads(ctx, seg, steps))))))))))))))));
  steps = definedTerms(ctx, seg, lineUps(ctx, seg, gazetteer, titledPeople(ctx, seg, steps)));
  steps = acronymHeads(ctx, seg, streetDirections(ctx, bodiesOf(ctx, countryAgencies(ctx, seg, gazetteer, steps))));
  steps = aflScores(ctx, seg, acts(ctx, upNext(ctx, ministerPortfolios(ctx, irishBodies(ctx, shortParties(ctx, countryShorts(ctx, seg, miscSubjects(ctx, seg, advisers(ctx, seg, tennisPlayers(ctx, seg, innerCapitals(ctx, seg, sportDeeds(ctx, weatherPlaces(ctx, seg, compassRegions(ctx, electoralPlaces(ctx, compassSeats(ctx, steps))))))))))))))));
  steps = placeTitles(ctx, toks, unlistedGivenNames(ctx, seg, commaSuffixes(seg, personOfSides(ctx, gazetteer, steps))));
  steps = maidenNames(ctx, seg, adjacentBodies(ctx, possessivePlaces(ctx, regnalNumbers(ctx, seg, accordingToSources(ctx, regionPrefixes(ctx, inUnknownPlaces(ctx, toks, teamNames(ctx, countryCompanies(ctx, steps)))))))));
  steps = companyDeeds(ctx, pluralPossessiveBodies(ctx, seg, saidBodies(ctx, seg, creditedNames(ctx, speakingPlaces(ctx, ownedProducts(ctx, seg, caseNames(seg, andPlaces(ctx, seg, pluralVerbNames(ctx, seg, itselfSubjects(ctx, saidPeople(ctx, listedOrgSubjects(ctx, gazetteer, lowerCaseBrands(ctx, seg, steps)))))))))))));
  for (const s of steps) {
    let { from, to } = s;
    const firstTok = toks[from];
    if (creditParas[seg.sentences[firstTok.sentence].paragraph] === 1) continue;
    if (dl && firstTok.start < dl.end && toks[to - 1].end > dl.start) continue;
    // A lone lower-case word is never a name ("The Port Ellis harbour council": "harbour" left over from a split).
    if (to - from === 1 && ctx.cap[from] === LOWER_CASE) continue;
    // Possessives: "Nazarbayev's" → "Nazarbayev"; kept in known company names ("Lloyd's").
    if (to - from > 1 && isPossessive(toks[to - 1].text)) {
      const known = (s.type === ORGANIZATION && (gazetteer.get(phraseHash(ctx.lower, from, to), 0) & SEEN_ORG_BIT) !== 0) ||
        (s.type !== PERSON && keepsGenitive(ctx, from, to - 1));
      if (!known) to--;
    }
    if (s.type === PERSON) {
      // Round 21: "Detective Constable Ruth Okoye", "Linguist Noam Chomsky": ranks and capitalised occupations are titles.
      // Round 27: and a force's name before a rank ("Garda Superintendent Declan Furlong", "Police Sergeant …").
      while (to - from > 1 && (TITLE_HASHES.has(ctx.lower[from]) || OCCUPATION_HASHES.has(ctx.lower[from]) ||
        (FORCES.has(ctx.lower[from]) && to - from > 2 && (TITLE_HASHES.has(ctx.lower[from + 1]) || OCCUPATION_HASHES.has(ctx.lower[from + 1]))))) from++;
    }
    // Round 21: "the Fed's Dec. 16-17 meeting": a month after a name's possessive is the date's, no part of the name.
    if (to - from >= 3 && MONTH_HASHES.has(ctx.lower[to - 1]) && isPossessive(toks[to - 2].text)) to -= 2;
    // "Cathal O Dalaigh for": a name never ends in a small joining word.
    while (to - from > 1 && TRAILING_PARTICLES.has(toks[to - 1].text)) to--;
    // Round 21: "1. Mara Hollis -13": a leaderboard's minus sign (a dash token of its own) is the score's.
    if (to - from > 1 && to < ctx.n && isLooseDash(toks[to - 1].text) && toks[to - 2].end < toks[to - 1].start && toks[to - 1].end === toks[to].start && ctx.cap[to] === DIGIT) to--;
    // Round 24: "beat the Bulls 31-17": a score read onto a side's name is the match's; the name is the side.
    // (A MISC name only when a plural nickname: "the Garrington 4-8" is a well's name, score and all.)
    let side = false;
    if (to - from > 1 && ctx.cap[to - 1] === DIGIT && isScore(toks[to - 1].text) && (s.type !== MISC || plural(toks[to - 2].text))) { to--; side = true; }
    // Names round 26: "Zinedine Zidane 46th" in a scorers' line, "met Foreign Minister Jose Miguel Insulza Monday":
    // a minute's ordinal or a weekday read onto a person's name is the game's or the date's.
    if (s.type === PERSON && to - from > 2 && ((ctx.cap[to - 1] === MIXED && ORDINAL.test(toks[to - 1].text)) || WEEKDAYS.has(ctx.lower[to - 1]))) to--;
    // "Abu Hamza al-Yafei," read with its comma: a name never ends in a comma, semicolon, colon or full stop.
    while (to - from > 1 && ctx.cap[to - 1] === PUNCT && isListPunct(toks[to - 1].text) && !initialsStop(toks[to - 2].text, toks[to - 1].text)) to--;
    // "D-Ohio", "R-Texas", "I-Vt.": AP's party and state after a lawmaker's name; the state is a place.
    if ((to - from === 1 || (to - from === 2 && toks[from + 1].text === '.' && toks[from + 1].start === toks[from].end)) && isPartyState(toks[from].text)) {
      // "(D-Va.)": the abbreviation's period, written on, belongs to it.
      // Round 23: not the sentence's full stop after a state AP spells out ("D-Ohio.", "R-Texas.").
      const abbreviated = !isSpeltOutState(toks[from].text.slice(2));
      const dot = abbreviated && to - from === 1 && to < ctx.n && toks[to].text === '.' && toks[to].start === toks[from].end;
      push(toks[from].start + 2, dot || abbreviated ? (dot ? toks[to].end : toks[to - 1].end) : toks[from].end, 'LOCATION');
      continue;
    }
    // "3-Karolina Vesela", "UPDATE 1-Royal Navy": a seeding or update number written onto the first word is not part of the name.
    const cut = seedPrefixLength(firstTok.text, s.type === PERSON && to - from >= 2, from > 0 && toks[from - 1].text === 'UPDATE');
    if (cut) {
      push(firstTok.start + cut, toks[to - 1].end, TYPES[s.type], false, s.sure === true, s.fixed === true, s.held === true);
      continue;
    }
    // Single hyphenated compound: only its name part, as MISC.
    if (to - from === 1) {
      const part = compoundNamePart(toks[from].text);
      if (part) {
        push(toks[from].start + part[0], toks[from].start + part[1], 'MISC');
        continue;
      }
    }
    // "Central Asian state": a place-like span ending in a nationality adjective is MISC.
    let type = s.type === LOCATION && to - from <= 2 && isDemonym(ctx, to - 1) ? 'MISC' : side && s.type === MISC ? 'ORGANIZATION' : TYPES[s.type];
    if (type === 'LOCATION' && to - from >= 3 && ((ORG_HEAD_HASHES.has(ctx.lower[to - 1]) && !isGroundEnd(ctx.lower[to - 1]) && !isVenueHall(ctx.lower, to)) || bodyOfPlace(ctx, seg, from, to))) type = 'ORGANIZATION';
    // Round 24: and two words ending in "Council" ("Highland Council", "Fife Council"): a place's council is a body.
    if (type === 'LOCATION' && to - from === 2 && ctx.lower[to - 1] === COUNCIL && ctx.cap[to - 1] === TITLE) type = 'ORGANIZATION';
    // "Canadian Armed Forces", "Canadian Red Cross": a nationality, then a body's name, not a MISC name.
    // Round 24: and two words, a nationality and a government's own word ("Scottish Government", "Welsh Parliament").
    // Names round 26: or a body's word before "for"/"of" ("French National Centre for Scientific Research").
    if (type === 'MISC' && ((to - from >= 3 && BODIES.has(ctx.lower[to - 1])) || (to - from === 2 && GOVERNMENTS.has(ctx.lower[to - 1]) && ctx.cap[to - 1] === TITLE) || bodyBeforeOf(ctx, from, to)) && isDemonym(ctx, from)) type = 'ORGANIZATION';
    push(toks[from].start, toks[to - 1].end - sharedFullStop(ctx, seg, to - 1), type, false, s.sure === true, s.fixed === true, s.held === true);
  }

  // Nationality adjectives the tagger left out (often first in a headline: "Kazakh president says").
  const tagged = new Uint8Array(toks.length);
  for (const s of spans) tagged.fill(1, s.from, s.to);
  for (let k = 0; k < toks.length; k++) {
    if (tagged[k]) continue;
    // Round 23: "said Rep. Dana Whitfield, R-Texas." with the state left out: the state is a place.
    if (k > 0 && toks[k - 1].text === ',' && isPartyState(toks[k].text) && creditParas[seg.sentences[toks[k].sentence].paragraph] !== 1) {
      const state = toks[k].text.slice(2);
      const dot = !isSpeltOutState(state) && k + 1 < toks.length && toks[k + 1].text === '.' && toks[k + 1].start === toks[k].end;
      push(toks[k].start + 2, dot ? toks[k + 1].end : toks[k].end, 'LOCATION');
      continue;
    }
    if (!isDemonym(ctx, k)) continue;
    if (creditParas[seg.sentences[toks[k].sentence].paragraph] === 1) continue;
    push(toks[k].start, toks[k].end, 'MISC');
  }

  // Compounds the tagger left out ("Soviet-era" inside a lower-case phrase).
  // The starts of the mentions made so far (not those this loop adds), made at the first compound.
  let covered: Set<number> | null = null;
  const made = out.length;
  for (let k = 0; k < ctx.n; k++) {
    // The lexicon's compound flag is exactly "has a name part" (lexicon.ts): no text read for the others.
    if (!ctx.closed[k]) continue;
    const t = toks[k];
    const part = compoundNamePart(t.text);
    if (!part) continue;
    if (covered === null) {
      covered = new Set<number>();
      for (let i = 0; i < made; i++) covered.add(out[i].start);
    }
    if (covered.has(t.start + part[0])) continue;
    if (creditParas[seg.sentences[t.sentence].paragraph] === 1) continue;
    push(t.start + part[0], t.start + part[1], 'MISC');
  }

  if (dl) {
    if (dl.place) push(dl.place.start, dl.place.end, 'LOCATION', false, false, true);
    // "LONDON/SANTIAGO, Oct 14 (Reuters)": a story filed from two places names both.
    const second = dl.place ? secondDatelinePlace(seg.text, dl.place.end, dl.end) : null;
    if (second) push(second[0], second[1], 'LOCATION', false, false, true);
    // "MANCHESTER, England": the region after the place is a place too.
    if (dl.region) push(dl.region.start, dl.region.end, 'LOCATION', false, false, true);
    if (dl.agency) push(dl.agency.start, dl.agency.end, 'ORGANIZATION', false, false, true);
  }
  freelanceCredits(seg.text, out);
  for (const line of seg.credits) for (const n of line.names) push(n.start, n.end, 'PERSON', true);
  // Furniture's credits, credited as a byline's people are (never newsmakers): the photographer and
  // agency of a caption ("REUTERS/Anya Petrov", "(Photo: Jae-min Seo/Getty Images)"), the agency of
  // a byline ("Associated Press" under the writer's name, "By Field Level Media").
  for (const b of seg.boilerplate) {
    if (b.kind === 'caption') {
      const c = photoCredit(seg.text, b.start, b.end);
      if (!c) continue;
      for (const n of c.names) push(n.start, n.end, 'PERSON', true);
      for (const a of c.agencies) push(a.start, a.end, 'ORGANIZATION', true);
    } else if (b.kind === 'byline') {
      for (const a of agencyNames(seg.text, b.start, b.end)) push(a.start, a.end, 'ORGANIZATION', true);
    }
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  if (dl?.agency) {
    const before = out.length;
    agencyRepeats(seg, dl.agency, out);
    if (out.length > before) out.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  // Most articles have no credit paragraph and no dateline: nothing is outside.
  const outside = !anyCredit && !dl ? () => false : (k: number) => creditParas[seg.sentences[toks[k].sentence].paragraph] === 1 || (dl !== null && dl !== undefined && toks[k].start < dl.end && toks[k].end > dl.start);
  const named = titledForms(ctx, seg, slashNames(ctx, seg, deskPrefixNames(seg, definedAcronyms(seg, signOffPlaces(seg, seg.credits, nicknameRepeats(ctx, seg, nameRepeats(ctx, seg, surnameRepeats(ctx, seg, out, outside), outside), outside)), outside, ctx.cap)), outside));
  orgPartsAlone(ctx, seg, named);
  coinedWords(ctx, seg, named);
  return named;
}
