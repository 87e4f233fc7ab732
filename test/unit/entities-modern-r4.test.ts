// Names in modern copy, round 4 of issue 10: what the second blind batch of our development set
// (test/fixtures/entities-modern, batch 2) showed, each behaviour on a story written for the test.
// Every person, company, team, town and result here is invented.
import { strict as assert } from 'node:assert';
import { entityOf, listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

const RESULTS = `Pellham held on to beat Oxbury 2-1 on Saturday, and Wrenford lost 3-0 to Castle Marsh.

Pellham winger Dario Fenwick scored both goals before Oxbury captain Ilse Brandvold pulled one back.

Results: Pellham 2 Oxbury 1; Castle Marsh 3 Wrenford 0; Dunholt 1 Eastcote 1.

Pellham stay second, two points behind Dunholt. Wrenford host Eastcote next week.`;

describe('modern copy, round 4: teams named by their town alone in a results story', () => {
  const r = run(RESULTS);

  it('makes every mention of a town that a result names a team an organisation, tagged or not', () => {
    for (const team of ['Pellham', 'Oxbury', 'Wrenford', 'Castle Marsh', 'Dunholt', 'Eastcote']) {
      const e = entityOf(r, team);
      assert.equal(e.type, 'ORGANIZATION', `${team}: ${list(r)}`);
    }
    assert.equal(entityOf(r, 'Pellham').mentions.length, 4, list(r));
    assert.equal(entityOf(r, 'Wrenford').mentions.length, 3, list(r));
    assert.equal(entityOf(r, 'Dario Fenwick').type, 'PERSON', list(r));
    assert.equal(entityOf(r, 'Ilse Brandvold').type, 'PERSON', list(r));
  });

  it('leaves players in a tennis line and national sides alone', () => {
    const t = run(`Halvard Moen beat Teodor Lisicki 6-3 6-4 in Melbourne. Norway beat Wales 2-0 on Friday.`);
    assert.equal(entityOf(t, 'Halvard Moen').type, 'PERSON', list(t));
    assert.equal(entityOf(t, 'Teodor Lisicki').type, 'PERSON', list(t));
    assert.equal(entityOf(t, 'Norway').type, 'LOCATION', list(t));
    assert.equal(mentionAt(t, `Halvard Moen beat Teodor Lisicki 6-3 6-4 in Melbourne. Norway beat Wales 2-0 on Friday.`, 'Wales')?.type, 'LOCATION', list(t));
  });
});

const ROADWORKS = `Crews will close the Marrow Lane bridge over Tolland Creek on Monday, the county said. Drivers heading to Pettigrew Crossing should use Ashby Road instead.

Repairs to the Dunnock Lake dam will follow in the spring. Haskett Plumbing, of Northam, won both contracts, the Wexcombe Courier reported.`;

describe('modern copy, round 4: the last word of a name no list knows', () => {
  const r = run(ROADWORKS);

  it('makes streets, creeks, crossings and lakes places, whatever the tagger read', () => {
    for (const place of ['Marrow Lane', 'Tolland Creek', 'Pettigrew Crossing', 'Ashby Road', 'Dunnock Lake']) {
      assert.equal(mentionAt(r, ROADWORKS, place)?.type, 'LOCATION', `${place}: ${list(r)}`);
    }
  });

  it('makes a name ending in a trade or a newspaper word a business, not a person', () => {
    assert.equal(mentionAt(r, ROADWORKS, 'Haskett Plumbing')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, ROADWORKS, 'Wexcombe Courier')?.type, 'ORGANIZATION', list(r));
    // A given name first: a person whose surname is also a word.
    const p = run('Walter Little and Jim Courier were named in the squad.');
    assert.equal(entityOf(p, 'Walter Little').type, 'PERSON', list(p));
    assert.equal(entityOf(p, 'Jim Courier').type, 'PERSON', list(p));
  });
});

const GADGET = `Tarnwell unveiled a folding phone on Tuesday. Tarnwell said the device would ship in May, and Tarnwell expects to sell two million.

Analysts were unconvinced. Tarnwell shares fell 4% in New York, and Tarnwell lost its place as the third-biggest seller.

The company also said Tarnwell would cut prices in Europe.`;

describe('modern copy, round 4: a type a rule is sure of holds for every mention of the name', () => {
  it('makes a one-word company a company throughout once its shares are named', () => {
    const r = run(GADGET);
    const e = entityOf(r, 'Tarnwell');
    assert.equal(e.type, 'ORGANIZATION', list(r));
    assert.equal(e.mentions.length, 6, list(r));
  });

  it('does not make a country a company for "shares in" it', () => {
    const r = run('The firm floated its shares in Hungary in July. Hungary and Poland are its biggest markets.');
    assert.equal(entityOf(r, 'Hungary').type, 'LOCATION', list(r));
  });
});

const GALLERY = `Hillside fire doubles in size overnight

By Field Level Media

Crews from three towns fought the blaze through the night, the fire chief said.

Smoke rises over the ridge on Tuesday. (Photo: Ingrid Halvorsen-Tay/Getty Images)

A helicopter drops water near the reservoir. Teodora Vlasic/The Canadian Press

FILE PHOTO: A pumper truck in the valley, June 3, 2025. REUTERS/Benedek Urvari/File Photo

The chief said the fire was 40 per cent contained.`;

describe('modern copy, round 4: credits in captions and agency bylines', () => {
  const r = run(GALLERY);

  it('credits the photographer of a caption and names its agency', () => {
    for (const name of ['Ingrid Halvorsen-Tay', 'Teodora Vlasic', 'Benedek Urvari']) {
      const e = entityOf(r, name);
      assert.equal(e.type, 'PERSON', list(r));
      assert.equal(e.role, 'credit', list(r));
    }
    assert.equal(mentionAt(r, GALLERY, 'Getty Images')?.type, 'ORGANIZATION', list(r));
    assert.equal(entityOf(r, 'Getty Images').role, 'credit', list(r));
    assert.equal(mentionAt(r, GALLERY, 'The Canadian Press')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, GALLERY, 'REUTERS')?.type, 'ORGANIZATION', list(r));
    for (const m of r.mentions) assert.ok(!/Photo|File/.test(m.text), `"${m.text}" is no name`);
  });

  it('reads an agency byline as the agency, not a person', () => {
    assert.equal(mentionAt(r, GALLERY, 'Field Level Media')?.type, 'ORGANIZATION', list(r));
    assert.ok(!r.entities.some((e) => e.type === 'PERSON' && /Field/.test(e.name)), list(r));
  });
});

const COUNCIL = `Cllr Tamsin Oduya, who leads the housing committee, said the plan was fair. The Green MP for Hexley, Rufus Ambrose, disagreed, and 12 Labour MPs signed his letter.`;

describe('modern copy, round 4: British titles without a full stop', () => {
  const r = run(COUNCIL);

  it('keeps "Cllr" out of the name and a member\'s title out of the party', () => {
    assert.equal(mentionAt(r, COUNCIL, 'Tamsin Oduya')?.text, 'Tamsin Oduya', list(r));
    assert.equal(mentionAt(r, COUNCIL, 'Tamsin Oduya')?.type, 'PERSON', list(r));
    assert.equal(mentionAt(r, COUNCIL, 'Labour')?.text, 'Labour', list(r));
    assert.equal(mentionAt(r, COUNCIL, 'Green')?.text, 'Green', list(r));
    assert.equal(mentionAt(r, COUNCIL, 'Hexley')?.type, 'LOCATION', list(r));
    assert.equal(entityOf(r, 'Rufus Ambrose').type, 'PERSON', list(r));
    for (const m of r.mentions) assert.ok(!/\bCllr\b|\bMPs?\b/.test(m.text), `"${m.text}"`);
  });
});

const LISTED = `Hotels in seaside towns such as Marlhaven and Porthwen have filled up, and shoppers have moved to chains like Tessaly and Brindmoor. In swing states such as Ohio and Florida, Tremaine said, the vote is close.`;

describe('modern copy, round 4: a list introduced by a plural noun of its kind', () => {
  const r = run(LISTED);

  it('types each name of the list by the noun', () => {
    assert.equal(mentionAt(r, LISTED, 'Marlhaven')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, LISTED, 'Porthwen')?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, LISTED, 'Tessaly')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, LISTED, 'Brindmoor')?.type, 'ORGANIZATION', list(r));
  });

  it('ends the list at its last item', () => {
    assert.equal(mentionAt(r, LISTED, 'Tremaine')?.type, 'PERSON', list(r));
  });
});

const ABROAD = `Aid to people displaced by fighting in eastern Velmora could run out by February. Velmora asked donors for $640 million, and the IMF approved a loan to Velmora in May.

Kelso Mayor Ines Dunleavy said the town would take 40 families. The Canadian Armed Forces flew supplies in, and the Canadian Red Cross set up a shelter.`;

describe('modern copy, round 4: places and national bodies the lists do not know', () => {
  const r = run(ABROAD);

  it('makes a name after a preposition and a region word a place, in every mention', () => {
    const e = entityOf(r, 'Velmora');
    assert.equal(e.type, 'LOCATION', list(r));
    assert.equal(e.mentions.length, 3, list(r));
  });

  it('makes the words before a mayor\'s title a place, not an organisation', () => {
    assert.equal(mentionAt(r, ABROAD, 'Kelso')?.type, 'LOCATION', list(r));
    assert.equal(entityOf(r, 'Ines Dunleavy').type, 'PERSON', list(r));
  });

  it('makes a nationality before a body\'s name an organisation, not MISC', () => {
    assert.equal(mentionAt(r, ABROAD, 'Canadian Armed Forces')?.type, 'ORGANIZATION', list(r));
    assert.equal(mentionAt(r, ABROAD, 'Canadian Red Cross')?.type, 'ORGANIZATION', list(r));
  });
});

const REVIEW = `Home Office to review hotel contracts

The Home Office will review every contract, a spokesman said. Critics of the Home Office say the review is late.`;

describe('modern copy, round 4: a name of several words found once and missed elsewhere', () => {
  it('finds the same name again where the tagger missed it, with its type', () => {
    const r = run(REVIEW);
    const e = entityOf(r, 'Home Office');
    assert.equal(e.type, 'ORGANIZATION', list(r));
    assert.equal(e.mentions.length, 3, list(r));
  });
});

describe('modern copy, round 4: a utility named by its initials', () => {
  it('keeps the utility word with the initials ("NB Power", not "NB")', () => {
    const text = 'PE Power restored electricity to most of the town on Saturday. PE Power said 300 customers were still without power.';
    const r = run(text);
    assert.equal(mentionAt(r, text, 'PE Power')?.text, 'PE Power', list(r));
    assert.equal(mentionAt(r, text, 'PE Power')?.type, 'ORGANIZATION', list(r));
  });
});
