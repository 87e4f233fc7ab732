// Resolves a source phrase to an entity id: a name inside it, a pronoun to the most recent
// person, a description ("the president", "the ministry") to the entity it describes.
import type { Entity, Mention } from '../types';
import { TITLES } from './words';

export class SourceResolver {
  private readonly mentions: Mention[];
  private readonly titled = new Map<string, Mention[]>();
  /** Organisation mentions by each lower-case word of their name, in text order. */
  private readonly organizationsByWord = new Map<string, Mention[]>();

  constructor(private readonly text: string, entities: Entity[], mentions: Mention[]) {
    const credit = new Set(entities.filter((e) => e.role === 'credit').map((e) => e.id));
    this.mentions = mentions.filter((m) => !credit.has(m.entity)).sort((a, b) => a.start - b.start);
    // Persons introduced with a title ("President Kassym-Jomart Tokayev"), by title word.
    for (const m of this.mentions) {
      if (m.type === 'ORGANIZATION') {
        for (const w of new Set(text.slice(m.start, m.end).toLowerCase().split(/[^\p{L}]+/u))) {
          const list = this.organizationsByWord.get(w) ?? [];
          list.push(m);
          this.organizationsByWord.set(w, list);
        }
      }
      if (m.type !== 'PERSON') continue;
      const before = text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
      const words = before.split(/[^\p{L}]+/u);
      for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i--) {
        if (!TITLES.has(words[i])) continue;
        const list = this.titled.get(words[i]) ?? [];
        list.push(m);
        this.titled.set(words[i], list);
      }
    }
  }

  resolve(src: { start: number; end: number } | null, anchor: number): string | null {
    if (!src) return null;
    const phrase = this.text.slice(src.start, src.end).toLowerCase();
    // Adjectives from names ("Kazakh president") do not name the speaker.
    const inside = this.mentionsIn(src.start, src.end).filter((m) => m.type !== 'MISC');
    if (inside.length > 0) return this.headMention(src, inside);
    if (phrase === 'he' || phrase === 'she') return this.lastBefore(Math.min(anchor, src.start), 'PERSON');
    if (phrase === 'it') return this.lastBefore(Math.min(anchor, src.start), 'ORGANIZATION');
    const words = phrase.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
    if (words.length === 0 || words.length > 4) return null;
    const head = words[words.length - 1];
    if (words[0] === 'his' || words[0] === 'her' || words[0] === 'their' || words[0] === 'its') return null;
    if (TITLES.has(head)) return this.titledPerson(head, src.start);
    return this.describedOrganization(head, src.start);
  }

  /** The mention that heads the phrase: the last one, unless a common noun follows it. */
  private headMention(src: { start: number; end: number }, inside: Mention[]): string | null {
    for (let i = inside.length - 1; i >= 0; i--) {
      const m = inside[i];
      // "Chevron (CVX.N)": a bracketed ticker or acronym stands for the name before it.
      if (i > 0 && this.text[m.start - 1] === '(') continue;
      const rest = this.text.slice(m.end, src.end);
      // "The Tokayev administration": the name only modifies the head noun.
      if (/^\s*[a-z]/.test(rest) && !/^\s*(?:of|for|at)\b/.test(rest)) return null;
      if (m.type === 'PERSON' || m.type === 'ORGANIZATION' || m.type === 'LOCATION') return m.entity;
    }
    return null;
  }

  private mentionsIn(start: number, end: number): Mention[] {
    const out: Mention[] = [];
    let i = this.firstEndingAfter(start);
    for (; i < this.mentions.length && this.mentions[i].start < end; i++) {
      if (this.mentions[i].end > start) out.push(this.mentions[i]);
    }
    return out;
  }

  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos - 200) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private lastBefore(pos: number, type: Mention['type']): string | null {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) if (this.mentions[i].type === type) return this.mentions[i].entity;
    return null;
  }

  /** The most recent person introduced with the title, else the first one after `pos`. */
  private titledPerson(title: string, pos: number): string | null {
    const list = this.titled.get(title);
    if (!list || list.length === 0) return null;
    return (lastStartingBefore(list, pos) ?? list[0]).entity;
  }

  /** "the ministry" → the most recent organisation whose name has that head noun. */
  private describedOrganization(head: string, pos: number): string | null {
    if (head.length < 4) return null;
    const list = this.organizationsByWord.get(head);
    return list ? (lastStartingBefore(list, pos)?.entity ?? null) : null;
  }
}

/** The last mention of a list in text order that starts before `pos` (binary search). */
function lastStartingBefore(list: Mention[], pos: number): Mention | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : null;
}
