// Resolves a source phrase to the entity that speaks:
//   a name in the phrase   its head: "Paul Grant of Norvex" → Paul Grant, "Gallup's Ann Jones"
//                          → Ann Jones, "a spokesman for the Harbour Ministry" → the ministry;
//                          a name that only modifies ("the Falk administration") is not the speaker
//   he / she               the nearest sentence back with a person of that gender (given
//                          names, honorifics, role words), preferring the latest speaker, then
//                          the sentence's first person (its subject)
//   it                     the latest organisation, or no entity when the sentence before
//                          opens with a document ("The lawsuit … names X. It says …")
//   a role                 "the minister" → whoever the article introduced as minister (not
//                          the prime minister), "the company" → the company it described
import type { Entity, Mention } from '../types';
import { genderOfGivenName, genderOfPronoun, genderOfWord } from './gender';
import type { Gender } from './gender';
import { MAKERS, OFFICE_CHANGING, ORGANIZATION_ROLES, findRoles } from './roles';
import type { Role, RolesMemo } from './roles';
import { TITLES, isDocumentNoun } from './words';
import { CUE_VERBS } from './lexicon';
import { ownCopy } from '../memo';
import { FamilyIndex } from './families';
import { ParagraphQuotations } from './quoted-spans';
import { subjectAntecedent } from './subject-antecedent';

/** Offsets of a sentence, for reading back sentence by sentence. */
export interface SentenceBounds {
  start: number;
  end: number;
}

/** How many sentences back a pronoun looks for its person, and at most how many mentions. */
/** A name, then one or two lower-case words before the next name (bounded: no backtracking). */
const ROLE_AFTER_NAME = /^[\p{Lu}][\p{L}.'’-]*(?: [\p{Lu}][\p{L}.'’-]*){0,3}['’]?s? ((?:[a-z]+ ){1,2})$/u;
/** How long a name and its role words may be before the next name. */
const MAX_ROLE_SPAN = 60;
/** Role nouns a name can modify ("Connell spokesman", "Trump aide", "campaign manager"). */
const ROLE_MODIFIER_NOUNS = new Set(['aide', 'aides', 'adviser', 'advisor', 'lawyer', 'attorney', 'strategist', 'campaign', 'manager', 'press', 'secretary', 'deputy', 'chief', 'staffer', 'pollster', 'surrogate', 'ally', 'spokesman', 'spokeswoman']);

/** Parts of an organisation that speak for themselves ("the Canadian unit of X" is not X). */
const PART_NOUNS = new Set(['unit', 'units', 'subsidiary', 'division', 'arm', 'branch', 'affiliate', 'chapter', 'wing']);
const PRONOUN_REACH = 6;
const PRONOUN_MENTIONS = 80;
/** How many mentions of a person are read for an honorific or a gendered role word. */
const GENDER_MENTIONS = 12;
/** Nouns through which an organisation speaks: "a spokesman for the ministry" is the ministry. */
const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'statement', 'spokespeople', 'official', 'officials', 'source', 'sources']);
const LINK = /^\s+(?:of|for|at|from|with|in|on|by)\s/;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'one']);
/** How far into a sentence, and how many words after its determiner, its document subject may be read. */
const DOCUMENT_SUBJECT_CHARS = 80;
const DOCUMENT_SUBJECT_WORDS = 3;
/** How far back the paragraph of an unresolved role noun is read for its one person. */
const PARAGRAPH_REACH = 600;
/** Nouns for a person that are no office ("the Norwegian skier", "the 34-year-old mother"). */
const PERSON_NOUNS = new Set([
  'skier', 'player', 'forward', 'centre', 'center', 'defender', 'veteran', 'rookie', 'swimmer', 'runner', 'driver', 'rider',
  'golfer', 'boxer', 'fighter', 'skater', 'sprinter', 'cyclist', 'athlete', 'champion', 'woman', 'man', 'mother', 'father',
  'resident', 'teacher', 'doctor', 'nurse', 'farmer', 'owner', 'worker', 'student', 'actor', 'actress', 'singer', 'artist',
  'writer', 'novelist', 'businessman', 'businesswoman', 'entrepreneur', 'politician', 'candidate', 'lawyer', 'veteran',
  'year-old', 'native',
]);

/** Role nouns that stand for a business: "the company said" with no "company" in any name. */
const COMPANY_NOUNS = new Set([
  'company', 'firm', 'producer', 'retailer', 'carrier', 'airline', 'insurer', 'lender', 'manufacturer', 'developer', 'operator',
  'automaker', 'miner', 'builder', ...MAKERS,
]);
/** Words that make an organisation's name no company's ("the company said" is not the union). */
const NOT_COMPANIES = new Set([
  'union', 'ministry', 'department', 'council', 'government', 'association', 'federation', 'police', 'court', 'party',
  'university', 'committee', 'commission', 'agency', 'office', 'board', 'city', 'province', 'state', 'church', 'school',
]);
const CORPORATE_SUFFIX = /\b(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|Co|LLC|PLC|plc|AG|SA|Holdings|Industries)\.?$/;
/** How many mentions back "the company" looks for an incorporated name. */
const COMPANY_LOOKBACK = 60;
/** Up to three words of a description between the comma and the name ("former teacher"). */
const APPOSITION_LEAD = /^(?:[\p{L}'’-]+ ){0,3}$/u;
/** Up to three words before a sentence's subject name ("NDP candidate"). */
const SUBJECT_LEAD = /^(?:[\p{L}.'’-]+ ){0,3}$/u;
const NOT_APPOSITION = new Set(['and', 'or', 'but', 'who', 'which', 'while', 'as', 'with', 'in', 'on', 'at', 'to', 'by', 'for', 'of', 'said', 'says', 'told', 'when', 'after', 'before', 'than', 'that']);

export class SourceResolver {
  private readonly mentions: Mention[];
  /** Gender by person entity, read on demand (null: nothing says). */
  private readonly genders = new Map<string, Gender | null>();
  private readonly entities = new Map<string, Entity>();
  /** Roles by head noun, built on the first role phrase to resolve. */
  private rolesByHead: Map<string, Role[]> | null = null;
  /** Organisation mentions by each word of their name, built on the first use (not every article asks). */
  private organizationsByWordMap: Map<string, Mention[]> | null = null;
  /** Speakers resolved so far: offset of their cue, entity and the gender a pronoun gave them, in resolution order. */
  private readonly speakers: Array<{ at: number; entity: string; gender: Gender | null; end: number }> = [];
  /** Cue offset of the last source no entity names, else -1: "it" after it is that body ("the union", "Colleges Ontario") when namesUnnamedBody says so. */
  private lastUnnamedBody = -1;
  /** The source behind lastUnnamedBody, read only when a pronoun asks (most articles never do). */
  private lastUnresolved: { start: number; end: number } | null = null;
  /** What the source of the last resolve() call stands for when no entity names it (unnamedAntecedent), else null. */
  antecedent: { start: number; end: number } | null = null;
  /** The last source that was a person no entity names ("The owner of the store said"), with the gender its words give. */
  private lastUnnamedPerson: { at: number; end: number; gender: Gender | null } | null = null;
  /** People by surname, for a mention whose honorific names another of the family ("Mrs. Clinton"). */
  private readonly families: FamilyIndex;
  /** Quotations by paragraph: a name inside one is someone talked about, not the speaker. */
  private readonly quotations: ParagraphQuotations;

  constructor(
    private readonly text: string, entities: Entity[], mentions: Mention[], private readonly sentences: SentenceBounds[] = [],
    /** The incremental analyser's roles per line (roles.ts), if any. */
    private readonly rolesMemo?: RolesMemo,
  ) {
    const credit = new Set(entities.filter((e) => e.role === 'credit').map((e) => e.id));
    const kept = credit.size > 0 ? mentions.filter((m) => !credit.has(m.entity)) : mentions.slice();
    // The entity stage gives its mentions in text order: sort only when they are not (a stable sort of a sorted list is a no-op).
    this.mentions = inTextOrder(kept) ? kept : kept.sort((a, b) => a.start - b.start);
    for (const e of entities) this.entities.set(e.id, e);
    this.families = new FamilyIndex(this.entities);
    this.quotations = new ParagraphQuotations(text);
  }

  /** The person a mention stands for, its honorific read ("Mrs. Clinton" is not Bill Clinton). */
  private entityOfMention(m: Mention): string {
    return m.type === 'PERSON' ? this.families.entityOf(this.text, m, this.entities.get(m.entity), this.readWordBefore) : m.entity;
  }
  private readonly readWordBefore = (pos: number): string => this.wordBefore(pos);
  /** entityOfMention by mention index, kept: a pronoun reads up to PRONOUN_MENTIONS mentions back. */
  private entityByMention: Array<string | null> | null = null;
  private entityAt(i: number): string {
    // Filled with null first, so the array stays packed (writes far past its end would make it a dictionary).
    const ids = (this.entityByMention ??= new Array<string | null>(this.mentions.length).fill(null));
    let id = ids[i];
    if (id === null) ids[i] = id = this.entityOfMention(this.mentions[i]);
    return id;
  }

  private get organizationsByWord(): Map<string, Mention[]> {
    if (this.organizationsByWordMap) return this.organizationsByWordMap;
    const byWord = (this.organizationsByWordMap = new Map<string, Mention[]>());
    for (const m of this.mentions) {
      if (m.type === 'ORGANIZATION') {
        for (const w of wordsOfName(this.text.slice(m.start, m.end))) {
          const list = byWord.get(w) ?? [];
          list.push(m);
          byWord.set(w, list);
        }
      }
    }
    return byWord;
  }

  private roles(head: string): Role[] | undefined {
    if (!this.rolesByHead) {
      this.rolesByHead = new Map();
      for (const r of findRoles(this.text, this.mentions, this.rolesMemo)) {
        const list = this.rolesByHead.get(r.head) ?? [];
        list.push(r);
        this.rolesByHead.set(r.head, list);
      }
    }
    return this.rolesByHead.get(head);
  }

  /** The entity a source phrase names, or null. `anchor` is the offset of the cue. */
  resolve(src: { start: number; end: number } | null, anchor: number, contentEnd = anchor): string | null {
    const entity = this.resolvePhrase(src, anchor);
    this.antecedent = entity === null && src ? this.unnamedAntecedent(src, anchor) : null;
    if (src) {
      this.lastUnnamedBody = entity === null ? anchor : -1;
      // "It said … It added …": the body the first "it" stood for is the one the next reads.
      this.lastUnresolved = entity === null ? (this.antecedent ?? src) : null;
    }
    if (src && entity === null) {
      const person = this.unnamedPerson(src);
      if (person) this.lastUnnamedPerson = { at: anchor, end: src.end, gender: person.gender };
    }
    if (entity && src) {
      const gender = genderOfPronoun(this.text.slice(src.start, src.end).toLowerCase());
      // "Priya Anand … she said": a name nothing else gives a gender takes the pronoun's.
      if (gender && this.genderOf(entity) === null) this.genders.set(entity, gender);
      this.speakers.push({ at: anchor, entity, gender, end: contentEnd });
    }
    return entity;
  }

  private resolvePhrase(src: { start: number; end: number } | null, anchor: number): string | null {
    if (!src) return null;
    const phrase = this.text.slice(src.start, src.end).toLowerCase();
    // Adjectives from names ("Kazakh president") do not name the speaker; a name of two words or
    // more that the entity stage left untyped and that is the whole source ("BC Ferries says") does.
    const all = this.mentionsIn(src.start, src.end);
    const whole = all.length === 1 && all[0].type === 'MISC' && all[0].end === src.end && /^(?:the\s+)?$/.test(phrase.slice(0, all[0].start - src.start)) &&
      /\s/.test(this.text.slice(all[0].start, all[0].end).trim());
    if (whole) return all[0].entity;
    const inside = all.filter((m) => m.type !== 'MISC');
    // "said Cuban": a lone untyped word that is a person's surname here.
    if (inside.length === 0 && all.length === 1 && all[0].start === src.start && all[0].end === src.end) {
      const person = this.personNamedLikePlace(all[0]);
      if (person) return person;
    }
    // "a spokeswoman, Rosa Lind": a description and the name after its comma; the name speaks.
    // (A comma inside a figure, "12,000 times", is no apposition's.)
    let comma = src.end - 1;
    while (comma > src.start && !(this.text[comma] === ',' && !/\d/.test(this.text[comma + 1] ?? ''))) comma--;
    if (comma > src.start) {
      const name = { start: comma + 1, end: src.end };
      const named = inside.filter((m) => m.start > comma);
      if (named.length > 0) return this.headMention(name, named, anchor);
    }
    if (inside.length > 0) {
      // "the Edmonton MP said": a mention that ends in a role noun is a description of whoever holds it.
      const words: string[] = phrase.match(WORD) ?? [];
      const last = inside[inside.length - 1];
      if (words.length > 0 && words.length <= 4 && TITLES.has(words[words.length - 1]) && last.end === src.end && last.type !== 'PERSON') {
        const holder = this.roleHolder(words, src.start);
        if (holder && holder !== last.entity) return holder;
      }
      // "The Kelowna, B.C., native", "the Sudbury, Ont.-born singer": places describing a person
      // noun after them; the noun stands for the one person just named, as it does alone.
      const noun = words.length > 0 ? words[words.length - 1] : '';
      if (words[0] === 'the' && words.length <= 6 && last.end < src.end && inside.every((m) => m.type === 'LOCATION') && PERSON_NOUNS.has(noun)) {
        return this.onlyPersonBefore(Math.min(anchor, src.start), genderOfWord(noun));
      }
      return this.headMention(src, inside, anchor);
    }
    // "said the mayor, former teacher Ines Sarto,", "said one protester, Ana Lutz,": a name in apposition after a described source.
    const named = this.appositiveAfter(src.end);
    if (named && /^(?:the|a|an|one|another)\s/.test(phrase)) return named;
    const gender = genderOfPronoun(phrase);
    if (gender) return this.personFor(gender, Math.min(anchor, src.start));
    // "The statement of claim names the company. It says …": the document speaks, and a
    // document is no entity (so no organisation it names).
    if (phrase === 'it') return this.afterDocumentSubject(src.start) ? null : this.organizationFor(Math.min(anchor, src.start));
    if (phrase === 'they') return this.firmOfGroup(Math.min(anchor, src.start));
    const words: string[] = phrase.match(WORD) ?? [];
    if (words.length === 0 || words.length > 5) return null;
    if (words[0] === 'his' || words[0] === 'her' || words[0] === 'their' || words[0] === 'its') return null;
    const holder = this.roleHolder(words, src.start);
    if (holder || words[0] !== 'the' || words.length > 4) return holder;
    // "Olsen, asked about the climb, smiled. “…,” the Norwegian skier said.": a person noun the
    // story gave no one stands for the one person just named.
    const of = words.indexOf('of', 2); // "the mother of two"
    const noun = words[of > 0 ? of - 1 : words.length - 1];
    return TITLES.has(noun) || PERSON_NOUNS.has(noun) ? this.onlyPersonBefore(Math.min(anchor, src.start), genderOfWord(noun)) : null;
  }

  /** "the union", "The ministry": a determiner and an organisation's role noun, nothing more. */
  private namesUnnamedBody(src: { start: number; end: number }): boolean {
    const phrase = this.text.slice(src.start, src.end);
    // "Colleges Ontario, which represents …, said": a name of two to four capitalised words the
    // entity stage left out, with no given name in it.
    if (CAPITALISED_NAME.test(phrase) && !startsWithThe(phrase) && givenNameIn(phrase) === null && genderOfGivenName(phrase.slice(0, phrase.indexOf(' '))) === null) return true;
    const words: string[] = phrase.toLowerCase().match(WORD) ?? [];
    // "The Canadian unit of Halvorsen Group": a part of the organisation named after "of" is not it.
    const of = words.indexOf('of');
    if (of >= 2 && of <= 4 && DETERMINERS.has(words[0]) && PART_NOUNS.has(words[of - 1])) return true;
    if (words.length === 2) return DETERMINERS.has(words[0]) && ORGANIZATION_ROLES.has(words[1]);
    // "The province's environment ministry", "the federal health department": an owner or a
    // determiner, up to three modifiers, and a public body's noun last (no "of"/"for" before another
    // head; "the social media company" is a company the story named).
    // All in lower case after the first word: "The Islamic State" is a name.
    return words.length > 2 && words.length <= 5 && NOT_COMPANIES.has(words[words.length - 1]) && !/\s\p{Lu}/u.test(phrase) &&
      (DETERMINERS.has(words[0]) || /['’]s$/.test(words[0])) && !words.some((w) => BODY_LINKS.has(w));
  }

  /**
   * A quotation opening a paragraph with no cue and no speaker before it ("For years, Ines Varga
   * did not talk about it. Now she does." then “I remember …”): the one person the paragraph
   * before names, else nobody.
   */
  freeQuotationSpeaker(open: number): string | null {
    return this.onlyPersonBefore(open);
  }

  /**
   * The mention that heads the phrase: the last name before a link ("Paul Grant of Norvex"),
   * not an owner ("Gallup's …"), a bracketed short form, or a name that modifies a noun.
   */
  private headMention(src: { start: number; end: number }, inside: Mention[], anchor: number): string | null {
    const linkAt = this.firstLink(src);
    const modifier = inside[0].start > src.start ? this.participleModifier(src) : null;
    let head: Mention | null = null;
    let headless = true;
    for (let i = 0; i < inside.length; i++) {
      const m = inside[i];
      if (linkAt >= 0 && m.start >= linkAt) break;
      // "A post shared 9,000 times on Facebook", "a video posted on TikTok": a platform or a name
      // after a post's reach, inside the participle phrase that describes the head noun, is not who
      // speaks (the post does, and a post is no entity); "a report released in May by the
      // Halden Institute" still speaks for its author.
      if (modifier && m.start > modifier.at && (modifier.reach || PLATFORMS.has(this.text.slice(m.start, m.end)))) break;
      // "a document seen by The Canadian Press", "emails obtained by the paper": whoever saw or
      // made the thing is not who speaks through it.
      if ((i > 0 || m.start > src.start + 6) && this.afterBy(m.start) && AGENT_BY.test(this.text.slice(Math.max(src.start, m.start - 30), m.start))) break;
      // "a complaint filed in Lucas County Municipal Court", "documents tabled in the House of
      // Commons": where a document was put is not who speaks through it.
      if (m.start > src.start + 6 && PLACED_IN.test(this.text.slice(Math.max(src.start, m.start - 30), m.start))) break;
      headless = false;
      if (i > 0 && this.text[m.start - 1] === '(') continue; // "Chevron (CVX.N)"
      const rest = this.text.slice(m.end, src.end);
      if (/^['’]s?(?:\s|$)/.test(rest)) {
        // "Gallup's Ann Jones" names Ann Jones; "the ministry's spokesman" speaks for the ministry.
        const noun = (rest.match(WORD) ?? [])[1]?.toLowerCase() ?? '';
        head = m.type === 'ORGANIZATION' && SPOKES_NOUNS.has(noun) && !this.mentionsIn(m.end, src.end).length ? m : null;
        continue;
      }
      // "The Falk administration": the name only modifies the noun after it.
      if (/^\s*[a-z]/.test(rest) && !LINK.test(rest) && !/^\s*(?:and|&)\s/.test(rest)) {
        head = null;
        continue;
      }
      head = m;
    }
    if (head && head.type === 'LOCATION') {
      // Not in a shouted headline ("STATE'S VOTERS FAVOR CRUZ").
      const phrase = this.text.slice(src.start, src.end);
      const person = /\s/.test(phrase) && phrase === phrase.toUpperCase() ? null : this.personNamedLikePlace(head);
      return person ?? (this.speaksAsPlace(src, head) ? head.entity : null);
    }
    // "Haldane, asked …, said": a one-word organisation that is the whole source and one person's surname.
    // An organisation named so often on its own ("Twitter", not "Wilayat Twitter") is not a surname.
    if (head && head.type === 'ORGANIZATION' && head.start === src.start && head.end === src.end) {
      const org = this.entities.get(head.entity);
      const person = org && (org.mentions.length <= 2 || org.name !== this.text.slice(head.start, head.end)) ? this.personNamedLikePlace(head) : null;
      if (person) return person;
    }
    if (head) return this.entityOfMention(head);
    if (!headless || linkAt < 0) return null;
    // Nothing named before the link: "a spokesman for the ministry", "the director of the FBI".
    const lead = (this.text.slice(src.start, linkAt).toLowerCase().match(WORD) ?? []);
    const noun = lead[lead.length - 1] ?? '';
    // The head of the phrase after the link is its last name ("a spokeswoman for Health and Human
    // Services Secretary Ana Ferreira" speaks for Ferreira, not for "Human Services").
    const after = inside.find((m) => m.start >= linkAt);
    const last = inside[inside.length - 1];
    const principal = after && last !== after && last.type === 'PERSON' && last.end === src.end ? last : after;
    if (SPOKES_NOUNS.has(noun) && principal && principal.type !== 'LOCATION') return principal.entity;
    // "Secretary of State John F. Kerry": the title's holder is named at the end of the phrase.
    if (TITLES.has(noun)) return after?.type === 'PERSON' && after.end === src.end ? after.entity : this.roleHolder(lead, src.start);
    return null;
  }

  /**
   * Offset of a participle opening a phrase that describes the head noun ("a post shared more than
   * 9,000 times on …", "the video viewed 40,000 times", "a memo sent to …"): after a determiner and
   * one to three lower-case words (no "-ly" adverb: "the newly elected mayor"), an "-ed" word or a
   * common irregular participle, then a preposition, a figure or "more"; else -1. Naming
   * participles ("a group called …") give the head its name and do not count.
   */
  private participleModifier(src: { start: number; end: number }): { at: number; reach: boolean } | null {
    const s = this.text.slice(src.start, src.end);
    const words: Array<{ w: string; at: number }> = [];
    const re = /\S+/g;
    for (let m = re.exec(s); m && words.length < 6; m = re.exec(s)) words.push({ w: m[0], at: m.index });
    if (words.length < 4 || !PHRASE_DETERMINERS.has(words[0].w.toLowerCase())) return null;
    for (let k = 2; k <= 4 && k + 1 < words.length; k++) {
      const prev = words[k - 1].w;
      if (!/^[a-z]+$/.test(prev) || prev.endsWith('ly')) return null;
      const w = words[k].w;
      if (NAMING_PARTICIPLES.has(w) || !(/^[a-z]{2,}ed$/.test(w) || IRREGULAR_PARTICIPLES.has(w))) continue;
      const next = words[k + 1].w.toLowerCase();
      const reach = REACH_WORDS.has(next) || /^\d/.test(next);
      if (reach || AFTER_PARTICIPLE.has(next)) return { at: src.start + words[k].at, reach };
    }
    return null;
  }

  /** Whether "by " or "by the " stands right before `pos` (a short slice before the regular expression). */
  private afterBy(pos: number): boolean {
    const a = this.text.slice(Math.max(0, pos - 8), pos);
    return a.endsWith(' by ') || a.endsWith(' by the ') || a.endsWith(' by The ');
  }

  /** A one-word place or untyped name that is the surname of one person named here ("Dayton tells …"), else null. */
  private personNamedLikePlace(m: Mention): string | null {
    const name = this.text.slice(m.start, m.end);
    return /^\p{Lu}[\p{L}'’-]+$/u.test(name) ? this.families.personBySurname(name) : null;
  }

  /** A place speaks only as the whole source ("Canada said"), not inside a longer phrase. */
  private speaksAsPlace(src: { start: number; end: number }, m: Mention): boolean {
    const before = this.text.slice(src.start, m.start).trim().toLowerCase();
    return (before === '' || before === 'the') && this.text.slice(m.end, src.end).trim() === '';
  }

  /** Offset of the first linking word ("of", "for", …) after the phrase's first word, or -1. */
  private firstLink(src: { start: number; end: number }): number {
    const s = this.text.slice(src.start, src.end);
    const m = /\s(?:of|for|at|from|with)\s/.exec(s);
    return m && m.index > 0 ? src.start + m.index : -1;
  }

  /**
   * The one person named in this paragraph before `pos`, else in the paragraph before it (at most
   * PARAGRAPH_REACH back), or null when none or several.
   */
  private onlyPersonBefore(pos: number, gender: Gender | null = null): string | null {
    const reach = Math.max(0, pos - PARAGRAPH_REACH);
    let lo = pos;
    while (lo > reach && this.text.charCodeAt(lo - 1) !== 10) lo--;
    let found: string | null = null;
    let i = this.firstStartingAtOrAfter(pos) - 1;
    for (let pass = 0; pass < 2; pass++) {
      for (; i >= 0 && this.mentions[i].start >= lo; i--) {
        const m = this.mentions[i];
        if (m.type !== 'PERSON') continue;
        const owner = this.text.charCodeAt(m.end) === 39 || this.text.charCodeAt(m.end) === 0x2019;
        if (owner) continue;
        // A name inside a quotation is someone the speaker talks about, not the speaker.
        if (this.quotations.inside(m.start)) continue;
        const id = this.entityOfMention(m);
        // "the woman said" is not the one man named before.
        if (gender !== null && this.genderOf(id) !== null && this.genderOf(id) !== gender) continue;
        if (found !== null && found !== id) return null;
        found = id;
      }
      // "“…,” the 58-year-old said." in a paragraph that names no one: the one person of the paragraph before.
      if (found !== null || lo <= reach) break;
      while (lo > reach && (this.text.charCodeAt(lo - 1) === 10 || this.text.charCodeAt(lo - 1) === 13 || this.text.charCodeAt(lo - 1) === 32)) lo--;
      while (lo > reach && this.text.charCodeAt(lo - 1) !== 10) lo--;
    }
    return found;
  }

  /** "the minister", "the foreign minister", "the company": who holds that role here. */
  private roleHolder(words: string[], pos: number): string | null {
    // "A spokesperson for the minister said": an indefinite noun brings in someone new.
    if (words[0] === 'a' || words[0] === 'an') return null;
    let ws = words;
    while (ws.length > 0 && DETERMINERS.has(ws[0])) ws = ws.slice(1);
    // "the minister of energy": the head is before the link.
    const link = ws.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'at'));
    if (link > 0) ws = ws.slice(0, link);
    if (ws.length === 0 || ws.length > 4) return null;
    const head = ws[ws.length - 1];
    const modifiers = ws.slice(0, -1);
    const list = this.roles(head);
    if (list && list.length > 0) {
      const exact = modifiers.length > 0 ? list.filter((r) => modifiers.every((w) => r.modifiers.includes(w))) : [];
      const plain = list.filter((r) => !r.modifiers.some((w) => OFFICE_CHANGING.has(w) && !modifiers.includes(w)));
      const pick = exact.length > 0 ? exact : plain;
      if (pick.length > 0) return (lastStartingBefore(pick, pos) ?? pick[0]).entity;
    }
    if (TITLES.has(head) || modifiers.some((w) => OFFICE_CHANGING.has(w))) return null;
    return this.describedOrganization(head, pos);
  }

  /**
   * "the ministry" → the most recent organisation whose name has that head noun; "the company"
   * → failing that, the most recent incorporated company ("Northgate Energy Corp.").
   */
  private describedOrganization(head: string, pos: number): string | null {
    if (head.length < 4 || !ORGANIZATION_ROLES.has(head)) return null;
    const list = this.organizationsByWord.get(head);
    const found = list ? (lastStartingBefore(list, pos)?.entity ?? null) : null;
    if (found || !COMPANY_NOUNS.has(head)) return found;
    for (let i = this.firstStartingAtOrAfter(pos) - 1; i >= 0 && i >= this.firstStartingAtOrAfter(pos) - COMPANY_LOOKBACK; i--) {
      const m = this.mentions[i];
      if (m.type === 'ORGANIZATION' && CORPORATE_SUFFIX.test(this.text.slice(m.start, m.end))) return m.entity;
    }
    // "BC Ferries says … the company says …": the organisation that spoke last, unless its name
    // says it is no business (a union, a ministry, a council).
    for (let i = this.speakers.length - 1; i >= 0 && i >= this.speakers.length - 12; i--) {
      const sp = this.speakers[i];
      const e = this.entities.get(sp.entity);
      if (sp.at >= pos || (e?.type !== 'ORGANIZATION' && e?.type !== 'MISC')) continue;
      return e.name.toLowerCase().split(/[^\p{L}]+/u).some((w) => NOT_COMPANIES.has(w)) ? null : sp.entity;
    }
    // "Lumenrise Systems, the chip designer …, will cut 300 jobs, the company said": the
    // organisation the sentence is about, unless its name says it is no business.
    const subject = this.subjectOrganization(pos, 1);
    const named = subject ? this.entities.get(subject)?.name.toLowerCase() ?? '' : '';
    return subject && !named.split(/[^\p{L}]+/u).some((w) => NOT_COMPANIES.has(w)) ? subject : null;
  }

  /** A name right after `end` in apposition: ", Ines Sarto" or ", former teacher Ines Sarto" (up to three words first). */
  private appositiveAfter(end: number): string | null {
    const m = /^,\s+/.exec(this.text.slice(end, end + 4));
    if (!m) return null;
    const from = end + m[0].length;
    const next = this.mentionsIn(from, from + 60).find((x) => x.start >= from);
    if (!next || (next.type !== 'PERSON' && next.type !== 'ORGANIZATION')) return null;
    const lead = this.text.slice(from, next.start);
    if (!APPOSITION_LEAD.test(lead) || lead.split(' ').some((w) => NOT_APPOSITION.has(w.toLowerCase()))) return null;
    // An owner ("Vance's aide") is not the one in apposition.
    const after = this.text.charCodeAt(next.end);
    return after === 39 || after === 0x2019 ? null : next.entity;
  }

  /**
   * "she"/"he": reading back sentence by sentence, the first sentence with a person of that
   * gender; there the latest speaker if among them, else the first such person (the subject).
   * People of unknown gender count only when no one of the right gender is within reach.
   */
  private personFor(gender: Gender, pos: number): string | null {
    // "The owner of the store said … . “We may close,” she said.": the unnamed speaker just quoted.
    if (this.unnamedSpeakerGoesOn(gender, pos)) return null;
    const goesOn = this.speakerGoesOn(gender, pos);
    if (goesOn) return goesOn;
    const subject = this.ungenderedSubjectBefore(gender, pos);
    if (subject) return subject;
    // The speaker just quoted is compatible when nothing says their gender ("Economist Samir
    // Nandakumar said … . …, he noted."), so an earlier man does not take the pronoun.
    const recent = this.latestSpeaker(pos);
    const known = this.personIn(pos, (e) => this.genderOf(e) === gender || (e === recent && this.genderOf(e) === null), gender);
    return known ?? this.personIn(pos, (e) => this.genderOf(e) === null);
  }

  /**
   * Reading back sentence by sentence from `pos`: the first sentence with a person that `fits`
   * (or, when `gender` is given, a speaker a pronoun of that gender was resolved to there:
   * "She replied … . “…,” she said." follows the first "she" past her name's reach).
   */
  private personIn(pos: number, fits: (entity: string) => boolean, gender: Gender | null = null): string | null {
    let s = this.sentenceAt(pos);
    let hi = pos;
    let mi = this.firstStartingAtOrAfter(pos) - 1;
    const floor = mi - PRONOUN_MENTIONS;
    // A person named only after a preposition ("whether he'll vote for Clinton or Sen. Bernie Sanders"):
    // taken when the sentence before names no fitting subject or speaker either.
    let objectOnly: string | null = null;
    for (let n = 0; n < PRONOUN_REACH && mi >= 0 && mi > floor; n++, s--) {
      const lo = s >= 0 && this.sentences.length > 0 ? this.sentences[s].start : hi - 400;
      // "Asked whether Reid had phoned him, he said": a name in the question is not who answers.
      const question = n === 0 ? this.openingQuestionEnd(lo, pos) : -1;
      const found: string[] = [];
      const at: number[] = [];
      for (; mi >= 0 && mi > floor && this.mentions[mi].start >= lo; mi--) {
        const m = this.mentions[mi];
        // An owner ("Nazarbayev's successor, Tokayev, … he") is not the one the pronoun follows.
        const owner = this.text.charCodeAt(m.end) === 39 || this.text.charCodeAt(m.end) === 0x2019;
        if ((m.type === 'PERSON' || this.namedLikePerson(m)) && m.end <= hi && !owner && m.end > question) {
          const id = this.entityAt(mi);
          if (fits(id)) {
            found.push(id);
            at.push(m.start);
          }
        }
      }
      if (found.length > 0) {
        // A name inside a quotation is someone talked about ("“Ann Cole is a joke,” he said"),
        // asked of the pick only.
        const recent = this.latestSpeaker(pos);
        for (let i = 0; recent && i < found.length; i++) if (found[i] === recent && !this.quotations.inside(at[i])) return recent;
        let object: string | null = null;
        for (let i = found.length - 1; i >= 0; i--) {
          if (this.quotations.inside(at[i])) continue;
          if (!this.afterPreposition(at[i])) {
            // "Connell spokesman Don Stewart": the first name only modifies the role of the second.
            if (i > 0 && found[i - 1] !== found[i] && this.modifiesRole(at[i], at[i - 1])) continue;
            return found[i];
          }
          object ??= found[i];
        }
        if (object !== null && objectOnly !== null) return objectOnly;
        if (object !== null) {
          objectOnly = object;
          const chained = gender ? this.pronounSpeakerIn(lo, hi, gender) : null;
          if (chained) return chained;
          hi = lo;
          if (s <= 0 && this.sentences.length > 0) break;
          continue;
        }
      }
      const chained = gender ? this.pronounSpeakerIn(lo, hi, gender) : null;
      if (chained) return chained;
      if (objectOnly !== null) return objectOnly;
      hi = lo;
      if (s <= 0 && this.sentences.length > 0) break;
    }
    return objectOnly;
  }

  /**
   * Whether the name at `pos` is followed by one or two role nouns and then the name at `next`
   * ("Connell spokesman Don Stewart", "Trump campaign aide Ann Lee").
   */
  private modifiesRole(pos: number, next: number): boolean {
    if (next - pos > MAX_ROLE_SPAN) return false;
    const between = this.text.slice(pos, next);
    const m = ROLE_AFTER_NAME.exec(between);
    if (!m) return false;
    const words = m[1].toLowerCase().split(/\s+/).filter(Boolean);
    return words.length > 0 && words.every((w) => SPOKES_NOUNS.has(w) || ROLE_MODIFIER_NOUNS.has(w)) && (SPOKES_NOUNS.has(words[words.length - 1]) || ROLE_MODIFIER_NOUNS.has(words[words.length - 1]));
  }

  /**
   * Whether the name at `pos` is a preposition's object ("for Clinton or Vermont Sen. Bernie
   * Sanders", "more liberal than Obama"): read back past capitalised words and titles, and past
   * one "or"/"and" with the name before it.
   */
  private afterPreposition(pos: number): boolean {
    let p = pos;
    let w = '';
    // Lower-case words of a role between the name and the word that governs it ("with union leader Carl Ames").
    let role = 0;
    for (let k = 0, links = 0; k < 8; k++) {
      while (p > 0 && (this.text.charCodeAt(p - 1) === 32 || this.text.charCodeAt(p - 1) === 0xa0)) p--;
      w = this.wordBefore(p);
      if (w === '') return false;
      p -= w.length;
      const lw = w.toLowerCase();
      if ((lw === 'or' || lw === 'and') && links === 0) {
        links++;
        continue;
      }
      // "Sen.", "Mr.", "J.": titles, honorifics and initials.
      if (TITLES.has(lw.replace(/\.$/, '')) || /^(?:Mr|Mrs|Ms|Dr|Jr|Sr|\p{Lu})\.$/u.test(w)) continue;
      // The sentence or clause before ends here ("… Loretta Lynch. Lynch still has …", "in Beaumont, Tex., Mr. Trump").
      if (/[.!?;:,"”’)]$/.test(w)) return false;
      if (/^\p{Lu}/u.test(w)) continue;
      // (Past a role only for a verb: "from presumptive nominee Donald Trump" is often the one a later "he" means.)
      if (OBJECT_PREPOSITIONS.has(lw)) return role === 0;
      if (ROLE_STOPS.has(lw)) return false;
      // "Police arrested Marcus Dell", "had invited union leader Carl Ames": a verb's object (not a
      // verb of speech: ", added Ian Shaw" names the speaker).
      // (Not an adjective: "a newly elected Bush".)
      if ((lw.length > 4 && lw.endsWith('ed') && !CUE_VERBS.has(lw)) || OBJECT_VERBS.has(lw)) {
        const before = this.wordBefore(p);
        return !(before === 'a' || before === 'an' || before === 'the' || before === 'A' || before === 'The' || before.endsWith('ly'));
      }
      if (role < 2 && lw.length >= 4 && !lw.endsWith('ly') && /^[a-z]+$/.test(lw)) {
        role++;
        continue;
      }
      return false;
    }
    return false;
  }

  /**
   * "NDP candidate Simran Dhillon finished third. She said …": a pronoun with no person before it
   * in its sentence, after a sentence of the same paragraph that opens with a person nothing gives
   * a gender and names no one of the pronoun's gender, is that person (the subject goes on), not
   * someone of a known gender further back.
   */
  private ungenderedSubjectBefore(gender: Gender, pos: number): string | null {
    const s = this.sentenceAt(pos);
    if (s <= 0) return null;
    const cur = this.sentences[s].start;
    const prev = this.sentences[s - 1].start;
    let subject: Mention | null = null;
    for (let i = this.firstStartingAtOrAfter(prev); i < this.mentions.length && this.mentions[i].start < pos; i++) {
      const m = this.mentions[i];
      if (!(m.type === 'PERSON' || this.namedLikePerson(m))) continue;
      // An owner ("Days after Tsege's arrest, …", "praised Barnes's defence") is no subject, nor
      // does one of the pronoun's gender take it from the subject.
      if (m.start < cur && (this.text.charCodeAt(m.end) === 39 || this.text.charCodeAt(m.end) === 0x2019)) continue;
      if (m.start >= cur || this.genderOf(m.entity) === gender) return null;
      subject ??= m;
    }
    // A person nothing gives a gender: introduced there by a full name, or named again as the
    // subject ("Price was less guarded. He called …"; no pronoun has been resolved to them yet).
    if (!subject || this.genderOf(subject.entity) !== null) return null;
    // Within one paragraph.
    for (let i = subject.end; i < cur; i++) if (this.text.charCodeAt(i) === 10) return null;
    // The subject: at most three words before the name ("NDP candidate"), no comma.
    const lead = this.text.slice(prev, subject.start);
    return SUBJECT_LEAD.test(lead) ? subject.entity : null;
  }

  /**
   * A person no entity names ("the owner of the store", "a woman who lives nearby"): a determiner
   * and a head noun for a person (the word before "of", "who" or a comma, else the last), with the
   * gender that noun gives; else null.
   */
  private unnamedPerson(src: { start: number; end: number }): { gender: Gender | null } | null {
    // Cheap first: a source opening with a/an/one/another/the ("t", "a", "o", any case).
    const c0 = this.text.charCodeAt(src.start) | 32;
    if (c0 !== 97 && c0 !== 111 && c0 !== 116) return null;
    const words: string[] = this.text.slice(src.start, src.end).toLowerCase().match(WORD) ?? [];
    if (words.length < 2 || words.length > 8 || !UNNAMED_LEADS.has(words[0])) return null;
    let h = 1;
    while (h + 1 < words.length && words[h + 1] !== 'of' && words[h + 1] !== 'who' && words[h + 1] !== 'from' && words[h + 1] !== 'in') h++;
    const head = words[h];
    // "the actor", "The Florida senator" stand for someone named before; "the owner of the
    // store" or "the woman who …" (a description with its own complement) for someone new.
    if (words[0] === 'the' && (h + 1 >= words.length || TITLES.has(head))) return null;
    const gender = genderOfWord(head);
    return gender !== null || PERSON_NOUNS.has(head) || TITLES.has(head) ? { gender } : null;
  }

  /**
   * Whether a pronoun of `gender` at `pos` goes on from the last unnamed person who spoke: that
   * source is in this sentence or the one before, no speaker was resolved and no person named
   * between them, and its words give no other gender.
   */
  private unnamedSpeakerGoesOn(gender: Gender, pos: number): boolean {
    const u = this.lastUnnamedPerson;
    if (!u || u.at >= pos || (u.gender !== null && u.gender !== gender)) return false;
    if (this.sentences.length === 0 || this.sentenceAt(pos) - this.sentenceAt(u.at) > 1) return false;
    const last = this.speakers[this.speakers.length - 1];
    if (last && last.at > u.at) return false;
    for (let i = this.firstStartingAtOrAfter(u.end); i < this.mentions.length && this.mentions[i].start < pos; i++) {
      const m = this.mentions[i];
      if (m.type === 'PERSON' || this.namedLikePerson(m)) return false;
    }
    // The next pronoun of the chain reads from here.
    u.at = pos;
    return true;
  }

  /**
   * "Haldane, asked whether Garrity had spoken to him, said …. He said …", "He said the mayor,
   * Tom Bell, was wrong. He added …": the speaker of this sentence or the one before goes on when
   * their gender fits and no person of a fitting gender is named between their words and the
   * pronoun. A name in a question, an object or inside the speaker's own content is no new subject.
   */
  private speakerGoesOn(gender: Gender, pos: number): string | null {
    let last: { at: number; entity: string; end: number } | null = null;
    for (let i = this.speakers.length - 1; i >= 0 && i >= this.speakers.length - 12; i--) {
      const sp = this.speakers[i];
      if (sp.at < pos && (!last || sp.at > last.at)) last = sp;
    }
    if (!last || this.sentences.length === 0 || this.sentenceAt(pos) - this.sentenceAt(last.at) > 1) return null;
    const e = this.entities.get(last.entity);
    if (!e) return null;
    const g = this.genderOf(last.entity);
    if (g !== gender && !(g === null && e.type === 'PERSON')) return null;
    if (g === gender && e.type !== 'PERSON' && e.type !== 'MISC') return null;
    const from = Math.max(last.at, last.end);
    for (let i = this.firstStartingAtOrAfter(from); i < this.mentions.length && this.mentions[i].start < pos; i++) {
      const m = this.mentions[i];
      if (!(m.type === 'PERSON' || this.namedLikePerson(m)) || this.quotations.inside(m.start)) continue;
      const id = this.entityAt(i);
      if (id === last.entity) continue;
      const mg = this.genderOf(id);
      if (mg === gender || mg === null) return null;
    }
    return last.entity;
  }

  /** The end of an opening "Asked …," (or "When asked …,") of the sentence at `lo`, before `pos`; else -1. */
  private openingQuestionEnd(lo: number, pos: number): number {
    const c = this.text.charCodeAt(lo);
    if (c !== 65 && c !== 87) return -1; // "A", "W"
    const head = this.text.slice(lo, lo + 10);
    if (!head.startsWith('Asked ') && !head.startsWith('When asked')) return -1;
    const comma = this.text.indexOf(',', lo);
    return comma > 0 && comma < pos ? comma : -1;
  }

  /** The latest speaker in [lo, hi) that a pronoun of `gender` was resolved to. */
  private pronounSpeakerIn(lo: number, hi: number, gender: Gender): string | null {
    for (let i = this.speakers.length - 1; i >= 0 && i >= this.speakers.length - 12; i--) {
      const sp = this.speakers[i];
      if (sp.at >= lo && sp.at < hi && sp.gender === gender) return sp.entity;
    }
    return null;
  }

  /**
   * "It said …" after "The province's environment ministry said …" in this sentence or the one
   * before, "They said …" after "Officials said …": the unnamed source the pronoun stands for, as
   * written, else null.
   */
  private unnamedAntecedent(src: { start: number; end: number }, pos: number): { start: number; end: number } | null {
    const pronoun = this.text.slice(src.start, src.end).toLowerCase();
    if (pronoun !== 'it' && pronoun !== 'they') return null;
    return this.unnamedSpeakerBefore(pronoun, pos) ?? this.subjectBefore(pronoun, src.start);
  }

  /**
   * "It says …" after "The statement of claim … names X.", "They found …" after "The researchers
   * followed …": a pronoun opening its sentence stands for the subject of the sentence before
   * (subject-antecedent.ts), a document, a body or a group no entity names.
   */
  private subjectBefore(pronoun: string, at: number): { start: number; end: number } | null {
    if (this.sentences.length === 0) return null;
    const s = this.sentenceAt(at);
    if (s < 1 || /\S/.test(this.text.slice(this.sentences[s].start, at))) return null;
    const prev = this.sentences[s - 1];
    return subjectAntecedent(this.text, prev.start, prev.end, pronoun, isBodyNoun);
  }

  /** The unnamed source spoken just before (this sentence or the one before) that `pronoun` stands for, else null. */
  private unnamedSpeakerBefore(pronoun: string, pos: number): { start: number; end: number } | null {
    const before = this.lastUnresolved;
    if (!before || this.lastUnnamedBody < 0 || this.lastUnnamedBody >= pos) return null;
    const s = this.sentenceAt(pos);
    const from = s >= 1 && this.sentences.length > 0 ? this.sentences[s - 1].start : pos - 400;
    if (this.lastUnnamedBody < from) return null;
    const phrase = this.text.slice(before.start, before.end);
    if (pronoun === 'they') return PLURAL_GROUP.test(phrase) ? before : null;
    if (this.namesUnnamedBody(before)) return before;
    // "The report … found … It says …", "the city said … It said …": a document or a government
    // by its common noun (no entity resolved the pronoun, so nothing better is lost).
    const words: string[] = phrase.toLowerCase().match(WORD) ?? [];
    if (words.length < 2 || words.length > 6 || !DETERMINERS.has(words[0])) return null;
    const of = words.indexOf('of');
    const head = words[of > 1 ? of - 1 : words.length - 1];
    return isDocumentNoun(head) || GOVERNMENTS.has(head) ? before : null;
  }

  /**
   * "it": the organisation that spoke in this sentence or the one before ("The department said …
   * It said …"), else the latest organisation named.
   */
  private organizationFor(pos: number): string | null {
    const s = this.sentenceAt(pos);
    const from = s >= 1 && this.sentences.length > 0 ? this.sentences[s - 1].start : pos - 400;
    // "The union said … It said …": "it" is the body just quoted, which no entity names; not an
    // organisation named further back.
    if (this.lastUnnamedBody >= from && this.lastUnnamedBody < pos && this.lastUnresolved && this.namesUnnamedBody(this.lastUnresolved)) return null;
    for (let i = this.speakers.length - 1; i >= 0 && i >= this.speakers.length - 12; i--) {
      const sp = this.speakers[i];
      if (sp.at >= pos) continue;
      if (sp.at < from) break;
      if (this.entities.get(sp.entity)?.type === 'ORGANIZATION') return sp.entity;
    }
    // Not an organisation named as an object or in a prepositional phrase ("a deal with Google"):
    // the latest one that is the subject of its sentence, this one or the two before.
    return this.organizationInSentence(pos) ?? this.subjectOrganization(pos, 2) ?? this.lastBefore(pos, 'ORGANIZATION');
  }

  /**
   * "they" after "Analysts at Northgate Securities wrote …" in this sentence or the one before: the
   * firm the group spoke from (the group itself is no entity), else null.
   */
  private firmOfGroup(pos: number): string | null {
    const src = this.lastUnresolved;
    const s = this.sentenceAt(pos);
    const from = s >= 1 && this.sentences.length > 0 ? this.sentences[s - 1].start : pos - 400;
    if (!src || this.lastUnnamedBody < from || this.lastUnnamedBody >= pos) return null;
    const group = GROUP_AT.exec(this.text.slice(src.start, src.end));
    return group ? this.mentionsIn(src.start + group[0].length, src.end).find((m) => m.type === 'ORGANIZATION')?.entity ?? null : null;
  }

  /** The latest organisation of the sentence at `pos`, before it, that is no preposition's object. */
  private organizationInSentence(pos: number): string | null {
    const lo = this.sentences.length > 0 ? this.sentences[Math.max(0, this.sentenceAt(pos))].start : pos;
    for (let i = this.firstStartingAtOrAfter(pos) - 1; i >= 0 && this.mentions[i].start >= lo; i--) {
      const m = this.mentions[i];
      if (m.type !== 'ORGANIZATION' || this.quotations.inside(m.start)) continue;
      let w = this.wordBefore(m.start).toLowerCase();
      if (w === 'the') w = this.wordBefore(m.start - 4).toLowerCase();
      if (!PREPOSITIONS.has(w)) return m.entity;
    }
    return null;
  }

  /**
   * The organisation that opens the sentence at `pos` or one of the `back` sentences before it
   * (after at most three words, or after a dateline's dash), latest first; else null.
   */
  private subjectOrganization(pos: number, back: number): string | null {
    if (this.sentences.length === 0) return null;
    const s = this.sentenceAt(pos);
    for (let k = s; k >= 0 && k >= s - back; k--) {
      const lo = this.sentences[k].start;
      const i = this.firstStartingAtOrAfter(lo);
      if (i >= this.mentions.length) continue;
      const m = this.mentions[i];
      if (m.start >= pos || m.type !== 'ORGANIZATION' || m.start - lo > 80) continue;
      let lead = this.text.slice(lo, m.start);
      const dash = lead.lastIndexOf('— ');
      if (dash >= 0) lead = lead.slice(dash + 2);
      if (SUBJECT_LEAD.test(lead) && !this.quotations.inside(m.start)) return m.entity;
    }
    return null;
  }

  /** Whether the sentence before the one at `pos` opens with a document as its subject ("The lawsuit, filed …, names …"). */
  private afterDocumentSubject(pos: number): boolean {
    const s = this.sentenceAt(pos);
    if (s < 1 || this.sentences.length === 0) return false;
    const prev = this.sentences[s - 1];
    const head = this.text.slice(prev.start, Math.min(prev.end, prev.start + DOCUMENT_SUBJECT_CHARS));
    const words: string[] = head.toLowerCase().match(WORD) ?? [];
    if (words.length < 3 || !DETERMINERS.has(words[0])) return false;
    for (let i = 1; i < words.length && i <= DOCUMENT_SUBJECT_WORDS; i++) {
      if (isDocumentNoun(words[i])) return true;
      if (words[i] === 'of' || words[i] === 'by' || words[i] === 'from') return false;
    }
    return false;
  }

  private latestSpeaker(pos: number): string | null {
    for (let i = this.speakers.length - 1; i >= 0 && i >= this.speakers.length - 12; i--) {
      if (this.speakers[i].at < pos) return this.speakers[i].entity;
    }
    return null;
  }

  private sentenceAt(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].start <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** namedLikePerson by mention start: pronouns ask it of the same mentions again and again. */
  private readonly personLike = new Map<number, boolean>();

  /**
   * A mention typed as an organisation, a place or nothing that reads as a person's name: a known
   * given name before a capitalised word ("Evacuee Tom Nakamura"), and no word of an institution.
   */
  private namedLikePerson(m: Mention): boolean {
    if (m.type !== 'ORGANIZATION' && m.type !== 'LOCATION' && m.type !== 'MISC') return false;
    let known = this.personLike.get(m.start);
    if (known === undefined) this.personLike.set(m.start, (known = this.readsAsPerson(m)));
    return known;
  }

  private readsAsPerson(m: Mention): boolean {
    // One word is no given name and surname.
    let spaced = false;
    for (let i = m.start; i < m.end && !spaced; i++) spaced = this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 0xa0;
    if (!spaced) return false;
    const name = this.text.slice(m.start, m.end);
    if (givenNameIn(name) === null && !personOfOrganization(name)) return false;
    // "the Washington Redskins": a name after "the" is no person's.
    return !startsWithThe(name) && !(m.start >= 4 && startsWithThe(this.text.slice(m.start - 4, m.start)) && !/\p{L}/u.test(this.text.charAt(m.start - 5)));
  }

  /** A person's gender: a role word or honorific next to one of the first mentions, else the given name. */
  private genderOf(id: string): Gender | null {
    const known = this.genders.get(id);
    if (known !== undefined) return known;
    let g: Gender | null = null;
    const e = this.entities.get(id);
    if (e) {
      for (let i = 0; i < e.mentions.length && i < GENDER_MENTIONS && !g; i++) g = this.genderNextTo(e.mentions[i]);
      for (const name of [e.name, ...e.aliases]) {
        if (g) break;
        // The given name, past a title ("Mayor Ann Reyes": "Mayor" is a given name in the census lists).
        const ws = name.match(WORD) ?? [];
        let i = 0;
        while (i < ws.length - 1 && TITLES.has(ws[i].toLowerCase())) i++;
        if (i < ws.length - 1) g = genderOfGivenName(ws[i]);
      }
      // "Evacuee Tom Nakamura", "County District Judge Helen Marchetti": a given name further in.
      if (!g) g = givenNameIn(e.name, e.type === 'PERSON');
    }
    this.genders.set(id, g);
    return g;
  }

  /** "Mrs. Cole", "spokeswoman Ann Cole", "Cole, the chairwoman,": the gender a word next to the name gives. */
  private genderNextTo(m: { start: number; end: number }): Gender | null {
    const g = genderOfWord(this.wordBefore(m.start));
    if (g || this.text.charCodeAt(m.end) !== 44) return g;
    // "Cole, the chairwoman," / "Cole, chairwoman of …"
    const words = this.text.slice(m.end, m.end + 40).match(WORD) ?? [];
    const role = words[0] && DETERMINERS.has(words[0].toLowerCase()) ? words[1] : words[0];
    return role ? genderOfWord(role) : null;
  }

  /** The word right before `pos` ("Mrs." in "Mrs. Cole"), or "". */
  private wordBefore(pos: number): string {
    let e = pos;
    while (e > 0 && (this.text[e - 1] === ' ' || this.text[e - 1] === '\u00a0')) e--;
    let b = e;
    while (b > 0 && b > e - 20 && this.text[b - 1] !== ' ' && this.text[b - 1] !== '\n') b--;
    return this.text.slice(b, e);
  }

  private mentionsIn(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    for (let i = this.firstStartingAtOrAfter(start - 200); i < this.mentions.length && this.mentions[i].start < end; i++) {
      if (this.mentions[i].end > start) out.push(this.mentions[i]);
    }
    return out;
  }

  private firstStartingAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lastBefore(pos: number, type: Mention['type']): string | null {
    for (let i = this.firstStartingAtOrAfter(pos) - 1; i >= 0; i--) if (this.mentions[i].type === type) return this.mentions[i].entity;
    return null;
  }
}

/**
 * The distinct lower-case words of an organisation's name, kept by name: the same names come
 * back at every keystroke, and splitting each anew took ~0.1 ms of one on a 10k-word article.
 */
function wordsOfName(name: string): readonly string[] {
  let words = NAME_WORDS.get(name);
  if (words === undefined) {
    if (NAME_WORDS.size >= NAME_WORDS_MAX) NAME_WORDS.clear();
    words = [...new Set(name.toLowerCase().split(/[^\p{L}]+/u))];
    // A copy of the name: a slice may be a view of the whole text, which the map would keep alive.
    NAME_WORDS.set(ownCopy(name), words);
  }
  return words;
}
const NAME_WORDS = new Map<string, readonly string[]>();
const NAME_WORDS_MAX = 4_096;

/** Words that make a name an institution or a place, whatever given name it holds. */
const INSTITUTION_WORDS = new Set([
  'hospital', 'university', 'college', 'school', 'church', 'bank', 'park', 'river', 'lake', 'street', 'avenue', 'road',
  'county', 'city', 'town', 'island', 'bay', 'centre', 'center', 'foundation', 'institute', 'society', 'inc', 'corp', 'ltd',
  'group', 'council', 'party', 'club', 'fund', 'trust', 'museum', 'airport', 'station', 'general', 'memorial', 'house',
  // Outlets and regions named after a person or a place ("Fox News", "The Washington Post", "the West Coast").
  'news', 'post', 'times', 'journal', 'press', 'tribune', 'herald', 'magazine', 'network', 'radio', 'daily', 'gazette',
  'review', 'telegraph', 'chronicle', 'weekly', 'channel', 'broadcasting', 'coast', 'media',
]);

/**
 * "Samir Qureshi of Belmont Securities", "Tim Casey of MCI": a name of two or three capitalised
 * words (an initial allowed) before "of", none of them a word of an institution or a role, is
 * a person the entity stage glued to their organisation ("Bank of Canada", "Ministry of Health" are not).
 */
function personOfOrganization(name: string): boolean {
  const ws = name.split(/\s+/);
  const of = ws.indexOf('of');
  if (of < 2 || of > 3 || of === ws.length - 1) return false;
  for (let i = 0; i < of; i++) {
    const w = ws[i];
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (!/^\p{Lu}/u.test(w) || INSTITUTION_WORDS.has(lower) || ORGANIZATION_ROLES.has(lower) || TITLES.has(lower) || ORG_HEADS.has(lower)) return false;
  }
  return true;
}

/** Heads of organisation names before "of" that no person bears ("Bureau of …", "Chamber of …"). */
const ORG_HEADS = new Set([
  'bureau', 'chamber', 'federation', 'confederation', 'league', 'order', 'house', 'province', 'state', 'republic', 'kingdom',
  'port', 'gulf', 'isle', 'cape', 'mount', 'sea', 'straits', 'friends', 'sisters', 'brothers', 'knights', 'daughters', 'sons',
  'congress', 'parliament', 'senate', 'assembly', 'office', 'division', 'branch', 'service', 'services', 'corps', 'guard',
  'secretary', 'minister', 'ministry', 'department', 'court', 'supreme', 'national', 'royal', 'federal', 'central', 'united',
  'american', 'canadian', 'british', 'international', 'world', 'global', 'general', 'city', 'town', 'county', 'district',
]);

/** The gender of a given name in `name` that is followed by a capitalised word, if no institution word is there. */
function givenNameIn(name: string, person = false): Gender | null {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || (ws.length > 4 && !person)) return null;
  let g: Gender | null = null;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i].replace(/[.,]$/, '');
    if (!person && INSTITUTION_WORDS.has(w.toLowerCase())) return null;
    if (!g && i + 1 < ws.length && /^\p{Lu}/u.test(ws[i + 1]) && !TITLES.has(w.toLowerCase())) g = genderOfGivenName(w);
  }
  return g;
}

/** Whether every mention starts at or after the one before it. */
function inTextOrder(list: Mention[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i].start < list[i - 1].start) return false;
  return true;
}

/** Prepositions whose object a pronoun does not follow when a subject is near ("for Clinton", "than Obama"). */
/** Common irregular past tenses that take a person as object ("met Carl Ames", "beat Ann Cole"). */
const OBJECT_VERBS = new Set(['met', 'hit', 'beat', 'sent', 'caught', 'brought', 'fought', 'hired', 'fired', 'led', 'let', 'left', 'took', 'saw', 'chose', 'struck', 'sued', 'thanked', 'defeated']);
/** Words that end a role phrase: the name after them is no object ("and then Ian Shaw", "when Ann Bee"). */
const ROLE_STOPS = new Set(['and', 'or', 'but', 'then', 'when', 'while', 'as', 'that', 'who', 'which', 'so', 'if', 'because', 'after', 'before', 'since', 'until', 'also', 'now', 'later', 'earlier', 'today', 'yesterday', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'not', 'only', 'even', 'said', 'says', 'told', 'whom', 'where', 'what', 'whose', 'there', 'here', 'with', 'from', 'into', 'about', 'than', 'like', 'just', 'still', 'very', 'much', 'many', 'some', 'this', 'those', 'these', 'their', 'every']);
const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'with', 'to', 'from', 'about', 'against', 'by', 'on', 'at', 'in', 'over', 'than', 'like', 'between', 'among', 'toward', 'towards', 'into', 'including', 'behind']);

/** Words before an organisation that make it no subject ("a deal with Google", "such as Quillmark"). */
const PREPOSITIONS = new Set(['of', 'for', 'with', 'by', 'to', 'from', 'at', 'in', 'on', 'against', 'over', 'about', 'as', 'than', 'like', 'including', 'into', 'between', 'among', 'and', 'or']);

/** A group of people at a firm ("analysts at", "economists with"): "they" after it is the firm. */
/** Governments by their common noun ("the city said"): what "it" stands for after them. */
const GOVERNMENTS: ReadonlySet<string> = new Set(['city', 'town', 'county', 'province', 'state', 'municipality', 'council', 'government', 'region', 'district', 'village', 'borough']);

/** A body's noun that "it" can stand for ("the ministry", "the city", "the company"). */
function isBodyNoun(w: string): boolean {
  return GOVERNMENTS.has(w) || NOT_COMPANIES.has(w) || ORGANIZATION_ROLES.has(w);
}

/** A group of people or bodies that "they" can stand for: a plural noun last ("Officials", "the province's health officials", "Police"). */
const PLURAL_GROUP = /^(?:(?:the|The|some|Some|several|Several|many|Many)\s+)?(?:[\p{Ll}'’-]+\s+){0,3}(?:[\p{Ll}-]+s|police|staff|people)$|^(?:Officials|Police|Authorities|Analysts|Economists|Researchers|Scientists|Experts|Residents|Critics|Organizers|Organisers|Doctors|Lawyers|Prosecutors|Investigators)$/u;

const GROUP_AT = /^(?:the\s+)?(?:analysts|economists|strategists|researchers|scientists|executives)\s+(?:at|of|with|from)\s/i;

/** Words that make the last noun of a phrase no head of it ("a spokesperson for the department"). */
const BODY_LINKS = new Set(['of', 'for', 'at', 'with', 'by', 'from', 'and', 'or', 'who', 'which']);

/** Two to four capitalised words, nothing else ("Colleges Ontario"). */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){1,3}$/u;

/** Words that open a description of someone unnamed. */
const UNNAMED_LEADS = new Set(['the', 'a', 'an', 'one', 'another']);

/** A participle and "by" right before a name ("seen by ", "obtained by the "). */
/** Determiners opening a described thing ("a post shared …"); participles that give a name; words after a participle phrase's verb. */
const PHRASE_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'one']);
const NAMING_PARTICIPLES = new Set(['called', 'named', 'dubbed', 'known', 'titled', 'entitled', 'nicknamed', 'labelled', 'labeled']);
const IRREGULAR_PARTICIPLES = new Set(['seen', 'shown', 'written', 'sent', 'made', 'given', 'taken', 'put', 'read', 'run', 'held', 'built', 'found', 'spread']);
const AFTER_PARTICIPLE = new Set(['on', 'in', 'to', 'at', 'across', 'around', 'through', 'via', 'during', 'since', 'online', 'last', 'this', 'earlier', 'by']);
/** How far a post went ("shared more than 9,000 times", "viewed millions of times", "widely shared"). */
const REACH_WORDS = new Set(['more', 'nearly', 'almost', 'about', 'over', 'widely', 'thousands', 'hundreds', 'millions', 'tens', 'dozens']);
/** Platforms that carry posts and speak for no one in them. */
const PLATFORMS = new Set([
  'Facebook', 'Instagram', 'TikTok', 'Twitter', 'X', 'YouTube', 'Telegram', 'WhatsApp', 'Reddit', 'Threads', 'Bluesky', 'Snapchat',
  'LinkedIn', 'Weibo', 'WeChat', 'Truth Social', 'Rumble', 'Gab', 'Parler', 'Douyin', 'Pinterest', 'Mastodon',
]);
const AGENT_BY = /[a-z](?:ed|en|wn) by (?:the |The )?$/;
/** A placing participle and its preposition right before a name ("filed in ", "tabled in the "). */
const PLACED_IN = /\b(?:tabled|filed|submitted|lodged|presented|entered) (?:in|with|to|before|at) (?:the |The )?$/;

/** "the " or "The " at the start of `s` (a name's own article, or the four characters before it). */
function startsWithThe(s: string): boolean {
  return s.length >= 4 && (s[0] === 't' || s[0] === 'T') && s[1] === 'h' && s[2] === 'e' && (s[3] === ' ' || s[3] === '\u00a0');
}

/** The last item in text order that starts before `pos` (binary search). */
function lastStartingBefore<T extends { start: number }>(list: T[], pos: number): T | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : null;
}
