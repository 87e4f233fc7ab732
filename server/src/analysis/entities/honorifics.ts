// Honorifics ("Mr.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.") are never names themselves, and
// the capitalised words after one are a person's name: "Ms. May" is the person "May", whatever
// the tagger made of it (a month, a place, the organisation "Ms.").
import type { Segmentation } from '../types';
import type { DocContext } from './features';
import { nameRunEnd } from './name-words';
import { type TokenSpan, mergeByFrom, tokenSpan } from './spans';
import { wordSet } from './word-set';
import { PERSON } from './labels';

export const HONORIFICS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'messrs.', 'mme.', 'mlle.', 'prof.', 'sen.', 'rep.', 'gov.',
  'lt.', 'gen.', 'col.', 'maj.', 'capt.', 'sgt.', 'cpl.', 'adm.', 'cmdr.', 'rev.', 'fr.', 'supt.', 'insp.', 'det.',
  // British councillors and the neutral title: "Cllr Bridget Mwangi", "Mx Rowan Hale".
  'cllr', 'cllr.', 'mx', 'mx.',
  // Canadian councillors and constables, attorneys, monsignors: "Coun. Alana Fitzgerald", "Cst. Paul Oduya".
  'coun.', 'const.', 'cst.', 'atty.', 'msgr.',
  // South Asian honorifics: "Smt. Kamla Devi", "Shri Ram Prasad".
  'smt', 'smt.', 'shri', 'shri.',
  // Round 27: Nigerian and Malaysian honorifics and the Westminster style ("Alhaji Umar Atanda",
  // "Engr. Abdulganiyu Salihu", "Rt. Hon. Yakubu Danladi", "Datuk Azlan Yusof", "Madam Koh Siew Lan").
  // "Rt" is cut from its full stop by the segmenter ("Rt. Hon." ends a sentence there).
  'alhaji', 'alhaja', 'hon.', 'rt.', 'rt', 'engr.', 'engr', 'datuk', 'datin', 'madam',
]);

/** The honorifics as the rules see tokens (hashed lower case, DocContext.lower): no string built per token. */
const HONORIFIC_HASHES = wordSet([...HONORIFICS]);

export function isHonorific(ctx: DocContext, seg: Segmentation, k: number): boolean {
  const t = seg.tokens[k].text;
  // "Mr", "Mrs", "Cllr", "Alhaji" or a short word with its period.
  return (t.length <= 6 || (t.length <= 7 && t.charCodeAt(t.length - 1) === 46)) && HONORIFIC_HASHES.has(ctx.lower[k]);
}

export function honorificNames(ctx: DocContext, seg: Segmentation, spans: TokenSpan[]): TokenSpan[] {
  const persons: TokenSpan[] = [];
  let honorific: Uint8Array | null = null;
  for (let k = 0; k < ctx.n; k++) {
    // Honorifics are written "Ms." or "Ms": a capital, then lower case (cheap test first).
    if (ctx.cap[k] !== 3 || ctx.allCaps[k] || !isHonorific(ctx, seg, k)) continue;
    if (!honorific) honorific = new Uint8Array(ctx.n);
    honorific[k] = 1;
    // "Lt. Col. Andriy …", "Maj. Gen. …": a rank of two words; the second one reads the name.
    if (k + 1 < ctx.n && ctx.cap[k + 1] === 3 && isHonorific(ctx, seg, k + 1)) continue;
    // "Mr" without its period ends a sentence for the segmenter only when it has one.
    const end = k + 1 < ctx.n && ctx.sentFirst[k + 1] === ctx.sentFirst[k] ? nameRunEnd(seg, ctx, k + 1, 3) : k + 1;
    if (end > k + 1) persons.push(tokenSpan(k + 1, end, PERSON, true));
  }
  if (!honorific) return spans;
  const isHon = honorific;
  const owner = new Int32Array(ctx.n).fill(-1);
  persons.forEach((p, i) => owner.fill(i, p.from, p.to));
  const out: TokenSpan[] = [];
  for (const s of spans) {
    let from = s.from;
    while (from < s.to && isHon[from]) from++;
    if (from === s.to) continue; // the honorific alone
    // A span over a name after an honorific yields to the person, unless it reaches past it
    // ("Dr. Reddy's Laboratories" stays the company).
    const p = owner[from];
    if (p >= 0 && s.to <= persons[p].to) continue;
    // … but not through a comma: "Sen. Harlan Petrakis, D-Ohio," is the person, then the
    // party and state of AP style.
    if (p >= 0 && persons[p].to + 1 < s.to && seg.tokens[persons[p].to].text === ',') {
      out.push(tokenSpan(persons[p].to + 1, s.to, s.type));
      continue;
    }
    out.push(from === s.from ? s : tokenSpan(from, s.to, s.type));
  }
  // A person is kept unless a longer span already covers it; merged in order (no sort of every span).
  const kept: TokenSpan[] = [];
  const covers = (s: TokenSpan, p: TokenSpan) => s.from <= p.from && s.to >= p.to;
  for (const p of persons) {
    if (out.some((s) => covers(s, p)) || kept.some((s) => covers(s, p))) continue;
    kept.push(p);
  }
  return mergeByFrom(out, kept);
}
