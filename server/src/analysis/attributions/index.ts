// Attributions: who said what. Cue verbs (lexicon.ts) anchor a frame per sentence
// (frame.ts); quotations found on their own (quotes.ts) either belong to a frame, continue
// the previous speaker (continuations.ts), or are scare quotes and left alone; a social-media
// post embedded in a scraped page is its signer's (posts.ts), the answers of a Q&A interview
// the interviewee's (interviews.ts).
import type { Attribution, AttributionKind, Entity, Mention, Paragraph, Segmentation, Sentence } from '../types';
import { antecedentOfWho, isAgeAt, nameBeforeDescribedWho } from './appositives';
import { attachQuotations } from './continuations';
import type { Draft } from './draft';
import type { Clause, QuoteIndex } from './context';
import { FINAL_PUNCT } from './context';
import type { Quote } from './quotes';
import type { LearnedHook, TokenSpan } from './learned/model';
import { shippedModel } from './learned/shipped';
import { subjectBrokenByAside } from './aside-subject';
import { documentOpening } from './document-opening';
import { type AttributionMemo, ParagraphDrafts } from './paragraph-memo';
import { NOT_SPEECH, frameForAccordingTo, frameForAsked, frameForLearned, frameForVerb, timeOnlyContent } from './frame';
import { CUE_VERBS, PUT_IT, STATES_AFTER_DOCUMENT } from './lexicon';
import { AS_CITED, frameForAsCited, frameForAsPutIt } from './as-put-it';
import { frameForAsReportedBy } from './as-reported-by';
import { POLL_HEADS, frameForInPoll } from './in-poll';
import type { Doc } from './phrases';
import { headlineColon, isLabelDraft, isOpeningLine, isTitleLine, transcriptLabel, withoutTranscriptQuotations } from './headlines';
import { SPEECH_NOUNS, frameForNoun } from './nouns';
import { embeddedPosts } from './posts';
import { interviewAnswers } from './interviews';
import { recordLabel } from './record-labels';
import { findQuotes } from './quotes';
import { mediumAt, onlyTime } from './content';
import { SourceResolver } from './resolve';
import { TokenLowerCases } from './lower-memo';
import { PlacedMemo } from './placed-memo';

export type { AttributionMemo } from './paragraph-memo';
import { ADVERBIAL_PREPOSITIONS, DETERMINERS, SUBJECT_PRONOUNS, isCapitalised, isDocumentNoun, isPossessive, isWord } from './words';

const SKIPPED_ROLES = new Set(['credit', 'boilerplate', 'footer']);
/** Every word that can start an attribution, for one look-up per token. */
const TRIGGERS = new Set<string>([...CUE_VERBS.keys(), ...SPEECH_NOUNS, ...PUT_IT, 'according']);

/**
 * The attributions of a segmented text. With a memo (the incremental analyser), paragraphs
 * drafted by an earlier analysis of the same text are not drafted again (paragraph-memo.ts).
 */
export function findAttributions(
  seg: Segmentation, entities: Entity[], mentions: Mention[], hook: LearnedHook | null = shippedModel(), memo?: AttributionMemo,
): Attribution[] {
  const { text } = seg;
  const doc: Doc = {
    text, toks: seg.tokens, lower: memo ? keptLowerCases(seg, memo) : seg.tokens.map((t) => lowerCase(t.text, false)), sentenceStart: seg.sentences.map((s) => s.firstToken),
    // Present from the start, so every Doc has one shape (the learned models fill them in).
    hashes: undefined, shapes: undefined,
  };
  const list = findQuotes(text, seg.paragraphs);
  const quotes: QuoteIndex = { list, byClose: new Map(), byOpen: new Map() };
  for (const q of list) {
    quotes.byOpen.set(q.open, q);
    if (q.closed) quotes.byClose.set(q.close, q);
  }

  // Cues inside quotations are the quoted speaker's words, not the article's attributions.
  const quoted = new Uint8Array(seg.tokens.length);
  let qi = 0;
  for (let t = 0; t < seg.tokens.length; t++) {
    const pos = seg.tokens[t].start;
    while (qi < list.length && list[qi].end <= pos) qi++;
    if (qi < list.length && list[qi].start <= pos && list[qi].words >= 3) quoted[t] = 1;
  }

  const drafts: Draft[] = [];
  const reading: Reading = { doc, quotes, quoted, hook };
  const kept = memo ? new ParagraphDrafts(memo, doc, quotes, seg) : null;
  // The furthest content of the drafts so far.
  let reach = -1;
  let next = 0;
  for (let p = 0; p < seg.paragraphs.length; p++) {
    const para = seg.paragraphs[p];
    const first = next;
    while (next < seg.sentences.length && seg.sentences[next].paragraph === p) next++;
    if (SKIPPED_ROLES.has(para.role) || first === next) continue;
    const since = drafts.length;
    const draftParagraph = (): void => {
      for (let k = first; k < next; k++) draftSentence(reading, seg.sentences[k], para, drafts);
    };
    // A paragraph reached by an earlier attribution's content (a quotation running on) is read
    // afresh: its drafts may depend on that one (duplicates are dropped).
    if (kept && reach <= para.start) kept.draft(p, first, next, drafts, draftParagraph);
    else draftParagraph();
    for (let i = since; i < drafts.length; i++) if (drafts[i].contentEnd > reach) reach = drafts[i].contentEnd;
  }
  kept?.end();

  const all = interviewAnswers(seg, mentions, embeddedPosts(seg, withoutTranscriptQuotations(doc, attachQuotations(doc, seg, quotes, drafts), seg.dateline?.place ?? null)));
  const roles = memo ? (memo.roles ??= new PlacedMemo()) : undefined;
  const resolver = new SourceResolver(text, entities, mentions, seg.sentences, roles);
  const out: Attribution[] = [];
  const resolved = new Map<Draft, string | null>();
  const antecedents = new Map<Draft, { start: number; end: number } | null>();
  for (const d of all) {
    const source = d.sourceSpan ?? (d.source ? { start: doc.toks[d.source.first].start, end: doc.toks[d.source.last].end } : null);
    const cue = d.cueSpan ?? (d.cue ? { start: doc.toks[d.cue.first].start, end: doc.toks[d.cue.last].end } : null);
    const speaker = d.speaker ? { start: doc.toks[d.speaker.first].start, end: doc.toks[d.speaker.last].end } : source;
    let entity: string | null;
    let antecedent: { start: number; end: number } | null = null;
    if (d.continues) {
      entity = resolved.get(d.continues) ?? null;
      antecedent = antecedents.get(d.continues) ?? null;
    } else if (!speaker && !d.cue && d.quote && !d.continuation && (d.topic === true || opensParagraph(text, d.quote.open))) {
      entity = resolver.freeQuotationSpeaker(d.quote.open);
    } else {
      entity = resolver.resolve(speaker, d.anchor, d.contentEnd);
      antecedent = resolver.antecedent;
    }
    resolved.set(d, entity);
    antecedents.set(d, antecedent);
    out.push({
      source: source ? span(text, source.start, source.end) : null,
      sourceEntity: entity,
      sourceAntecedent: antecedent ? span(text, antecedent.start, antecedent.end) : null,
      cue: cue ? span(text, cue.start, cue.end) : null,
      content: trimmed(text, d.contentStart, d.contentEnd),
      kind: kindOf(text, d),
      continuation: d.continuation,
    });
  }
  return out;
}

/** What drafting a sentence reads besides the sentence: the document, its quotations, the learned models. */
interface Reading {
  doc: Doc;
  quotes: QuoteIndex;
  /** 1 for tokens inside a quotation of three words or more (their cues are the quoted speaker's). */
  quoted: Uint8Array;
  hook: LearnedHook | null;
}

/**
 * The drafts of one sentence, appended to `drafts`. Reads the sentence's tokens, the
 * quotations, its paragraph's bounds and role, and of the drafts before it only those of the
 * same sentence and any whose content overlaps (paragraph-memo.ts relies on it).
 */
function draftSentence(reading: Reading, s: Sentence, para: Paragraph, drafts: Draft[]): void {
  const { doc, quotes, quoted, hook } = reading;
  const words = hook ? hook.words : null;
  const c: Clause = { lo: s.firstToken, hi: s.endToken, paragraphStart: para.start, paragraphEnd: para.end, from: s.firstToken, nestFrom: s.firstToken };
  const sentenceDrafts = drafts.length;
  // Where a content read leftwards may start: past a cue whose content came before it
  // ("A, he said, and B, she said"), and past the third cue back (a content may hold two
  // earlier attributions, no more, so the output stays linear in the text).
  let contentFirstFloor = c.lo;
  const pastCues: number[] = [];
  const title = c.hi > c.lo && isTitleLine(doc, c, para.role);
  if (title) {
    // ("Some hon. members: Hear, hear!": a record's short labelled line is no title.)
    const h = headlineColon(doc, c) ?? (para.role === 'body' ? recordLabel(doc, c) : null);
    if (h) drafts.push(h);
  } else if (c.hi > c.lo) {
    // A first line ending in a full stop may still be a headline ("Voss: My plans are not set in stone.").
    const opening = isOpeningLine(doc, c) ? headlineColon(doc, c) : null;
    const label = opening ?? (para.role === 'body' ? transcriptLabel(doc, c) ?? recordLabel(doc, c) : null);
    if (label) drafts.push(label);
  }
  // "Asked by X whether Y had replied, Z said: …": cues inside the question up to its comma are
  // part of what was asked, not attributions reaching past it.
  let questionEnd = -1;
  for (let t = c.lo; t < c.hi; t++) {
    if (quoted[t] || t < questionEnd) continue;
    const w = doc.lower[t];
    const trigger = TRIGGERS.has(w) || (w === 'states' && t > c.lo && isDocumentNoun(doc.lower[t - 1])) || (POLL_HEADS.has(w) && doc.lower[c.lo] === 'in');
    if (!trigger && !(words && words.has(w))) continue;
    if (nestedTooDeep(doc, drafts, sentenceDrafts, t)) continue;
    let d = trigger ? ruleFrame(doc, t, c, quotes, drafts, title) : null;
    if (d === HANDLED && w === 'asked') questionEnd = commaAfter(doc, t, c.hi);
    if (d === HANDLED || d === NOT_SPEECH) continue;
    // "X said A, according to Y" attributes A twice, to X and (through Y) to the article.
    // "X said A, according to Y" and "rejected his claim that A" nest A in two attributions.
    const nested = trigger && (w === 'according' || SPEECH_NOUNS.has(w));
    if (words !== null && words.has(w) && !hasContent(d) && hook!.extra(doc, t, c, quotes, trigger)) d = frameForLearned(doc, t, c, quotes, drafts.length > 0 ? drafts[drafts.length - 1] : null);
    for (const one of Array.isArray(d) ? d : d ? [d] : []) {
      // The learned models judge reported speech after plain speech verbs; quotations,
      // nouns, "according to" and stances stay the rules'.
      const plain = hook !== null && !one.quote && one.cue !== null && (one.learned === true || plainSpeech(doc, one));
      if (plain && !one.learned && !afterThat(doc, one) && !hook.keep(doc, one.cue!.last, c, quotes, { start: one.contentStart, end: one.contentEnd }, one.source !== null) &&
        !toldListener(doc, one) && !ownedDocumentSays(doc, one) && !documentOpeningShows(doc, one, c) && !documentClosesSentence(doc, one, c)) continue;
      if (plain && (one.learned || hook.contentOfRules)) {
        learnedContent(doc, one, c, quotes, hook);
        // "rules the province announced this week": a time alone is no content.
        if (timeOnlyContent(doc, one.cue!.last, one, c)) continue;
      }
      // "she tells it flatly": a manner adverb alone is how it was told, not what.
      if (adverbOnly(doc.text, one)) continue;
      // "Hon. Ann Roy (Minister, Lib.): …, I can tell the House that …": the labelled speaker's own words.
      if (firstPersonInRecordLabel(doc, drafts, one)) continue;
      if (one.contentEnd > one.contentStart && (nested || !duplicate(doc, drafts, one))) {
        // "Cruz, who says …": the speaker is the phrase "who" stands for; the source runs from
        // it to "who" (outlets mark either one).
        if (one.source && one.source.first === one.source.last && (doc.lower[one.source.first] === 'who' || doc.lower[one.source.first] === 'which')) {
          // "Gail Moreau, a nurse from Thunder Bay, who told …": the name before the description
          // (not the place that ends it).
          const named = nameBeforeDescribedWho(doc, one.source.first, c.lo);
          const ante = named ? null : antecedentOfWho(doc, one.source.first, c.lo);
          if (named) {
            one.speaker = named;
            one.source = { first: named.first, last: one.source.first };
          } else if (ante && (one.source.first - ante.last <= 2 || (one.source.first - ante.last === 4 && isAgeAt(doc, ante.last + 2)))) {
            one.speaker = ante;
            one.source = { first: ante.first, last: one.source.first };
          }
        }
        drafts.push(one);
        // A cue of the learned model moves no floor: the rules' later cues read their contents
        // as if it were not there (it is dropped if it lies inside one of them).
        if (one.learned) continue;
        const past = pastCue(one, t);
        pastCues.push(past);
        if (one.contentEnd <= doc.toks[t].start) contentFirstFloor = Math.max(contentFirstFloor, past);
        c.nestFrom = pastCues.length > MAX_NESTING ? pastCues[pastCues.length - MAX_NESTING - 1] : c.lo;
        c.from = Math.max(contentFirstFloor, c.nestFrom);
      }
    }
  }
  if (hook) dropNestedLearned(doc, drafts, sentenceDrafts);
}

/** Whether a draft's content is one manner adverb and nothing else ("she tells it flatly"). */
function adverbOnly(text: string, d: Draft): boolean {
  if (d.quote || d.contentEnd - d.contentStart > 24) return false;
  return /^\s*\p{Ll}{3,}ly[\s.,]*$/u.test(text.slice(d.contentStart, d.contentEnd));
}

/** How many drafts back a record label's paragraph is looked for. */
const LABEL_REACH = 8;

/**
 * A first-person cue inside the paragraph of a record's speaker label ("Mr. Lee (Kenora, CPC):
 * Mr. Speaker, I can tell the House that …"): the label's attribution holds those words already.
 */
function firstPersonInRecordLabel(doc: Doc, drafts: Draft[], d: Draft): boolean {
  if (!d.source || !d.cue || d.source.first !== d.source.last || (doc.lower[d.source.first] !== 'i' && doc.lower[d.source.first] !== 'we')) return false;
  const at = doc.toks[d.cue.first].start;
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - LABEL_REACH; i--) {
    const o = drafts[i];
    if (o.cue === null && o.source !== null && !o.quote && o.contentStart <= at && at < o.contentEnd) return true;
  }
  return false;
}

/** The first comma after `t` in the sentence (the end of an opening "Asked …," question), or `hi`. */
function commaAfter(doc: Doc, t: number, hi: number): number {
  let k = t + 1;
  while (k < hi && doc.toks[k].text !== ',') k++;
  return k;
}

/**
 * "In court, Marlow testified that the pump had failed", "Questioned by the Crown, X testified that
 * …": a phrase fronted before the source, then the verb and "that" opening the content (the second
 * opinion reads the fronted comma as a clause it is inside).
 */
function frontedThenThat(doc: Doc, d: Draft, t: number): boolean {
  if (!d.source || d.source.first === 0 || doc.toks[d.source.first - 1].text !== ',' || d.source.last + 1 !== t) return false;
  return doc.lower[t + 1] === 'that' && t + 2 < doc.toks.length && doc.toks[t + 2].start === d.contentStart;
}

/**
 * "testified at the inquest that the brakes were worn": a content the rules opened after "that"
 * with a source is reported speech whatever the learned second opinion makes of the cue word.
 */
function afterThat(doc: Doc, d: Draft): boolean {
  if (!d.source || d.quote) return false;
  const t = d.cue!.last;
  // Plain verbs of speech only (no beliefs, documents, participles or verbs that need a clause),
  // with an adverbial between the verb and "that" (the second opinion reads those poorly).
  const e = CUE_VERBS.get(doc.lower[t]);
  if (!e || e.belief || e.doc || e.participle || e.needsClause || t + 1 >= doc.toks.length) return false;
  if (frontedThenThat(doc, d, t)) return true;
  if (!ADVERBIAL_PREPOSITIONS.has(doc.lower[t + 1])) return false;
  for (let k = t + 1; k < doc.toks.length && k <= t + 8; k++) {
    if (doc.toks[k].start >= d.contentStart) return k > t + 1 && doc.lower[k - 1] === 'that' && doc.toks[k].start === d.contentStart;
  }
  return false;
}

/**
 * "The suspect told police he had been drinking", "told investigators she …": after "told" and a
 * listener of one lower-case word, a content the rules opened with a subject pronoun and its verb
 * is reported speech whatever the learned second opinion makes of the cue word (it reads "told
 * police he …" poorly; with "that" or a longer listener it is left to judge).
 */
function toldListener(doc: Doc, d: Draft): boolean {
  if (!d.source || d.quote) return false;
  const t = d.cue!.last;
  const e = CUE_VERBS.get(doc.lower[t]);
  const k = t + 2;
  if (!e || e.lemma !== 'tell' || e.participle || k + 1 >= doc.toks.length || doc.toks[k].start !== d.contentStart) return false;
  const listener = doc.toks[t + 1].text;
  return isWord(listener) && !isCapitalised(listener) && !OBJECT_WORDS.has(doc.lower[t + 1]) && SUBJECT_PRONOUNS.has(doc.lower[k]) &&
    doc.lower[k] !== 'who' && doc.lower[k] !== 'one' && isWord(doc.toks[k + 1].text);
}
/** Words that own a document before its noun ("its note", "their letter"), besides "’s". */
const DOCUMENT_OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);

/**
 * "The bank’s note to investors said …", "their letter to members said …": a document with an owner
 * as the subject of "said" reports its words whatever the second opinion makes of the cue (it reads
 * an owned document before a partial quotation poorly). The owner comes right before the noun or
 * one word before it ("the firm’s latest note").
 */
function ownedDocumentSays(doc: Doc, d: Draft): boolean {
  if (!d.source) return false;
  const e = CUE_VERBS.get(doc.lower[d.cue!.last]);
  if (!e || e.lemma !== 'say' || e.participle) return false;
  const { first, last } = d.source;
  for (let k = first + 1; k <= last && k <= first + 4; k++) {
    const w = doc.lower[k];
    if (!isDocumentNoun(w) && w !== 'note' && w !== 'notes') continue;
    for (let o = k - 1; o >= first && o >= k - 2; o--) if (isPossessive(doc.toks[o].text) || DOCUMENT_OWNERS.has(doc.lower[o])) return true;
    return false;
  }
  return false;
}

/**
 * "Records from the 2019 campaign show he gave …": a document heading the clause's opening phrase
 * (document-opening.ts) shows what follows whatever the second opinion makes of the cue word.
 */
function documentOpeningShows(doc: Doc, d: Draft, c: Clause): boolean {
  if (!d.source || !CUE_VERBS.get(doc.lower[d.cue!.last])?.doc) return false;
  const opening = documentOpening(doc, c, d.cue!.first);
  // ("Documents released Monday show …": the source read back stops at the time, inside the opening.)
  return opening !== null && opening.first === d.source.first && opening.last >= d.source.last;
}

/** Longest document phrase closing a sentence after its content ("a new study by the institute"). */
const MAX_CLOSING_DOCUMENT = 5;

/**
 * "…, and the longest waits fall on rural patients, a new study suggests.": a document (a
 * determiner, a few modifiers, a document noun) and its verb closing the sentence after the content
 * report that content whatever the second opinion makes of the cue word.
 */
function documentClosesSentence(doc: Doc, d: Draft, c: Clause): boolean {
  if (!d.source || d.quote) return false;
  const { first, last } = d.source;
  if (first <= c.lo || doc.toks[first - 1].text !== ',' || d.contentEnd > doc.toks[first].start || d.cue!.first !== last + 1) return false;
  if (last - first >= MAX_CLOSING_DOCUMENT || !DETERMINERS.has(doc.lower[first]) || !isDocumentNoun(doc.lower[last])) return false;
  const after = d.cue!.last + 1;
  return after >= c.hi || FINAL_PUNCT.has(doc.toks[after].text);
}

/** Object pronouns: "told him he …" is left to the second opinion. */
const OBJECT_WORDS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it']);

/** ruleFrame's answer when it dealt with the word itself (an empty list, so drafts stay objects). */
const HANDLED: Draft[] = [];

/** How many drafts either side of a learned cue are checked for a content holding it (keeps the pass linear). */
const NEAR_DRAFTS = 8;

/** A draft of a verb of speech in its plain sense (no stance, naming or "as" frame). */
function plainSpeech(doc: Doc, d: Draft): boolean {
  const e = CUE_VERBS.get(doc.lower[d.cue!.last]);
  return d.verb === true && e !== undefined && d.cue!.first === d.cue!.last && !e.clauseObject && !e.quoteOnly && !e.as && !e.evidential;
}

/**
 * Drops the sentence's cues found by the learned model inside another attribution's content
 * ("Canada has asked the court for clemency, she said": hers, not Canada's; a reader of speech
 * counts the outer attribution only), or whose content is mostly one the rules found.
 */
function dropNestedLearned(doc: Doc, drafts: Draft[], since: number): void {
  let kept = since;
  for (let i = since; i < drafts.length; i++) {
    const d = drafts[i];
    let drop = false;
    if (d.learned && d.cue) {
      const at = doc.toks[d.cue.first].start;
      // Drafts come in the order of their cues; a content holding this cue is near it.
      for (let j = Math.max(since, i - NEAR_DRAFTS); j < drafts.length && j <= i + NEAR_DRAFTS && !drop; j++) {
        const o = drafts[j];
        drop = j !== i && !o.learned && ((o.contentStart <= at && at < o.contentEnd) || halfOverlap(o, d));
        // "said in a statement it was …": the learned cue "statement" after the speaker's verb
        // reads the same words again (with "a" for a source).
        drop ||= j < i && o.learned === true && o.cue !== null && o.cue.last < d.cue.first && SPEECH_NOUNS.has(doc.lower[d.cue.last]) && halfOverlap(o, d);
      }
    }
    if (!drop) drafts[kept++] = d;
  }
  drafts.length = kept;
}

/**
 * Lets the learned content model choose where reported speech right of a verb cue starts and
 * ends; quotations the content is exactly, and contents before the cue, stay the rules'.
 */
function learnedContent(doc: Doc, d: Draft, c: Clause, quotes: QuoteIndex, hook: LearnedHook): void {
  if (d.quote || !d.cue || d.continuation) return;
  const t = d.cue.last;
  const empty = d.contentEnd <= d.contentStart;
  if (!empty && d.contentStart < doc.toks[t].end) return;
  let rule: TokenSpan | null = null;
  if (!empty) {
    let s = t + 1;
    while (s < c.hi && doc.toks[s].start < d.contentStart) s++;
    let e = s;
    while (e + 1 < c.hi && doc.toks[e + 1].end <= d.contentEnd) e++;
    if (s < c.hi && doc.toks[e].end <= d.contentEnd) rule = { s, e };
  }
  let span = hook.content(doc, t, c, quotes, rule);
  // "conceded shortly before midnight": a time alone is no content.
  if (!span || onlyTime(doc, span.s, span.e)) return;
  // "said about 230 firefighters, supported by 18 aircraft, were working …": the span stopped
  // inside its subject; the rules' content runs on to the verb and past it.
  if (rule && rule.s === span.s && rule.e > span.e && subjectBrokenByAside(doc, span.e, rule.e + 1)) span = rule;
  // "confirmed the cuts in a blog post": the medium closing the span is no part of what was said.
  for (let k = span.s + 1; k <= span.e && !quotes.byOpen.has(doc.toks[span.s].start); k++) {
    if (quotes.byOpen.has(doc.toks[k].start)) break;
    if (mediumAt(doc, k, span.e + 1)) {
      span = { s: span.s, e: k - 1 };
      break;
    }
  }
  d.contentStart = doc.toks[span.s].start;
  d.contentEnd = doc.toks[span.e].end;
  // A content that is one quotation, give or take its marks, is that quotation (a direct quote).
  const q = quoteAround(doc, span, quotes);
  if (q) {
    d.quote = q;
    d.contentStart = q.start;
    d.contentEnd = q.end;
  }
}

/** The quotation opening at the span's first token or just before it and closing at its end, if any. */
function quoteAround(doc: Doc, span: TokenSpan, quotes: QuoteIndex): Quote | null {
  const q = quotes.byOpen.get(doc.toks[span.s].start) ?? (span.s > 0 ? quotes.byOpen.get(doc.toks[span.s - 1].start) : undefined);
  if (!q || !q.closed) return null;
  const end = doc.toks[span.e].end;
  return end === q.close || end === q.end || (end < q.close && end >= q.end - 1) ? q : null;
}


function hasContent(d: Draft | Draft[] | null): boolean {
  if (!d) return false;
  for (const one of Array.isArray(d) ? d : [d]) if (one.contentEnd > one.contentStart) return true;
  return false;
}

/** The rules' attribution for a trigger word at `t`; HANDLED when the word was dealt with otherwise. */
function ruleFrame(doc: Doc, t: number, c: Clause, quotes: QuoteIndex, drafts: Draft[], title: boolean): Draft | Draft[] | null {
  const w = doc.lower[t];
  if (w === 'according' && t + 1 < c.hi && doc.lower[t + 1] === 'to') return frameForAccordingTo(doc, t, c, quotes);
  // "That approach, as Whitcombe put it, would be …"
  if (PUT_IT.has(w)) return frameForAsPutIt(doc, t, c, quotes);
  // "…, as the Herald reported on Tuesday."
  const asCited = AS_CITED.has(w) ? frameForAsCited(doc, t, c, quotes) : null;
  if (asCited) return asCited;
  // "As reported by the Herald, the mayor …"
  const reportedBy = frameForAsReportedBy(doc, t, c, quotes);
  if (reportedBy) return reportedBy;
  // "In a Halden Institute poll released Monday, 52 per cent …"
  if (POLL_HEADS.has(w)) return doc.lower[c.lo] === 'in' ? frameForInPoll(doc, t, c, quotes) : null;
  // "Hart's comments that …": speech named by a noun.
  const n = SPEECH_NOUNS.has(w) ? frameForNoun(doc, t, c, quotes) : null;
  if (n) return n;
  const entry = w === 'states' && t > c.lo && isDocumentNoun(doc.lower[t - 1]) ? STATES_AFTER_DOCUMENT : CUE_VERBS.get(w);
  if (!entry) return null;
  if (w === 'asked') {
    const a = frameForAsked(doc, t, c);
    if (a) {
      // "Asked about X, Lee said …": the question of an unnamed reporter is nobody's
      // speech; "asked by X whether …" is X's.
      if (a.source) drafts.push(a);
      return HANDLED;
    }
  }
  // Capitalised cue words are names ("United States") except in title-case headlines.
  if (isCapitalised(doc.toks[t].text) && !title) return null;
  // "Quarry Lane Foods Reports Third Quarter Results", "X Announces Record Production": a release's
  // headline that reports figures, not words.
  if (title && resultsHeadline(doc, t, entry.lemma, c)) return NOT_SPEECH;
  // "Heritage group asks court to halt demolition": a headline's request to a court is a filing.
  if (title && courtRequestHeadline(doc, t, entry.lemma, c)) return NOT_SPEECH;
  if (absoluteParticiple(doc, t, c)) return NOT_SPEECH;
  const d = frameForVerb(doc, t, entry, c, quotes, drafts.length > 0 ? drafts[drafts.length - 1] : null);
  for (const one of Array.isArray(d) ? d : d ? [d] : []) one.verb = true;
  return d;
}

/** Verbs of a results release's headline. */
const RELEASE_VERBS = new Set(['report', 'announce']);
/** Words of a headline's clause ("… Reports Sales Will Fall", "… Announces It Is Leaving"): what was said, not a thing. */
const HEADLINE_CLAUSE = new Set(['that', 'will', 'would', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'should', 'must', 'to']);
/** How far a headline's clause is looked for after the cue. */
const HEADLINE_REACH = 12;

/**
 * A title line where "Reports"/"Announces" takes a noun phrase ("Third Quarter Results", "Record
 * Gold Production"): no clause or quotation follows in the line.
 */
function resultsHeadline(doc: Doc, t: number, lemma: string, c: Clause): boolean {
  if (!RELEASE_VERBS.has(lemma)) return false;
  for (let k = t + 1; k < c.hi && k <= t + HEADLINE_REACH; k++) {
    const w = doc.lower[k];
    if (HEADLINE_CLAUSE.has(w) || w === ':' || !(isWord(doc.toks[k].text) || /^[\d$%.,&-]/.test(doc.toks[k].text))) return false;
  }
  return t + 1 < c.hi;
}

/** Verbs of a request, and who a headline's request to a court is made to. */
const REQUEST_VERBS = new Set(['ask', 'urge', 'petition']);
const COURTS = new Set(['court', 'courts', 'judge', 'judges', 'justices', 'tribunal']);

/**
 * A title line where a request is made to a court ("Heritage group asks court to halt …",
 * "Province asks Supreme Court to hear appeal"): an application filed, not words reported.
 */
function courtRequestHeadline(doc: Doc, t: number, lemma: string, c: Clause): boolean {
  if (!REQUEST_VERBS.has(lemma)) return false;
  for (let k = t + 1; k < c.hi && k <= t + 4; k++) {
    if (doc.lower[k] === 'to') return k > t + 1 && COURTS.has(doc.lower[k - 1]);
    if (!isWord(doc.toks[k].text)) return false;
  }
  return false;
}

/** Words a participle may follow when its subject speaks ("…, he added", "…, officials added"). */
const SPEAKER_BEFORE = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'who', 'officials', 'police', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "with about 14,000 jobs added, less than half …": a past participle after the noun of a "with"
 * phrase is no cue (nothing is said); "…, he added" is.
 */
function absoluteParticiple(doc: Doc, t: number, c: Clause): boolean {
  if (!doc.lower[t].endsWith('ed') || t - 2 < c.lo) return false;
  const prev = doc.toks[t - 1].text;
  if (!/^\p{Ll}/u.test(prev) || SPEAKER_BEFORE.has(doc.lower[t - 1])) return false;
  for (let k = t - 2; k >= c.lo && k >= t - 6; k--) {
    const w = doc.toks[k].text;
    if (w === ',' || w === ';' || w === ':' || w === '.') return false;
    if (doc.lower[k] === 'with') return true;
  }
  return false;
}

/** How many attributions a cue may sit inside ("A said B thinks C …"): deeper cues are skipped. */
const MAX_NESTING = 2;
/** Attributions looked back at for nesting: only a few can still cover a cue (contents are capped). */
const NESTING_LOOKBACK = 6;

/**
 * Whether token `t` lies inside the contents of MAX_NESTING attributions of this sentence
 * already. Keeps the output linear in the text: a sentence of a thousand cues ("said said
 * said …") would otherwise nest a thousand contents inside each other.
 */
function nestedTooDeep(doc: Doc, drafts: Draft[], since: number, t: number): boolean {
  if (drafts.length - since < MAX_NESTING) return false;
  const pos = doc.toks[t].start;
  let inside = 0;
  for (let i = drafts.length - 1; i >= since && i >= drafts.length - NESTING_LOOKBACK; i--) {
    if (drafts[i].contentStart <= pos && pos < drafts[i].contentEnd && ++inside >= MAX_NESTING) return true;
  }
  return false;
}

/** The token after a draft's cue (and its source, when the source follows the cue). */
function pastCue(d: Draft, t: number): number {
  let end = d.cue ? d.cue.last + 1 : t + 1;
  if (d.source && d.source.last + 1 > end && d.source.first > (d.cue?.last ?? t)) end = d.source.last + 1;
  return end;
}

/** Whether only white space stands between the line's start and `pos`. */
function opensParagraph(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 10) return true;
    if (ch !== 32 && ch !== 9 && ch !== 13) return false;
  }
  return true;
}

/** The tokens' lower-case forms, those of sentences kept since the last analysis taken again. */
function keptLowerCases(seg: Segmentation, memo: AttributionMemo): string[] {
  return (memo.lowerCases ??= new TokenLowerCases()).lowerCases(seg, lowerKept);
}
const lowerKept = (s: string): string => lowerCase(s, true);

/**
 * Lower case, without a new string for the many tokens that are lower case already; `kept`: the
 * incremental analyser's, which keeps the lower-case forms of capitalised words between analyses.
 */
function lowerCase(s: string, kept: boolean): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return kept ? lowered(s) : s.toLowerCase();
  }
  return s;
}

/**
 * Lower-case forms of words with capitals, kept between analyses of a changing text: the token
 * strings of lines an edit did not touch are the same strings each time (their hashes cached), so
 * a look-up is cheaper than lower-casing anew. Only short strings: a longer one may be a view of
 * the whole text of its version, which the map would keep alive. A one-off analysis (the CLI)
 * does not fill it: there it would only hold memory (peak of a 10 MB article +5–8 MB).
 */
function lowered(s: string): string {
  if (s.length > LOWERED_MAX_LENGTH) return s.toLowerCase();
  let low = LOWERED.get(s);
  if (low === undefined) {
    if (LOWERED.size >= LOWERED_MAX) LOWERED.clear();
    low = s.toLowerCase();
    LOWERED.set(s, low);
  }
  return low;
}
const LOWERED = new Map<string, string>();
const LOWERED_MAX = 8_192;
/** V8 copies a slice shorter than 13 characters; a longer one may share the memory of its source. */
const LOWERED_MAX_LENGTH = 12;

function span(text: string, start: number, end: number): { start: number; end: number; text: string } {
  return { start, end, text: text.slice(start, end) };
}

/** A content span without white space at its edges (quotes may open on a line break). */
function trimmed(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return s < e ? span(text, s, e) : span(text, start, end);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
}

function duplicate(doc: Doc, drafts: Draft[], d: Draft): boolean {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 4; i--) {
    // A cue of the learned model never keeps the rules' out (it goes if they overlap).
    if (drafts[i].learned && !d.learned) continue;
    if (halfOverlap(drafts[i], d) && !holdsCueOf(doc, d, drafts[i]) && !labelHolds(doc, drafts[i], d)) return true;
  }
  return false;
}

/**
 * "The data show prices are rising, the bank said": a content read before its cue that holds
 * an earlier attribution's cue and source is the outer attribution, not a second reading of it.
 */
function holdsCueOf(doc: Doc, d: Draft, o: Draft): boolean {
  if (d.learned || o.learned || !o.cue || !d.cue || d.contentEnd > doc.toks[d.cue.first].start) return false;
  const first = o.source && o.source.first < o.cue.first ? o.source.first : o.cue.first;
  return d.contentStart <= doc.toks[first].start && doc.toks[o.cue.last].end <= d.contentEnd;
}

/**
 * "NEW DELHI: The Centre approved …, the minister said.": a label's paragraph that holds a cue of
 * its own holds that attribution, not a second reading of it (a place's label, a dateline, is
 * dropped later: withoutTranscriptQuotations).
 */
function labelHolds(doc: Doc, o: Draft, d: Draft): boolean {
  if (d.cue === null || d.source === null || !isLabelDraft(doc, o)) return false;
  // A cue after its content, with a source in the third person (not "Do you think …?" in a host's question).
  const cueAt = doc.toks[d.cue.first].start;
  return d.contentEnd <= cueAt && !FIRST_SECOND_PERSON.has(doc.lower[d.source.first]) && o.contentStart <= cueAt && doc.toks[d.cue.last].end <= o.contentEnd;
}
const FIRST_SECOND_PERSON = new Set(['i', 'we', 'you']);

function halfOverlap(o: Draft, d: Draft): boolean {
  if (!(o.contentStart < d.contentEnd && d.contentStart < o.contentEnd)) return false;
  const overlap = Math.min(o.contentEnd, d.contentEnd) - Math.max(o.contentStart, d.contentStart);
  return overlap * 2 >= Math.max(o.contentEnd - o.contentStart, d.contentEnd - d.contentStart);
}

function kindOf(text: string, d: Draft): AttributionKind {
  if (d.quote) return 'direct';
  // By code unit, not a string per character (every content of the article, each keystroke).
  for (let i = d.contentStart; i < d.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (isQuoteMark(c) || (c === 0x27 && text.charCodeAt(i + 1) === 0x27)) return 'mixed';
  }
  return 'indirect';
}

/** “ ” " „ « » ‘: ‘ opens a quotation in single-quote style; ’ is left out, as it is also an apostrophe. */
function isQuoteMark(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x22 || c === 0x201e || c === 0xab || c === 0xbb || c === 0x2018;
}
