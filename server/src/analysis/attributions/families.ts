// People of the article by surname. "Mrs. Clinton said" in a story that also names Bill Clinton: the entity stage can group a
// surname under an honorific with the wrong person of that family. The honorific right before
// the mention says which one speaks: of the people sharing that surname, the one whose given
// name has the honorific's gender ("Hillary Clinton"), when the mention's own entity has the
// other gender by its given name.
import type { Entity, Mention } from '../types';
import { genderOfGivenName, genderOfWord } from './gender';
import type { Gender } from './gender';
import { TITLES } from './words';

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** The gender an entity's name gives by its given name ("Bill Clinton" → m), past titles; null when unknown. */
export function genderOfEntityName(e: Entity): Gender | null {
  const ws = e.name.match(WORD) ?? [];
  let i = 0;
  while (i < ws.length - 1 && TITLES.has(ws[i].toLowerCase())) i++;
  return i < ws.length - 1 ? genderOfGivenName(ws[i]) : null;
}

/** People by the last word of their name, built once per article on first use. */
export class FamilyIndex {
  private bySurname: Map<string, Entity[]> | null = null;
  /** People who share their surname with someone else of the article. */
  private readonly withKin = new Set<string>();
  private readonly nameGenders = new Map<string, Gender | null>();

  constructor(private readonly entities: ReadonlyMap<string, Entity>) {}

  private genderOfName(e: Entity): Gender | null {
    let g = this.nameGenders.get(e.id);
    if (g === undefined) {
      g = genderOfEntityName(e);
      this.nameGenders.set(e.id, g);
    }
    return g;
  }

  /** A person, or an untyped name that opens with a known given name ("Curtis Haldane" left MISC by the entity stage). */
  private personLike(e: Entity): boolean {
    return e.type === 'PERSON' || (e.type === 'MISC' && this.genderOfName(e) !== null);
  }

  private index(): Map<string, Entity[]> {
    if (this.bySurname) return this.bySurname;
    const map = (this.bySurname = new Map<string, Entity[]>());
    for (const e of this.entities.values()) {
      if (!this.personLike(e)) continue;
      const key = surnameOf(e.name);
      if (key === null) continue;
      const list = map.get(key);
      if (list) {
        list.push(e);
        for (const k of list) this.withKin.add(k.id);
      } else map.set(key, [e]);
    }
    return map;
  }

  /**
   * The entity a mention stands for once its honorific is read: `entity` itself unless the
   * honorific before the mention ("Mrs.", "Mr.", read only for people who have kin here) gives a gender
   * that the entity's given name contradicts and exactly one other person of that surname has
   * the honorific's gender.
   */
  entityOf(text: string, m: Mention, entity: Entity | undefined, wordBefore: (pos: number) => string): string {
    if (!entity || entity.type !== 'PERSON' || !afterHonorific(text, m.start)) return m.entity;
    const said = genderOfWord(wordBefore(m.start));
    if (!said) return m.entity;
    const own = this.genderOfName(entity);
    if (own === null || own === said) return m.entity;
    // The index only when the honorific contradicts the given name (rare), not for every "Mr.".
    this.index();
    if (!this.withKin.has(entity.id)) return m.entity;
    const family = this.index().get(surnameOf(entity.name) ?? '') ?? [];
    let found: string | null = null;
    for (const e of family) {
      if (e.id === entity.id || this.genderOfName(e) !== said) continue;
      if (found !== null) return m.entity;
      found = e.id;
    }
    return found ?? m.entity;
  }

  /**
   * "Dayton tells …", "CALDERON: …": a one-word name the entity stage took for a place or left
   * untyped, which is the surname of exactly one person of the article, is that person.
   */
  personBySurname(word: string): string | null {
    if (this.bySurname) {
      const family = this.bySurname.get(word.toLowerCase());
      return family && family.length === 1 ? family[0].id : null;
    }
    // Asked of a few sources an analysis: a scan of the people, not the whole index.
    const lw = word.toLowerCase();
    let found: string | null = null;
    for (const e of this.entities.values()) {
      if (e.type !== 'PERSON' && e.type !== 'MISC') continue;
      const n = e.name;
      const at = n.length - lw.length - 1;
      if (at <= 0 || (n.charCodeAt(at) !== 32 && n.charCodeAt(at) !== 0xa0) || n.slice(at + 1).toLowerCase() !== lw) continue;
      // (The surname first: reading an untyped name's given name costs more.)
      if (!this.personLike(e)) continue;
      if (found !== null) return null;
      found = e.id;
    }
    return found;
  }
}

/** Whether an honorific stands right before `pos` ("Mr. ", "Mrs ", "Ms. ", "Miss ", "Mme "), read from at most seven characters. */
function afterHonorific(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 32) return false;
  const c = text.charCodeAt(pos - 2);
  // Cheap first: the honorific ends in ".", "r", "s" or "e" ("Mme", "Dame").
  if (c !== 46 && c !== 114 && c !== 115 && c !== 101) return false;
  return HONORIFIC_BEFORE.test(text.slice(Math.max(0, pos - 7), pos));
}
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Miss|Mme|Mlle|Madame|Dame|Sir)\.? $/u;

/** The last word of a name of two words or more, in lower case ("Mark Dayton" → "dayton"), else null. */
function surnameOf(name: string): string | null {
  const at = Math.max(name.lastIndexOf(' '), name.lastIndexOf('\u00a0'));
  return at > 0 && at < name.length - 1 ? name.slice(at + 1).toLowerCase() : null;
}
