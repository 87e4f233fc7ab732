// Faiths and peoples written as one word ("Muslim", "Uyghur", "Rohingya", "Sikh") are MISC, as
// CoNLL-2003 types "Moslem", "Kurdish" and "Jewish". The tagger learnt the 1996 spellings; today's
// ("Muslim", "Uyghur") are words it never saw, and it reads them as places. Only a name of one
// word is retyped: in "Muslim Council of Britain" or "Islamic Relief" the word is part of a name.
// Not "Christian", also a given name ("Christian said").
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { MISC } from './labels';

const GROUPS = wordSet([
  'muslim', 'muslims', 'moslem', 'moslems', 'islamic', 'catholic', 'catholics', 'protestant',
  'protestants', 'jewish', 'jew', 'jews', 'hindu', 'hindus', 'sikh', 'sikhs', 'buddhist', 'buddhists', 'shia', 'shiite',
  'shiites', "shi'ite", "shi'ites", 'sunni', 'sunnis', 'alawite', 'alawites', 'druze', 'yazidi', 'yazidis', 'ahmadi',
  'ahmadis', 'ahmadiyya', 'uyghur', 'uyghurs', 'uighur', 'uighurs', 'rohingya', 'rohingyas', 'hazara', 'hazaras',
  'pashtun', 'pashtuns', 'baloch', 'kurd', 'kurds', 'kurdish', 'tatar', 'tatars', 'hmong', 'maori', 'inuit', 'copt',
  'copts', 'coptic', 'tutsi', 'tutsis', 'hutu', 'hutus', 'amhara', 'tigrayan', 'tigrayans', 'oromo', 'fulani',
]);

export function faithGroups(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  for (const s of spans) {
    if (s.type === MISC || s.to - s.from !== 1 || s.sure) continue;
    if (!GROUPS.has(ctx.lower[s.from])) continue;
    s.type = MISC;
  }
  return spans;
}
