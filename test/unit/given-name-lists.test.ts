import { strict as assert } from 'node:assert';
import { genderOfGivenName, inSortedWords, isListedGivenName } from '../../server/src/analysis/names/given-name-gender';
import { FEMALE_NAMES, MALE_NAMES } from '../../server/src/analysis/names/given-names';

// The given-name lists are searched where they stand (binary search over sorted text) instead of
// being built into a Map at start-up (issue 15, figure 3). They must answer as that Map did.

const listed = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** The table the lists were built into before: female names, then male ones (the later wins). */
function oldTable(): Map<string, 'f' | 'm'> {
  const m = new Map<string, 'f' | 'm'>();
  for (const n of listed(FEMALE_NAMES)) m.set(n, 'f');
  for (const n of listed(MALE_NAMES)) m.set(n, 'm');
  return m;
}

/** Words near the listed ones: cut short, run on, a letter changed, with a hyphen or a space. */
function neighbours(names: string[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    out.add(n.slice(0, -1)).add(n + 'a').add(n + 's').add('a' + n).add(n + '-' + n).add(n + ' x').add(n.toUpperCase());
    out.add(n.slice(0, -1) + String.fromCharCode(n.charCodeAt(n.length - 1) + 1));
  }
  return [...out, '', ' ', '\n', '-', 'a', 'zzzzzz', '~', '!', 'élodie', 'aa aa'];
}

describe('given-name lists searched in place', () => {
  it('the lists are sorted in code-unit order, without repeats, and share no name', () => {
    for (const text of [FEMALE_NAMES, MALE_NAMES]) {
      const words = listed(text);
      for (let i = 1; i < words.length; i++) assert.ok(words[i - 1] < words[i], `${words[i - 1]} before ${words[i]}`);
    }
    const female = new Set(listed(FEMALE_NAMES));
    assert.deepEqual(listed(MALE_NAMES).filter((n) => female.has(n)), []);
  });

  it('finds every listed name and no neighbour the lists lack', () => {
    const table = oldTable();
    assert.ok(table.size > 9000);
    for (const n of [...table.keys(), ...neighbours([...table.keys()])]) {
      const gender = table.get(n);
      assert.equal(inSortedWords(MALE_NAMES, n), gender === 'm', n);
      assert.equal(inSortedWords(FEMALE_NAMES, n), gender === 'f', n);
      assert.equal(isListedGivenName(n), table.has(n.toLowerCase()), n);
    }
  });

  it('answers genders as before, in any case, accents and compound names read as the lists are', () => {
    const table = oldTable();
    for (const n of [...table.keys()].filter((_, i) => i % 7 === 0)) {
      const cap = n[0].toUpperCase() + n.slice(1);
      assert.equal(genderOfGivenName(cap), table.get(n), cap);
    }
    assert.equal(genderOfGivenName('Geneviève'), table.get('genevieve') ?? null);
    assert.equal(genderOfGivenName('Jean-François'), table.get('jean-francois') ?? table.get('jean') ?? null);
    assert.equal(genderOfGivenName('Marie-Claude'), table.get('marie-claude') ?? table.get('marie') ?? null);
    assert.equal(genderOfGivenName('Anne-Zélie'), table.get('anne-zelie') ?? table.get('anne') ?? null);
    assert.equal(genderOfGivenName('Harrowgate'), null);
  });

  it('searches any sorted word text, at its edges and between line breaks', () => {
    const text = '\nab abc\nb  bd\n\nc';
    for (const w of ['ab', 'abc', 'b', 'bd', 'c']) assert.equal(inSortedWords(text, w), true, w);
    for (const w of ['a', 'abcd', 'bc', 'be', 'cc', '', 'ab abc']) assert.equal(inSortedWords(text, w), false, w);
    assert.equal(inSortedWords('', 'a'), false);
    assert.equal(inSortedWords('solo', 'solo'), true);
  });
});
