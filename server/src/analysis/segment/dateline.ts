// Datelines in the wire house styles:
//   1996 Reuters   "ROME 1996-12-06", "MANCHESTER, England 1996-12-06", "1996-12-06" (a line of its own)
//   2020 Reuters   "PARIS, Dec 7 (Reuters) -", "LONDON (Reuters) -", "SAO PAULO/BRASILIA, Dec 7 (Reuters) -",
//                  "(Reuters) -", "PRETORIA, Dec 6 -"
//   AP / UPI       "WASHINGTON (AP) —", "SPRINGFIELD, Ill. (AP) —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —"
//   Canadian       "OTTAWA --", "TORONTO —", "HALIFAX, N.S. --", "REGINA (CP) —", and the US papers'
//                  "NEWPORT NEWS, Va. - " (a place in capitals and a dash, no date or agency)
//   South Asian    "MUMBAI: Reliance …", "NEW DELHI: The …" (a known city in capitals and a colon)
//   Releases       "HALIFAX, NS, Nov. 6, 2026 /PRNewswire/ -", "TORONTO, Dec. 7, 2026 /CNW/ -" (a wire between slashes)
// A dateline opens a line near the top of the story. Patterns are anchored, their repeats bounded.
import { genderOfGivenName } from '../names/given-name-gender';
import type { Dateline, Span } from '../types';

const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.\\-]*";
const CAPS_PLACE = `${CAPS_WORD}(?: ${CAPS_WORD}){0,3}`;
const TITLE_WORD = "\\p{Lu}[\\p{Ll}'’.\\-]+";
const TITLE_PLACE = `${TITLE_WORD}(?: ${TITLE_WORD}){0,2}`;
// "England", "N.Y.", "West Bank", "Costa Rica", "Calif", "P.E.I."
const REGION = "\\p{Lu}[\\p{L}'’.]*(?: \\p{Lu}[\\p{L}'’.]*){0,2}";
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)[a-zA-Z]{0,6}\\.?';
const MONTH_DATE = `(?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?)`;
const ISO_DATE = '\\d{4}-\\d\\d-\\d\\d';
const DASH = '(?:--|[-–—―_])';

/** "ROME 1996-12-06", "MANCHESTER, England 1996-12-06", "1996-12-06": the whole line. */
export const ISO_DATELINE = new RegExp(`^(?:(${CAPS_PLACE})(?:, (${REGION}))? )?(${ISO_DATE})$`, 'u');

/** "PARIS, Dec 7 (Reuters) -", "WASHINGTON (AP) —", "(Reuters) -", "Dec 7 (Reuters) -", "ISLAMABAD (APP): ". */
export const AGENCY_DATELINE = new RegExp(
  `^(?:(${CAPS_PLACE}|${TITLE_PLACE})(?:/${CAPS_PLACE})?(?:, (${REGION}))?,? )?(?:(${MONTH_DATE}) )?` +
    `\\(([\\p{L}][\\p{L} .&-]{0,30})\\)(?: ?(${DASH}{1,2}) ?|: (?=\\p{Lu})| (?=\\p{Lu}))`,
  'u',
);

/** "HALIFAX, NS, Nov. 6, 2026 /PRNewswire/ -", "TORONTO, Dec. 7, 2026 /CNW/ -": a press release's wire between slashes. */
export const WIRE_DATELINE = new RegExp(
  `^(${CAPS_PLACE})(?:, (${REGION}))?, (${MONTH_DATE}) \\/([\\p{L}][\\p{L} .&-]{0,30})\\/ ?(${DASH}{1,2}) ?`,
  'u',
);

/** "PRETORIA, Dec 6 -", "HEMPSTEAD, N.Y., Sept. 26 -": a place and a date, no agency. */
export const DATED_DATELINE = new RegExp(
  `^(${CAPS_PLACE})(?:/${CAPS_PLACE})?(?:, (${REGION}))?, (${MONTH_DATE}) ?${DASH}{1,2} ?`,
  'u',
);

/** "OTTAWA --", "TORONTO —", "NEWPORT NEWS, Va. - ", "ABU DHABI // ": a place in capitals and a dash (or The National's slashes) only. */
export const PLACE_DATELINE = new RegExp(
  `^(${CAPS_PLACE})(?:, (${REGION}))?(?: ?(?:--|\\/\\/|[–—―]) {0,3}| - {1,3})(?=[\\p{Lu}\\d"“‘'])`,
  'u',
);

/**
 * "Washington\nCNN —", "Hong Kong CNN —": CNN's web pages put the place and the network on a line
 * or two each, no brackets, before the dash.
 */
export const NETWORK_DATELINE = new RegExp(
  `^(${TITLE_PLACE}|${CAPS_PLACE})(?:, (${REGION}))?(?:\\n| )(CNN(?: Business| Politics)?) ?(${DASH}{1,2}) ?`,
  'u',
);

/** "MUMBAI: Reliance Retail will …": the Indian and Pakistani papers' dateline, a city and a colon. */
export const COLON_DATELINE = new RegExp(`^(${CAPS_PLACE}): (?=\\p{Lu})`, 'u');

/**
 * Cities that open a colon dateline. A colon after capitals is also a transcript's speaker
 * ("SMITH: We will …"), so only these are read as places.
 */
const COLON_DATELINE_PLACES: ReadonlySet<string> = new Set([
  'NEW DELHI', 'DELHI', 'MUMBAI', 'KOLKATA', 'CHENNAI', 'BENGALURU', 'BANGALORE', 'HYDERABAD', 'AHMEDABAD', 'PUNE',
  'JAIPUR', 'LUCKNOW', 'KANPUR', 'NAGPUR', 'INDORE', 'BHOPAL', 'PATNA', 'CHANDIGARH', 'GUWAHATI', 'BHUBANESWAR',
  'THIRUVANANTHAPURAM', 'KOCHI', 'COIMBATORE', 'MADURAI', 'VISAKHAPATNAM', 'SURAT', 'VADODARA', 'RANCHI', 'RAIPUR',
  'DEHRADUN', 'SHIMLA', 'SRINAGAR', 'JAMMU', 'AMRITSAR', 'LUDHIANA', 'NOIDA', 'GURUGRAM', 'GURGAON', 'PANAJI', 'GOA',
  'ISLAMABAD', 'KARACHI', 'LAHORE', 'PESHAWAR', 'QUETTA', 'RAWALPINDI', 'MULTAN', 'FAISALABAD', 'DHAKA', 'CHITTAGONG',
  'COLOMBO', 'KATHMANDU', 'THIMPHU', 'MALE', 'KABUL', 'DUBAI', 'ABU DHABI', 'DOHA', 'RIYADH', 'MUSCAT', 'MANAMA',
  'KUWAIT CITY', 'WASHINGTON', 'LONDON', 'BEIJING', 'MOSCOW', 'TOKYO', 'SINGAPORE', 'NEW YORK', 'PARIS', 'GENEVA',
]);

/**
 * Capitalised line openings that are story labels, sports, or organisations, not places:
 * "UPDATE 1-…", "SOCCER - …", "NASA -- …", "WATCH — …".
 */
const NOT_PLACES: ReadonlySet<string> = new Set([
  'UPDATE', 'UPDATES', 'UPDATED', 'EXCLUSIVE', 'BREAKING', 'BREAKING NEWS', 'ANALYSIS', 'FACTBOX', 'EXPLAINER',
  'INSIGHT', 'COLUMN', 'REFILE', 'CORRECTED', 'CORRECTION', 'PREVIEW', 'REVIEW', 'INTERVIEW', 'OPINION',
  'EDITORIAL', 'COMMENTARY', 'COMMENT', 'WATCH', 'VIDEO', 'LIVE', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE",
  'ADVISORY', 'URGENT', 'FLASH', 'BULLETIN', 'NEWS', 'PHOTOS', 'PHOTO', 'GALLERY', 'BRIEF', 'BRIEFS', 'WRAP',
  'WRAPUP', 'POLL', 'FEATURE', 'OBITUARY', 'PROFILE', 'LETTERS', 'ABSTRACT', 'TIMELINE', 'GRAPHIC', 'FOCUS',
  'HIGHLIGHTS', 'SCENARIOS', 'QUOTES', 'SPECIAL REPORT', 'RPT', 'DIARY', 'CALENDAR', 'TABLE', 'PRESS DIGEST',
  'ICYMI', 'FYI', 'PSA', 'RECAP', 'ALERT', 'SPOILER', 'SPOILERS', 'TL;DR', 'UPDATE 1', 'UPDATE 2', 'UPDATE 3',
  'FILE', 'FILE PHOTO', 'READ MORE', 'RELATED', 'ALSO', 'MORE', 'SEE ALSO', 'LISTEN', 'PODCAST', 'SPONSORED',
  'SOCCER', 'FOOTBALL', 'CRICKET', 'TENNIS', 'GOLF', 'BASEBALL', 'BASKETBALL', 'HOCKEY', 'ICE HOCKEY', 'RUGBY',
  'RUGBY UNION', 'RUGBY LEAGUE', 'ATHLETICS', 'CYCLING', 'BOXING', 'MOTOR RACING', 'FORMULA ONE', 'SKIING',
  'SWIMMING', 'ROWING', 'SAILING', 'HORSE RACING', 'OLYMPICS', 'NFL', 'NBA', 'NHL', 'MLB', 'MLS', 'NCAA', 'WNBA',
  'NASA', 'NATO', 'FBI', 'CIA', 'UN', 'U.N.', 'EU', 'E.U.', 'WHO', 'IMF', 'OPEC', 'FIFA', 'UEFA', 'IOC', 'CEO',
  'GOP', 'BBC', 'CNN', 'RCMP', 'CBC', 'NDP', 'ECB', 'FDA', 'CDC', 'SEC', 'USA', 'U.S.', 'UK', 'U.K.', 'AP',
  'REUTERS', 'RTRS', 'AFP', 'CP', 'THE CANADIAN PRESS', 'THE ASSOCIATED PRESS', 'OTTAWA CITIZEN', 'I', 'A', 'Q', 'Q&A',
]);

/** News agencies named in datelines, lower case. Others need a place in capitals and a dash. */
const AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'reuters health', 'reuters breakingviews', 'ifr', 'ap', 'afp', 'upi', 'cp', 'dpa', 'bloomberg',
  'ians', 'pti', 'ani', 'xinhua', 'kyodo', 'yonhap', 'tass', 'itar-tass', 'efe', 'ansa', 'aap', 'nzpa', 'pa',
  'cnn', 'cnw', 'bss', 'apa', 'interfax', 'irna', 'anadolu', 'wam', 'spa', 'kuna', 'mena', 'app', 'bernama',
  'antara', 'pna', 'lusa', 'belga', 'anp', 'ctk', 'pap', 'mti', 'tanjug', 'hina', 'sta', 'ats', 'ritzau',
  'ntb', 'tt', 'stt', 'bta', 'agerpres', 'notimex', 'ips', 'rfe/rl', 'bna', 'qna', 'sana', 'ria novosti',
  'sputnik', 'the canadian press', 'canadian press', 'associated press', 'the associated press',
  'marketwatch', 'dow jones', 'business wire', 'globe newswire', 'prnewswire', 'pr newswire', 'nyse',
  'newswire', 'accesswire', 'newsfile', 'businesswire',
  // National papers' and agencies' services that sign datelines like wires.
  'china daily', 'global times', 'cgtn', 'tnn', 'unb', 'nan', 'gna', 'kna', 'sapa', 'vna', 'kpl', 'akipress',
]);

/** A dateline found on one line, before the checks that depend on where the line is. */
interface Candidate {
  match: RegExpExecArray;
  place: number;
  region: number;
  date: number;
  agency: number;
  /** The dash after the agency, when written. */
  dash: number;
  /** Only a place and a dash: the story must follow on the line. */
  weak: boolean;
}

/** Cheap test that a line may open with a dateline: a digit, a bracket, two capitals, or "Place (". */
function mayOpenDateline(line: string): boolean {
  const a = line.charCodeAt(0);
  if ((a >= 48 && a <= 57) || a === 40) return true;
  const first = line[0];
  if (first === first.toLowerCase()) return false;
  const b = line[1] ?? '';
  if (b !== b.toLowerCase() || b === '.' || b === "'" || b === '’') return true;
  // "Washington (AFP) –", "New York (AFP) –", "Dec 29 (Reuters) -"
  const paren = line.indexOf(' (');
  if (paren > 0 && paren < 40) return true;
  // "Washington\nCNN —"
  const network = line.indexOf('CNN');
  return network > 0 && network < 40;
}

function candidate(line: string): Candidate | null {
  if (!mayOpenDateline(line)) return null;
  let m = ISO_DATELINE.exec(line);
  if (m) return { match: m, place: 1, region: 2, date: 3, agency: 0, dash: 0, weak: false };
  m = AGENCY_DATELINE.exec(line);
  if (m) return { match: m, place: 1, region: 2, date: 3, agency: 4, dash: 5, weak: false };
  m = WIRE_DATELINE.exec(line);
  if (m) return { match: m, place: 1, region: 2, date: 3, agency: 4, dash: 5, weak: false };
  m = DATED_DATELINE.exec(line);
  if (m) return { match: m, place: 1, region: 2, date: 3, agency: 0, dash: 0, weak: false };
  m = NETWORK_DATELINE.exec(line);
  if (m) return networkCandidate(m);
  m = PLACE_DATELINE.exec(line);
  if (m) return { match: m, place: 1, region: 2, date: 0, agency: 0, dash: 0, weak: true };
  m = COLON_DATELINE.exec(line);
  if (m && COLON_DATELINE_PLACES.has(m[1])) return { match: m, place: 1, region: 0, date: 0, agency: 0, dash: 0, weak: true };
  return null;
}

function networkCandidate(m: RegExpExecArray): Candidate {
  return { match: m, place: 1, region: 2, date: 0, agency: 3, dash: 4, weak: false };
}

/** A dateline over two lines: only the networks' "Washington\nCNN —" is written so. */
function splitCandidate(twoLines: string): Candidate | null {
  const m = NETWORK_DATELINE.exec(twoLines);
  return m ? networkCandidate(m) : null;
}

/** Words of a line, cheaply: runs of non-space characters. */
function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * The story sentence after a place-and-dash dateline: at least eight words, half of them in
 * lower case, and no second dash of a headline slug ("RTRS - Tennis - Muster upset").
 */
function storyFollows(rest: string): boolean {
  const ws = words(rest).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 8) return false;
  if (/^\S+(?: \S+){0,3} [-–—] /.test(rest)) return false;
  let lower = 0;
  for (const w of ws) {
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) lower++;
  }
  return lower * 2 >= ws.length;
}

export interface DatelineLine {
  start: number;
  end: number;
}

/** Lines this long, ending as a sentence, are story: a place-and-dash dateline comes before. */
function isStoryLine(line: string): boolean {
  let e = line.length - 1;
  const q = line.charCodeAt(e);
  if (q === 34 || q === 0x201d || q === 0x2019) e--;
  const c = line.charCodeAt(e);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  let spaces = 0;
  for (let i = 0; i < line.length && spaces < 19; i++) if (line.charCodeAt(i) === 32) spaces++;
  return spaces >= 19;
}

/**
 * The dateline among the first lines of a story (furniture lines left out by the caller), or
 * null. The first line that opens with a dateline wins.
 */
export function findDateline(text: string, lines: readonly DatelineLine[]): Dateline | null {
  // A standfirst or an abstract may come before the dateline; a third story line may not.
  let storyLines = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    let line = text.slice(l.start, Math.min(l.end, l.start + 400));
    let c = candidate(line);
    // A short line and the one right under it may be one dateline ("Washington\nCNN —").
    const next = lines[k + 1];
    if (!c && next && next.start === l.end + 1 && l.end - l.start <= SPLIT_PLACE_LENGTH) {
      line = text.slice(l.start, Math.min(next.end, l.start + 400));
      c = splitCandidate(line);
    }
    if (c && accept(c, line, storyLines >= 2)) return toDateline(c, l.start);
    if (isStoryLine(line)) storyLines++;
  }
  return null;
}

/** The longest line that may hold only the place of a dateline split over two lines. */
const SPLIT_PLACE_LENGTH = 30;

/** True when the line opens with a dateline of any form (place alone and dash included). */
export function opensWithDateline(line: string): boolean {
  const c = candidate(line.slice(0, 400));
  return c !== null && accept(c, line, false);
}

/** Last words of places whose first word is a given name ("VIRGINIA BEACH", "ALICE SPRINGS", "ELIZABETH CITY"). */
const PLACE_ENDS: ReadonlySet<string> = new Set([
  'CITY', 'TOWN', 'BEACH', 'BAY', 'FALLS', 'SPRINGS', 'HEIGHTS', 'PARK', 'HILLS', 'HILL', 'LAKE', 'LAKES', 'RIVER',
  'HARBOUR', 'HARBOR', 'POINT', 'CREEK', 'VALLEY', 'ISLAND', 'ISLANDS', 'JUNCTION', 'STATION', 'MOUNTAIN', 'GROVE',
  'HAVEN', 'PORT', 'COVE', 'SOUND', 'FIELD', 'FIELDS', 'VILLE', 'VILLAGE', 'COUNTY', 'CROSSING', 'LANDING', 'GARDENS',
]);

/**
 * "CALLUM FERRIER --": an all-capitals byline before a dash looks like a place and a dash. A place
 * of two or three words whose first is a given name and whose last is no place word is a name.
 */
function personShaped(place: string): boolean {
  const sp = place.indexOf(' ');
  if (sp < 0) return false;
  const ws = place.split(' ');
  if (ws.length > 3 || PLACE_ENDS.has(ws[ws.length - 1])) return false;
  return genderOfGivenName(place.slice(0, sp)) !== null;
}

function accept(c: Candidate, line: string, storySeen: boolean): boolean {
  const m = c.match;
  const place = m[c.place];
  if (place && NOT_PLACES.has(place)) return false;
  if (c.weak && !m[c.region] && personShaped(place)) return false;
  // "Commission Regulation (EC)", "JOBLESS (INEM)": brackets that hold no news agency.
  if (c.agency > 0 && !AGENCIES.has(m[c.agency].toLowerCase()) && !(m[c.dash] && place && isCaps(place))) return false;
  if (!c.weak) return true;
  if (storySeen || place.length < 3) return false;
  return storyFollows(line.slice(m[0].length));
}

function isCaps(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

function toDateline(c: Candidate, start: number): Dateline {
  const m = c.match;
  const lead = m[0].trimEnd();
  let from = 0;
  const span = (group: number): Span | null => {
    const g = group > 0 ? m[group] : undefined;
    if (!g) return null;
    const at = lead.indexOf(g, from);
    from = at + g.length;
    return { start: start + at, end: start + at + g.length, text: g };
  };
  const place = span(c.place);
  const region = span(c.region);
  const date = span(c.date);
  const agency = c.agency > 0 ? span(c.agency) : null;
  return { start, end: start + lead.length, text: lead, place, date, agency, region };
}
