// Names in modern copy, round 24 of issue 10: what a seventeenth blind batch of invented articles
// showed (a South African daily, a tech trade-press piece, a Gulf business paper, Scottish ferries, a
// rugby report, a music page) and the leftovers of earlier rounds, rebuilt here on sentences written
// for the test (clubs, bands, firms, people and most places invented; events invented).
import { strict as assert } from 'node:assert';
import { entityOf, expectMention as expect, listEntities, runEntities } from './entity-helpers';

describe('round 24: a singular name with a plural verb is a club, band or company', () => {
  it('"…, Kilbrannan have confirmed …" and "… , Tarrow have agreed a fee" are organisations', () => {
    expect('In the league, Kilbrannan have confirmed that their captain will miss the rest of the season.', 'Kilbrannan', 'ORGANIZATION');
    expect('In the transfer market, Tarrow have agreed a fee of £12 million with Benfica for the winger.', 'Tarrow', 'ORGANIZATION');
  });

  it('the club read once with its plural verb is the club in its other mentions too', () => {
    const t = 'Dunmarrow have signed the Fijian lock on a two-year deal. The lock, 26, joins Dunmarrow from Toulon.';
    expect(t, 'Dunmarrow', 'ORGANIZATION', 1);
  });

  it('a wish ("if Halvorsen were") and a country ("England have") keep their readings', () => {
    expect('The poll gave Carrow a 12-point lead if Halvorsen were not in the race, the paper said.', 'Halvorsen', 'PERSON');
    expect('England have won four of their last five Tests, the board said.', 'England', 'LOCATION');
  });
});

describe('round 24: titles, particles and scores around a name', () => {
  it('a member\'s title read with the name ("MSP Calum Drummond") is left out', () => {
    expect('Na h-Eileanan an Iar MSP Calum Drummond said he had written to the minister.', 'Calum Drummond', 'PERSON');
  });

  it('a given name before a family name with its capitalised particle is one person ("Layla" + "Al Hashimi")', () => {
    expect('"The region is becoming a serious place to build," said Layla Al Hashimi, a partner at the firm.', 'Layla Al Hashimi', 'PERSON');
  });

  it('a score read onto a side\'s nickname is the match\'s ("the Bulls 31-17")', () => {
    expect('Munster beat the Bulls 31-17 at Thomond Park, while the Sharks lost 20-19 to Glasgow Warriors at Scotstoun.', 'Bulls', 'ORGANIZATION');
  });
});

describe('round 24: seats and councils', () => {
  it('a place and the compass word after it are one seat ("Galway West")', () => {
    expect('Voters in Galway West returned two Fianna Fáil TDs, according to the final count.', 'Galway West', 'LOCATION');
  });

  it('a name ending in a compass word before "voters" is the seat', () => {
    expect('Ashcombe North voters backed the bypass by a wide margin, the council said.', 'Ashcombe North', 'LOCATION');
  });

  it('a nationality and a government\'s word ("Scottish Government") are a body', () => {
    expect('The ferries are owned by the Scottish Government through a state company.', 'Scottish Government', 'ORGANIZATION');
  });

  it('a place of two words ending in "Council" is the council', () => {
    expect('Hauliers at the Highland Council\'s depot in Dingwall said the ferry could not take their lorries.', 'Highland Council', 'ORGANIZATION');
  });

  it('"Conservatives" in a results line is the party', () => {
    expect('The Conservatives won 14 seats, Labour 11 and the Liberal Democrats six on Hartmoor District Council.', 'Conservatives', 'ORGANIZATION');
  });
});

describe('round 24: places joined by "and", and a town that speaks', () => {
  it('"Yampil and Kupiansk" read as one name are two places', () => {
    const t = 'Russian troops pressed towards Yampil and Kupiansk on Monday, the ministry said.';
    expect(t, 'Yampil', 'LOCATION');
    expect(t, 'Kupiansk', 'LOCATION');
  });

  it('a word read as a body in a list of towns after "from" is a town ("from Lochmaddy and Tarbert")', () => {
    const t = 'Meanwhile, NHS Western Isles said patients with hospital appointments in Inverness or Glasgow would be given priority on sailings from Lochmaddy and Tarbert.';
    expect(t, 'Tarbert', 'LOCATION');
  });

  it('two people joined by "and" stay people', () => {
    expect('Pete Sampras and Andre Agassi will meet in the final, organisers said.', 'Andre Agassi', 'PERSON');
  });

  it('a town the article reads as a place after "in" is that place when it "said" something', () => {
    const t = 'Shelling hit homes in Kherbal on Sunday.\n\nKherbal said two people had been hurt.';
    expect(t, 'Kherbal', 'LOCATION', 1);
  });

  it('a listed town before "band" or "mayor" is the town, and a common word after "band" the band', () => {
    expect('Leeds band Harbour sold out the Brudenell Social Club in four minutes.', 'Leeds', 'LOCATION');
    expect('Leeds band Harbour sold out the Brudenell Social Club in four minutes.', 'Harbour', 'ORGANIZATION');
  });
});

describe('round 24: companies, products and sides named by common words', () => {
  it('a start-up left out by the tagger before its description is a company, and so are its other mentions', () => {
    const t = 'Fernhill, a Boston-based start-up that builds AI agents for hospital billing teams, has raised $48 million in a Series B round led by Kinnear Ventures.\n\nThe round values the company at $410 million. Fernhill plans to double its headcount.';
    expect(t, 'Fernhill', 'ORGANIZATION');
    expect(t, 'Fernhill', 'ORGANIZATION', 1);
  });

  it('a product set off by commas after "product" is MISC, and its other mentions follow', () => {
    const t = 'The company\'s flagship product, Tally, reads insurance claims. Tally now runs at 40 health systems.';
    expect(t, 'Tally', 'MISC');
    expect(t, 'Tally', 'MISC', 1);
  });

  it('a name between "its" and a noun is the owner\'s product', () => {
    expect('Bengaluru-based Zentra Labs raised $12 million to expand its Sanjeevani diagnostic kits.', 'Sanjeevani', 'MISC');
  });

  it('a plural nickname after "the" read as MISC is the side ("the Wallabies")', () => {
    expect('The win lifts South Africa to the top of the rankings ahead of next weekend\'s meeting with the Wallabies at Ellis Park.', 'Wallabies', 'ORGANIZATION');
  });

  it('"SC" after a club\'s own word makes the headline\'s name the club', () => {
    const t = 'City Hall, St. Louis City SC settle stadium dispute\n\nST. LOUIS (AP) — City Hall and St. Louis City SC have settled their dispute over the stadium lease.';
    expect(t, 'St. Louis City SC', 'ORGANIZATION');
  });
});

describe('round 24: a name in capitals cut short', () => {
  it('"ABU" + "DHABI //" is the place the article writes in full', () => {
    const t = 'ADNOC Gas profit rises\n\nABU DHABI // ADNOC Gas reported a 9 per cent rise in profit. The company is listed on the Abu Dhabi Securities Exchange. Mubadala, the Abu Dhabi fund, agreed.';
    expect(t, 'ABU DHABI', 'LOCATION');
  });
});

describe('round 24: ports and credit lines run into the text', () => {
  it('a port by its name ("Sohar Port") is a place', () => {
    expect('In Oman, OQ Gas Networks said Sohar Port would handle its first ammonia export in January.', 'Sohar Port', 'LOCATION');
  });

  it('a name after "reporting by" in a credit line the segmenter left in the text is a person', () => {
    const t = 'Meanwhile the ruler approved a new free zone at Jebel Ali.\n\n- Additional reporting by Hamdan Al Suwaidi in Dubai';
    expect(t, 'Hamdan Al Suwaidi', 'PERSON');
  });
});

describe('round 24: court cases and a town with its region', () => {
  it('"Brennan v. Ostrowski" is one MISC name, a case', () => {
    expect('Lawyers for Halvorsen Foods cited Brennan v. Ostrowski, a 1998 ruling, in their motion.', 'Brennan', 'MISC', 0, 'Brennan v. Ostrowski');
  });

  it('a tennis draw\'s "vs." keeps the player and the country apart', () => {
    expect('15 - Marc Rosset (Switzerland) vs. Jared Palmer (U.S.)', 'Jared Palmer', 'PERSON');
  });

  it('"Washington, D.C." and a later "D.C." are one entity, and "Washington" alone too', () => {
    const t = 'Flights from Washington, D.C., resumed on Monday. Officials in D.C. said the airport was open. Washington has snow again.';
    const r = runEntities(t);
    const e = entityOf(r, 'Washington, D.C.');
    assert.deepEqual(e.mentions.map((m) => m.text), ['Washington, D.C.', 'D.C.', 'Washington'], listEntities(r));
  });
});
