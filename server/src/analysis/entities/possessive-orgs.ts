// "the Fed's Board of Governors", "the CSRC's Listing Committee": a body of an organisation is
// named with the organisation's possessive, and the tagger may read the whole as one name.
// CoNLL-2003 types them apart ("Fed" and "Board of Governors"), as it does a place's ("Russia's
// Defense Ministry", rules.ts). A name with "'s" inside splits there when the lists know what comes
// before as an organisation and never as a person's name ("Moody's Investors Service", "McDonald's
// Corp", "Queen's Park" stay whole), and what comes after has an organisation's head word ("Board of Governors").
// A month or a weekday after the "'s" is never part of a name ("the Fed's September meeting", "Ardent's
// Tuesday results"): the name ends before the "'s", whatever it is.
import { listBits, listClassesAt, type DocContext } from './features';
import { GAZ_CLASSES, phraseHash, type Gazetteer } from './gazetteer';
import { ORG_HEAD_HASHES } from './org-words';
import { type TokenSpan, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { ORGANIZATION, MISC } from './labels';

const LOWER_CASE = 2;
/** Nouns after a broadcaster's programme's name (round 17). */
const PROGRAMMES = wordSet(['programme', 'program', 'show', 'podcast', 'bulletin']);
const TITLE_CASE = 3;
const POSSESSIVES = wordSet(["'s", '’s']);
const ORG_BITS = ['organization', 'seen-organization'].reduce((m, c) => m | (1 << GAZ_CLASSES.indexOf(c as (typeof GAZ_CLASSES)[number])), 0);
const PEOPLE = listBits('first-name', 'last-name', 'person', 'seen-person');
/** Last words of a body's unit not among the organisation words ("Sheps Center", "Kennedy School" is one). */
const UNITS = wordSet(['center', 'centre', 'lab', 'laboratory', 'program', 'programme', 'clinic', 'project']);
/** Last words of a body's yearly event ("Kidney Week", "Annual Conference"). */
const EVENTS = wordSet(['week', 'conference', 'summit', 'congress', 'forum', 'awards', 'festival', 'symposium', 'convention']);
const TIMES = wordSet(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export function splitAtPossessiveOrgs(ctx: DocContext, gaz: Gazetteer, spans: TokenSpan[]): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    let cut = -1, programme = false;
    if (s.type === ORGANIZATION && s.to - s.from >= 3) {
      for (let k = s.from + 1; k < s.to - 1; k++) {
        if (!POSSESSIVES.has(ctx.lower[k])) continue;
        if (ctx.cap[k + 1] === TITLE_CASE && bodyWordIn(ctx, k + 1, s.to) && (Math.max(0, gaz.get(phraseHash(ctx.lower, s.from, k), 0)) & ORG_BITS) !== 0 && !peoplesWord(ctx, s.from, k)) cut = k;
        // Round 17: "University of North Carolina's Sheps Center": a body's own name (with its head
        // word, "University", "Institute") before the "'s", and a unit's after it, are two bodies.
        // "the BBC's Today programme": a broadcaster's possessive, then its programme's name (MISC).
        else if (ctx.cap[k + 1] === TITLE_CASE && s.to < ctx.n && ctx.cap[s.to] === LOWER_CASE && PROGRAMMES.has(ctx.lower[s.to])) { cut = k; programme = true; }
        else if (ctx.cap[k + 1] === TITLE_CASE && k - s.from >= 2 && (bodyWordIn(ctx, k + 1, s.to) || UNITS.has(ctx.lower[s.to - 1])) && bodyWordIn(ctx, s.from, k)) cut = k;
        // Names round 26: "the American Society of Nephrology's Kidney Week": a body's own name, then its event's (MISC).
        else if (ctx.cap[k + 1] === TITLE_CASE && k - s.from >= 2 && EVENTS.has(ctx.lower[s.to - 1]) && bodyWordIn(ctx, s.from, k)) { cut = k; programme = true; }
        break;
      }
    }
    if (cut < 0 && s.to - s.from >= 3 && POSSESSIVES.has(ctx.lower[s.to - 2]) && ctx.cap[s.to - 1] === TITLE_CASE && TIMES.has(ctx.lower[s.to - 1])) {
      // "Fed's September": the name alone.
      (out ??= spans.slice(0, i)).push({ ...s, to: s.to - 2 });
      continue;
    }
    if (cut < 0) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, i);
    out.push(tokenSpan(s.from, cut, ORGANIZATION), tokenSpan(cut + 1, s.to, programme ? MISC : ORGANIZATION));
  }
  return out ?? spans;
}

function bodyWordIn(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEAD_HASHES.has(ctx.lower[k])) return true;
  return false;
}

function peoplesWord(ctx: DocContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((listClassesAt(ctx, k) & PEOPLE) !== 0) return true;
  return false;
}
