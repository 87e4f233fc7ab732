// Photo captions and credits in web scrapes and wire copy:
//   "Open this photo in gallery:", "Slideshow (5 images)", "FILE PHOTO: … REUTERS/Chris Helgren/File Photo",
//   "FILE - In this … photo, … (AP Photo/Jane Doe, File)", "… Adrian Wyld/The Canadian Press",
//   "THE CANADIAN PRESS/Adrian Wyld", "Photo: Jane Doe/Getty Images".
// A photo credit is "Name/Agency" or "AGENCY/Name", with an agency we know on one side.

import type { Span } from '../types';

/** Photo agencies and outlets that sign pictures, lower case. */
const PHOTO_AGENCIES: ReadonlySet<string> = new Set([
  'reuters', 'reuters tv', 'via reuters', 'cp', 'the canadian press', 'canadian press', 'the globe and mail',
  'globe and mail', 'ap', 'ap photo', 'the associated press', 'associated press', 'afp', 'afp photo',
  'afp via getty images', 'getty images', 'getty', 'bloomberg', 'bloomberg via getty images', 'epa', 'epa-efe',
  'efe', 'postmedia', 'postmedia news', 'toronto star', 'the toronto star', 'national post', 'pool', 'handout',
  'supplied', 'xinhua', 'sipa usa', 'nurphoto', 'anadolu agency', 'anadolu', 'shutterstock', 'alamy',
  'the new york times', 'the washington post', 'usa today sports', 'usa today', 'imagn images', 'imagn',
  'icon sportswire', 'zuma press', 'zuma wire', 'pa', 'pa images', 'pa wire', 'press association', 'aap',
  'kyodo', 'kyodo news', 'yonhap', 'tass', 'sputnik', 'the star', 'cbc', 'cbc news', 'ctv news',
  'global news', 'file', 'files', 'file photo', 'the guardian', 'bbc', 'nasa', 'handout via reuters',
]);

/** "(Photo by Jane Doe/…": the label and a name of one to four capitalised words, the whole bracket. */
const PHOTO_BY = /^Photos? by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** "…/For the Metro Ledger)", "…/For The Courier": the outlet a freelance shot for (one to four capitalised words). */
const FOR_OUTLET = /^For (?:[Tt]he )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3}$/u;

/** What may follow the credit: "/File Photo", ", File", ")" and a full stop. */
const CREDIT_SUFFIXES = ['/file photo', '/file', '/files', '/pool', '/handout', ', file', ', files', ', pool'];

/** Capitalised words of a photographer's name: "Chris Helgren", "Jean-Marc O'Neil", "Stringer". */
function isNameWords(s: string, max = 4): boolean {
  const ws = s.split(' ');
  if (ws.length === 0 || ws.length > max) return false;
  for (const w of ws) {
    if (w.length === 0) return false;
    const c = w[0];
    if (c === c.toLowerCase() || c !== c.toUpperCase()) {
      // particles inside names: "de", "van", "da"
      if (w !== 'de' && w !== 'van' && w !== 'da' && w !== 'von' && w !== 'del' && w !== 'la') return false;
    }
  }
  return true;
}

/** Leading words of `s` that are inside the last `n` words. */
function lastWords(s: string, n: number): string {
  const ws = s.split(' ');
  return ws.slice(Math.max(0, ws.length - n)).join(' ');
}

/**
 * Where a photo credit at the end of the line starts ("… 2020. REUTERS/Chris Helgren/File Photo"),
 * or -1. The credit alone on the line starts at 0.
 */
export function photoCreditStart(line: string): number {
  if (line.indexOf('/') < 0) return -1;
  let end = line.length;
  let closeParen = false;
  while (end > 0 && (line[end - 1] === '.' || line[end - 1] === ' ' || (!closeParen && line[end - 1] === ')'))) {
    if (line[end - 1] === ')') closeParen = true;
    end--;
  }
  let body = line.slice(Math.max(0, end - 120), end);
  const offset = Math.max(0, end - 120);
  const lowerBody = body.toLowerCase();
  for (const s of CREDIT_SUFFIXES) {
    if (lowerBody.endsWith(s)) { body = body.slice(0, body.length - s.length); break; }
  }
  const slash = body.lastIndexOf('/');
  if (slash <= 0 || slash >= body.length - 1) return -1;
  const right = body.slice(slash + 1).trim();
  // The left side runs back to an opening bracket, a sentence end or the line start.
  let from = slash - 1;
  while (from >= 0 && body[from] !== '(' && body[from] !== '/' && !(body[from] === ' ' && from > 0 && /[.:;,]/.test(body[from - 1]))) from--;
  let left = body.slice(from + 1, slash).trim();
  const lr = right.toLowerCase();
  let start = -1;
  if (PHOTO_AGENCIES.has(lr) || (lr.endsWith(' via getty images') && isNameWords(right.slice(0, -17)))) {
    // "Adrian Wyld/The Canadian Press": up to four name words before the slash.
    left = lastWords(left, 4);
    while (left.length > 0 && !isNameWords(left)) left = left.slice(left.indexOf(' ') + 1 || left.length);
    if (left.length === 0) return -1;
    start = offset + body.lastIndexOf(left, slash);
  } else if (closeParen && PHOTO_BY.test(left) && FOR_OUTLET.test(right)) {
    // "(Photo by Jane Doe/For the Metro Ledger)" alone on its line: a freelance's credit, the outlet
    // any capitalised words. After a caption's words the line stays story (its names are read; the
    // entity rules cut the credit's "/For").
    const open = offset + body.lastIndexOf('(', slash);
    return open === 0 ? 0 : -1;
  } else {
    // "REUTERS/Chris Helgren", "THE CANADIAN PRESS/Adrian Wyld", "(AP Photo/Jane Doe, File)".
    let agency = '';
    for (const n of [3, 2, 1]) {
      const cand = lastWords(left, n);
      if (PHOTO_AGENCIES.has(cand.toLowerCase())) { agency = cand; break; }
    }
    if (!agency || !isNameWords(right.split(',')[0].trim())) return -1;
    start = offset + body.lastIndexOf(agency, slash);
  }
  // "FABRICE COFFRINI/AFP/Getty Images": more names chained before by slashes.
  while (start > 1 && line[start - 1] === '/') {
    let k = start - 2;
    while (k > 0 && line[k - 1] !== ' ' && line[k - 1] !== '(' && line[k - 1] !== '/') k--;
    if (!isNameWords(line.slice(k, start - 1))) break;
    start = k;
    // a second word of the same name ("FABRICE COFFRINI")
    while (start > 1 && line[start - 1] === ' ' && /\p{Lu}/u.test(line[start - 2])) {
      let j = start - 2;
      while (j > 0 && line[j - 1] !== ' ' && line[j - 1] !== '(') j--;
      if (!isNameWords(line.slice(j, start - 1))) break;
      start = j;
    }
  }
  // An opening bracket just before belongs to the credit: "(AP Photo/Jane Doe)".
  if (closeParen && start > 0 && line[start - 1] === '(') return start - 1;
  // Otherwise the credit stands alone or after the caption's last sentence ("… 2020. REUTERS/…",
  // "… Sunday. Photo: Kay Lin/Getty Images"), never inside one ("… according to Reuters/Ipsos.").
  let b = start - 1;
  while (b >= 0 && line[b] === ' ') b--;
  if (b >= 0 && !'.:|—–-)'.includes(line[b])) return -1;
  return start;
}

const GALLERY_MARKERS: readonly RegExp[] = [
  /^Open this photo in gallery:?$/i,
  /^(?:Slideshow|Gallery|Photo gallery) \(\d{1,3} images?\)$/i,
  /^(?:Enlarge this image|Toggle caption|Hide caption|Show caption|Expand image|View gallery|Enlarge photo)$/i,
  /^(?:Image|Photo) \d{1,3} of \d{1,3}$/i,
  // The BBC's accessible label on a line of its own, the caption on the next.
  /^(?:Image|Video|Media) caption,?$/i,
];

/** "Open this photo in gallery:", "Enlarge this image", "Image caption,": markers that the caption comes next. */
const CAPTION_NEXT = /^(?:Open this photo in gallery|Enlarge this image|(?:Image|Video|Media) caption,):?$/i;

export function opensCaption(line: string): boolean {
  return line.length <= 40 && CAPTION_NEXT.test(line);
}

/** "Open this photo in gallery", "Slideshow (5 images)": a marker that a picture stands here. */
export function isGalleryMarker(line: string): boolean {
  if (line.length > 40) return false;
  return GALLERY_MARKERS.some((r) => r.test(line));
}

/** "FILE PHOTO: …", "FILE - In this …", "Photo: …": openings that only captions have. */
const CAPTION_OPENING = /^(?:FILE PHOTO ?[:-]|File photo:|FILE ?[-–—] |(?:PHOTO|Photo|Photograph|IMAGE|Image|Caption|Credit)s? ?: )/;

/**
 * A credit that opens the line, the caption after it: "Adrian Wyld/CP Foreign Affairs Minister …"
 * (scraped pages put the credit first). The name before the slash is one to four capitalised
 * words and the words after it are a photo agency we know, followed by the end of the line or a
 * capitalised word.
 */
export function opensWithPhotoCredit(line: string): boolean {
  const slash = line.indexOf('/');
  if (slash <= 0 || slash > 60 || !isNameWords(line.slice(0, slash))) return false;
  const after = line.slice(slash + 1, slash + 61).split(' ');
  for (let n = Math.min(4, after.length); n >= 1; n--) {
    const agency = after.slice(0, n).join(' ').replace(/[.,:;]$/, '');
    if (!PHOTO_AGENCIES.has(agency.toLowerCase())) continue;
    const next = after[n];
    return next === undefined || next === '' || (next[0] !== next[0].toLowerCase());
  }
  return false;
}

/** "Photo by Sam Ortiz on Unsplash": a stock library's credit alone on its line (the name, the library). */
const STOCK_CREDIT = /^(?:Photo|Image|Picture)s? by (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}) on (Unsplash|Pexels|Pixabay|Flickr|Wikimedia Commons)\.?$/u;

/** A whole line that is a caption, a photo credit or a gallery marker. */
export function isCaptionLine(line: string): boolean {
  if (line.length > 1200) return false;
  if (isGalleryMarker(line) || CAPTION_OPENING.test(line) || STOCK_CREDIT.test(line)) return true;
  return opensWithPhotoCredit(line) || photoCreditStart(line) >= 0;
}

/** A credit with nothing else on its line: "Adrian Wyld/CP". */
export function isPhotoCreditOnly(line: string): boolean {
  return line.length <= 80 && photoCreditStart(line) === 0;
}

/** Credit words that name no one: "File Photo", "Pool", "Handout". */
const NO_ONE: ReadonlySet<string> = new Set(['file', 'files', 'file photo', 'pool', 'handout', 'supplied', 'stringer']);
/** "Photo:", "Photo credit:", "Credit:" before the credit inside its bracket. */
const CREDIT_LABEL = /^(?:(?:Photo ?credit|Photo|Photograph|Image|Credit)s?: ?|Photos? by )/i;
/** "For the Metro Ledger": the outlet a freelance's picture was taken for is the part after "For (the)". */
const FOR_LABEL = /^For (?:[Tt]he )?(?=\p{Lu})/u;

/** The people and the agencies a photo credit names (offsets in the text). */
export interface PhotoCredit {
  names: Span[];
  agencies: Span[];
}

/**
 * Who a caption line's photo credit names: "REUTERS/Anya Petrov/File Photo", "(Photo: Jae-min
 * Seo/Getty Images)", "Solveig Marr/The Canadian Press", "Adrian Wyld/CP Foreign Affairs …" (the
 * credit first). Each part between slashes is an agency we know, a person's name (one to four
 * capitalised words) or a word that names no one ("File Photo"); "AFP via Getty Images" is two agencies.
 */
export function photoCredit(text: string, start: number, end: number): PhotoCredit | null {
  const line = text.slice(start, end);
  const stock = STOCK_CREDIT.exec(line);
  if (stock) {
    const name = line.indexOf(stock[1]);
    const library = line.lastIndexOf(stock[2]);
    return {
      names: [{ start: start + name, end: start + name + stock[1].length, text: stock[1] }],
      agencies: [{ start: start + library, end: start + library + stock[2].length, text: stock[2] }],
    };
  }
  let from = photoCreditStart(line);
  let to = line.length;
  if (from < 0) {
    if (!opensWithPhotoCredit(line)) return null;
    // The credit first: the name, the slash, and the agency's words.
    from = 0;
    const slash = line.indexOf('/');
    const after = line.slice(slash + 1).split(' ');
    to = slash + 1;
    for (let n = Math.min(4, after.length); n >= 1; n--) {
      const agency = after.slice(0, n).join(' ').replace(/[.,:;]$/, '');
      if (PHOTO_AGENCIES.has(agency.toLowerCase())) { to = slash + 1 + agency.length; break; }
    }
  }
  const out: PhotoCredit = { names: [], agencies: [] };
  let at = from;
  while (at < to) {
    let next = line.indexOf('/', at);
    if (next < 0 || next > to) next = to;
    for (const [a, b] of viaParts(line, at, next)) creditPart(line, a, b, start, out);
    at = next + 1;
  }
  return out.names.length + out.agencies.length > 0 ? out : null;
}

/** "AFP via Getty Images": the parts around " via ". */
function viaParts(line: string, a: number, b: number): Array<[number, number]> {
  const via = line.indexOf(' via ', a);
  return via >= 0 && via < b ? [[a, via], [via + 5, b]] : [[a, b]];
}

function creditPart(line: string, a: number, b: number, base: number, out: PhotoCredit): void {
  // Trim spaces, brackets, stops and a trailing ", File".
  while (a < b && ' ('.includes(line[a])) a++;
  while (b > a && ' ).,'.includes(line[b - 1])) b--;
  const label = CREDIT_LABEL.exec(line.slice(a, b));
  if (label) a += label[0].length;
  const outlet = FOR_LABEL.exec(line.slice(a, b));
  if (outlet) {
    a += outlet[0].length;
    out.agencies.push({ start: base + a, end: base + b, text: line.slice(a, b) });
    return;
  }
  const comma = line.lastIndexOf(',', b);
  if (comma > a && NO_ONE.has(line.slice(comma + 1, b).trim().toLowerCase())) b = comma;
  if (b <= a) return;
  const part = line.slice(a, b);
  const lower = part.toLowerCase();
  if (NO_ONE.has(lower)) return;
  if (PHOTO_AGENCIES.has(lower)) {
    // "AP Photo": the agency is AP.
    const cut = lower.endsWith(' photo') ? part.length - 6 : part.length;
    out.agencies.push({ start: base + a, end: base + a + cut, text: part.slice(0, cut) });
  } else if (isNameWords(part) && !NO_ONE.has(part.slice(0, part.indexOf(' ') >>> 0).toLowerCase())) {
    // ("POOL New/Reuters": a pool picture, no name.)
    out.names.push({ start: base + a, end: base + b, text: part });
  }
}
