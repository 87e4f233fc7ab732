import { strict as assert } from 'node:assert';
import type { Attribution } from '../../server/src/analysis/types';
import { about, runAttributions, showSpeakers } from './attribution-helpers';
import type { Name } from './attribution-helpers';

// Issue 11, round 15: who speaks, once the source phrase is found (pronouns, role nouns, names
// the entity stage grouped or typed wrongly). Invented sentences in our own words; the entities
// are given as the entity stage gives them, mistakes included, so each case fails on the rule
// alone.

/** One mention per place, as the entity stage gives them (see runAttributions). */
function run(body: string, names: Name[]): Attribution[] {
  return runAttributions(body, names, true);
}

const show = showSpeakers;

describe('attributions: an honorific says which of a family speaks', () => {
  // The entity stage put every bare "Hartley" with the first Hartley it met.
  const hartleys: Name[] = [
    { id: 'margaret', type: 'PERSON', forms: ['Margaret Hartley'] },
    { id: 'paul', type: 'PERSON', forms: ['Paul Hartley', 'Hartley'] },
  ];
  const story =
    'Former Governor Paul Hartley opened the clinic on Monday. His wife, Senator Margaret Hartley, cut the ribbon.\n\n';
  it('"Mrs. Hartley told reporters …" is Margaret Hartley, not Paul Hartley', () => {
    const list = run(story + 'Mrs. Hartley told reporters the wing had been paid for by donors.', hartleys);
    assert.equal(about(list, 'paid for by donors').sourceEntity, 'margaret', show(list));
  });
  it('"she" after "Mrs. Hartley" is Margaret Hartley too', () => {
    const list = run(story + 'Mrs. Hartley walked the wards. "Not one tax dollar went into it," she said.', hartleys);
    assert.equal(about(list, 'Not one tax dollar').sourceEntity, 'margaret', show(list));
  });
  it('"he" after "Mr. Hartley" is Paul Hartley when the surname went to his wife', () => {
    const names: Name[] = [
      { id: 'paul', type: 'PERSON', forms: ['Paul Hartley'] },
      { id: 'margaret', type: 'PERSON', forms: ['Margaret Hartley', 'Hartley'] },
    ];
    const list = run(story + 'Mr. Hartley spoke last. "We built this for the valley," he said.', names);
    assert.equal(about(list, 'built this for the valley').sourceEntity, 'paul', show(list));
  });
  it('guard: with one Hartley in the story, "Mrs. Hartley" stays hers', () => {
    const names: Name[] = [{ id: 'margaret', type: 'PERSON', forms: ['Margaret Hartley', 'Hartley'] }];
    const list = run('Senator Margaret Hartley cut the ribbon.\n\nMrs. Hartley said the wing had been paid for by donors.', names);
    assert.equal(about(list, 'paid for by donors').sourceEntity, 'margaret', show(list));
  });
});

describe('attributions: a pronoun is no outlet or region named after a person', () => {
  it('"he told Fox News. He denied …" is the mayor, not Fox News', () => {
    const names: Name[] = [
      { id: 'reilly', type: 'PERSON', forms: ['Tom Reilly', 'Reilly'] },
      { id: 'fox', type: 'ORGANIZATION', forms: ['Fox News'] },
    ];
    const list = run(
      'Mayor Tom Reilly was in a combative mood on Sunday. "We owe nobody an apology," he told Fox News.\n\n' +
        'He denied that the council had hidden the audit.',
      names,
    );
    assert.equal(about(list, 'hidden the audit').sourceEntity, 'reilly', show(list));
  });
  it('"the Washington Post" before "he said" is not a man', () => {
    const names: Name[] = [
      { id: 'osei', type: 'PERSON', forms: ['Kwame Osei', 'Osei'] },
      { id: 'post', type: 'ORGANIZATION', forms: ['Washington Post'] },
    ];
    const list = run(
      'Kwame Osei led the agency for a decade.\n\nSeveral papers, including the Washington Post, ran his letter. But the years since, he said, were harder.',
      names,
    );
    assert.equal(about(list, 'were harder').sourceEntity, 'osei', show(list));
  });
});

describe('attributions: a role noun is not someone the quotation talks about', () => {
  it('"“Ann Cole is a joke,” he said" is the man named before, not the woman in the quotation', () => {
    const names: Name[] = [
      { id: 'cole', type: 'PERSON', forms: ['Ann Cole', 'Cole'] },
      { id: 'varga', type: 'PERSON', forms: ['Peter Varga', 'Varga'] },
      { id: 'king', type: 'PERSON', forms: ['Thomas King', 'King'] },
    ];
    // The entity stage gave Ann Cole a man's honorific somewhere; her given name says nothing to it.
    const list = run(
      'Mr. Cole chaired the meeting. Peter Varga spoke after Thomas King on Friday.\n\n' +
        'Varga went after his rival at the rally. "This council has failed. Ann Cole is a joke," he said.',
      names,
    );
    assert.equal(about(list, 'Ann Cole is a joke').sourceEntity, 'varga', show(list));
  });
  it('"“… beat Ann Cole,” the governor said" is the governor, not Ann Cole', () => {
    const names: Name[] = [
      { id: 'dunmore', type: 'PERSON', forms: ['Ray Dunmore'] },
      { id: 'cole', type: 'PERSON', forms: ['Ann Cole'] },
    ];
    const list = run(
      'Governor Ray Dunmore arrived late at the fundraiser in Truro.\n\n“I believe he is the best person to beat Ann Cole,” the governor said.',
      names,
    );
    assert.equal(about(list, 'best person to beat').sourceEntity, 'dunmore', show(list));
  });
  it('"the woman said" is not the one man named before her', () => {
    const names: Name[] = [{ id: 'ostrowski', type: 'PERSON', forms: ['Paul Ostrowski'] }];
    const list = run(
      'Mr. Paul Ostrowski took the microphone first at the town hall in Kenora.\n\n“You say the water is safe,” the woman said.',
      names,
    );
    assert.equal(about(list, 'water is safe').sourceEntity, null, show(list));
  });
  it('guard: "the 58-year-old said" is still the one person just named', () => {
    const names: Name[] = [{ id: 'lind', type: 'PERSON', forms: ['Rosa Lind'] }];
    const list = run('Rosa Lind has fished the bay for 40 years.\n\n“The quotas came too late,” the 58-year-old said.', names);
    assert.equal(about(list, 'quotas came too late').sourceEntity, 'lind', show(list));
  });
});

describe('attributions: a place or untyped word that is a person\'s surname', () => {
  it('"Dayton tells reporters …" typed as a place is Mark Dayton', () => {
    const names: Name[] = [
      { id: 'dayton', type: 'PERSON', forms: ['Mark Dayton'] },
      { id: 'city', type: 'LOCATION', forms: ['Dayton'] },
    ];
    const list = run('Governor Mark Dayton backs the plan.\n\nDayton tells reporters the vote will be close.', names);
    assert.equal(about(list, 'vote will be close').sourceEntity, 'dayton', show(list));
  });
  it('"said Cuban" left untyped is Mark Cuban', () => {
    const names: Name[] = [
      { id: 'cuban', type: 'PERSON', forms: ['Mark Cuban'] },
      { id: 'misc', type: 'MISC', forms: ['Cuban'] },
    ];
    const list = run('Team owner Mark Cuban met the players.\n\n"It is too early to tell," said Cuban.', names);
    assert.equal(about(list, 'too early to tell').sourceEntity, 'cuban', show(list));
  });
  it('guard: "Ottawa said" stays the place when nobody is called Ottawa', () => {
    const names: Name[] = [
      { id: 'ottawa', type: 'LOCATION', forms: ['Ottawa'] },
      { id: 'lee', type: 'PERSON', forms: ['Ann Lee'] },
    ];
    const list = run('Ann Lee runs the port.\n\nOttawa said the tariffs would stay.', names);
    assert.equal(about(list, 'tariffs would stay').sourceEntity, 'ottawa', show(list));
  });
});

describe('attributions: a pronoun after a sentence whose subject gives no gender', () => {
  it('"Price was less guarded. He said …" is Price, not the man quoted before', () => {
    const names: Name[] = [
      { id: 'price', type: 'PERSON', forms: ['Jalen Price', 'Price'] },
      { id: 'holm', type: 'PERSON', forms: ['Thomas Holm', 'Holm'] },
    ];
    const list = run(
      'Jalen Price scored 31 points in his return.\n\nCentre Thomas Holm said the comeback began on defence. "Ask me in a month," he said.\n\n' +
        'Price was less guarded. He said he expected to play on Tuesday.',
      names,
    );
    assert.equal(about(list, 'expected to play').sourceEntity, 'price', show(list));
  });
  it('guard: a man named in that sentence still takes "he"', () => {
    const names: Name[] = [
      { id: 'price', type: 'PERSON', forms: ['Jalen Price', 'Price'] },
      { id: 'holm', type: 'PERSON', forms: ['Thomas Holm', 'Holm'] },
    ];
    const list = run(
      'Jalen Price scored 31 points.\n\nPrice passed to Thomas Holm for the last shot. He said the play was drawn up at halftime.',
      names,
    );
    assert.equal(about(list, 'drawn up at halftime').sourceEntity, 'holm', show(list));
  });
  it('guard: an owner opening that sentence is no subject ("Weeks after Okafor’s dismissal, Eze …")', () => {
    const names: Name[] = [
      { id: 'okafor', type: 'PERSON', forms: ['Ikenna Okafor', 'Okafor'] },
      { id: 'eze', type: 'PERSON', forms: ['Tendai Eze', 'Eze'] },
    ];
    const list = run(
      'Ikenna Okafor ran the depot until March. Tendai Eze drove for him for a decade.\n\n' +
        'Weeks after Okafor’s dismissal, Eze agreed to take the post. “Somebody had to do it,” he said.',
      names,
    );
    assert.equal(about(list, 'Somebody had to do it').sourceEntity, 'eze', show(list));
  });
});
