// Names in modern copy, round 7 of issue 10: what the fifth blind batch of our development set
// (test/fixtures/entities-modern, batch 5: science, tennis, music, defence, aviation, a war wire)
// showed, each behaviour on a story written for the test. Every person, company, band, ship and
// small place here is invented; the agencies, forces and big places are real.
import { strict as assert } from 'node:assert';
import { listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

describe('modern copy, round 7: results lists', () => {
  it('reads a country code in brackets after a player as a place ("(CZE)")', () => {
    const text = `Semi-finals: Petra Novakova (CZE) beat Ines Duval (FRA) 6-3 6-4.`;
    const r = run(text);
    for (const code of ['CZE', 'FRA']) assert.equal(mentionAt(r, text, code)?.type, 'LOCATION', list(r));
  });

  it('leaves a seeding or qualifier prefix out of the player\'s name ("2-Maya Lind", "Q-Olga Petrenko")', () => {
    const text = `Quarter-finals: 2-Maya Lind (SWE) beat Q-Olga Petrenko (UKR) 7-5 6-2.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Maya Lind')?.text, 'Maya Lind', list(r));
    assert.equal(mentionAt(r, text, 'Olga Petrenko')?.text, 'Olga Petrenko', list(r));
  });

  it('reads a tournament named after a place as one MISC name ("Qatar Open")', () => {
    const text = `Marta Silva won the Qatar Open on Saturday, a week after losing early at the Dubai Duty Free Tennis Championships.`;
    const r = run(text);
    const open = mentionAt(r, text, 'Qatar Open');
    assert.equal(open?.text, 'Qatar Open', list(r));
    assert.equal(open?.type, 'MISC', list(r));
    assert.equal(mentionAt(r, text, 'Dubai Duty Free Tennis Championships')?.type, 'MISC', list(r));
  });
});

describe('modern copy, round 7: defence copy', () => {
  it('reads a force whose name the tagger took for a person as an organisation ("Royal Navy")', () => {
    const text = `UPDATE 2-Royal Navy escorts tanker\n\nThe Royal Navy said on Monday its ships had left port.`;
    const r = run(text);
    const first = mentionAt(r, text, 'Royal Navy');
    assert.equal(first?.text, 'Royal Navy', list(r));
    assert.equal(first?.type, 'ORGANIZATION', list(r));
    const second = mentionAt(r, text, 'Royal Navy', 1);
    assert.equal(second?.text, 'Royal Navy', list(r));
    assert.equal(second?.type, 'ORGANIZATION', list(r));
  });

  it('keeps a unit\'s number in its name and ends it before "and" ("3rd Infantry Division and Britain")', () => {
    const text = `Troops of the 7th Armoured Brigade joined the 3rd Infantry Division and Britain's 2nd Battalion for the drill.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, '7th Armoured Brigade')?.text, '7th Armoured Brigade', list(r));
    assert.equal(mentionAt(r, text, '3rd Infantry Division')?.text, '3rd Infantry Division', list(r));
    assert.equal(mentionAt(r, text, 'Britain')?.type, 'LOCATION', list(r));
  });

  it('reads a ship after its prefix or after a noun for a vessel as MISC ("HMS Kestrel", "the corvette Bodry")', () => {
    const text = `HMS Kestrel shadowed the corvette Bodry and the landing ship Pyotr Morozov through the strait.`;
    const r = run(text);
    for (const ship of ['HMS Kestrel', 'Bodry', 'Pyotr Morozov']) {
      const m = mentionAt(r, text, ship);
      assert.equal(m?.text, ship, list(r));
      assert.equal(m?.type, 'MISC', list(r));
    }
  });

  it('reads an air base named by its service and place as a place ("RAF Coningsby"), not the service', () => {
    const text = `Two jets took off from RAF Coningsby and a helicopter from RNAS Culdrose joined them.`;
    const r = run(text);
    for (const base of ['RAF Coningsby', 'RNAS Culdrose']) {
      const m = mentionAt(r, text, base);
      assert.equal(m?.text, base, list(r));
      assert.equal(m?.type, 'LOCATION', list(r));
    }
  });

  it('reads a named exercise as MISC ("Exercise Northern Anvil")', () => {
    const text = `About 5,000 troops will take part in Exercise Northern Anvil next month, officials said.`;
    const r = run(text);
    const m = r.mentions.find((x) => x.text.includes('Northern Anvil'));
    assert.equal(m?.type, 'MISC', list(r));
  });

  it('reads a name after a two-word rank once ("Lt. Col. Taras Ivanovych Melnyk")', () => {
    const text = `Lt. Col. Taras Ivanovych Melnyk was buried in Lviv on Sunday.`;
    const r = run(text);
    const people = r.mentions.filter((m) => m.type === 'PERSON');
    assert.deepEqual(people.map((m) => m.text), ['Taras Ivanovych Melnyk'], list(r));
  });
});

describe('modern copy, round 7: places and bodies', () => {
  it('reads a hall, theatre or airport as a place ("Bergen Airport", "Vondel Dome")', () => {
    const text = `Passengers waited at Bergen Airport, Flesland. The band plays the Vondel Dome and the Harbour Theatre in May.`;
    const r = run(text);
    for (const place of ['Bergen Airport', 'Vondel Dome', 'Harbour Theatre']) assert.equal(mentionAt(r, text, place)?.type, 'LOCATION', list(r));
  });

  it('reads a venue read in pieces as one place ("Madison Square Garden") and a long airport name as a place', () => {
    const text = `The band closes with two nights at Madison Square Garden. Flights out of Penticton Regional Airport were cancelled.`;
    const r = run(text);
    const garden = mentionAt(r, text, 'Madison');
    assert.equal(garden?.text, 'Madison Square Garden', list(r));
    assert.equal(garden?.type, 'LOCATION', list(r));
    assert.equal(mentionAt(r, text, 'Penticton Regional Airport')?.type, 'LOCATION', list(r));
  });

  it('reads a sea or gulf the tagger typed otherwise as a place ("English Channel", "South China Sea")', () => {
    const text = `Two warships sailed through the English Channel on Tuesday, weeks after drills in the South China Sea.`;
    const r = run(text);
    for (const sea of ['English Channel', 'South China Sea']) assert.equal(mentionAt(r, text, sea)?.type, 'LOCATION', list(r));
  });

  it('keeps a body "of the" what it is of in one name ("Ministry of the Armed Forces")', () => {
    const text = `A spokesman for France's Ministry of the Armed Forces said the navy had taken over the watch.`;
    const r = run(text);
    const m = mentionAt(r, text, 'Ministry');
    assert.equal(m?.text, 'Ministry of the Armed Forces', list(r));
    assert.equal(m?.type, 'ORGANIZATION', list(r));
  });

  it('reads East Slavic towns by their endings as places ("Kostiantynivka", "Zaporizhzhia")', () => {
    const text = `Troops were advancing toward Kostiantynivka, and drones hit Zaporizhzhia overnight, the ministry said.`;
    const r = run(text);
    for (const place of ['Kostiantynivka', 'Zaporizhzhia']) assert.equal(mentionAt(r, text, place)?.type, 'LOCATION', list(r));
  });

  it('takes an elided French particle into the name ("Observatoire de la Côte d\'Azur")', () => {
    const text = `Astronomers at the Observatoire de la Cote d'Azur in Grasse will aim lasers at the reflector.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Observatoire')?.text, "Observatoire de la Cote d'Azur", list(r));
  });

  it('types a name by a description after its owner\'s possessive ("JAXA, Japan\'s space agency,")', () => {
    const text = `KARI, South Korea's space agency, said the probe was healthy.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'KARI')?.type, 'ORGANIZATION', list(r));
  });
});

describe('modern copy, round 7: music and aviation', () => {
  it('keeps a nickname in quotes inside the name ("Desmond "Dez" Okonkwo")', () => {
    const text = `Guitarist Ferdinand "Ferdie" Malakai said the band had written 19 songs.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Ferdinand')?.text, 'Ferdinand "Ferdie" Malakai', list(r));
  });

  it('leaves a capitalised role first in the sentence out ("Singer …")', () => {
    const text = `Singer Oona Brannigan, 41, said the tour would start in Leeds.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Singer'), undefined, list(r));
    assert.equal(mentionAt(r, text, 'Oona Brannigan')?.type, 'PERSON', list(r));
  });

  it('reads an album title in single quotes in a headline as MISC', () => {
    const text = `Corvid Lane return with new album 'Glass Orchard'\n\nThe band said the album would come out in May.`;
    const r = run(text);
    const m = mentionAt(r, text, 'Glass Orchard');
    assert.equal(m?.text, 'Glass Orchard', list(r));
    assert.equal(m?.type, 'MISC', list(r));
  });

  it('reads "North American" as one MISC name', () => {
    const text = `Support on the North American leg comes from two local bands.`;
    const r = run(text);
    const m = mentionAt(r, text, 'North American');
    assert.equal(m?.text, 'North American', list(r));
    assert.equal(m?.type, 'MISC', list(r));
  });

  it('reads an aircraft as maker and model, and the maker alone as the company ("Airbus A321neo", "Airbus said")', () => {
    const text = `The airline grounded its 14 Airbus A321neo jets on Thursday. Airbus said it was supporting the investigation.`;
    const r = run(text);
    assert.equal(mentionAt(r, text, 'Airbus A321neo')?.text, 'Airbus A321neo', list(r));
    assert.equal(mentionAt(r, text, 'Airbus', 1)?.type, 'ORGANIZATION', list(r));
  });
});
