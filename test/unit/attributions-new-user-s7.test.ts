import { strict as assert } from 'node:assert';
import { runAttributions, showAttributions } from './attribution-helpers';

// The lead's new-user trial, seventh session: lines that read as "Speaker: words" but are a
// storm's headline or a team's line-up, a participle after the noun of a "with" phrase, and
// "declared" with a thing for its object. Invented sentences in our own words.

describe('attributions: no speech in a storm headline, a line-up, "with X added" or "declared a state of emergency"', () => {
  it('reads no speaker in "Storm Maelle: 90,000 homes without power", and keeps "Mayor Reyes: …"', () => {
    const list = runAttributions('Storm Maelle: 90,000 homes without power as gusts reach 90mph\n\nMayor Reyes: ferries will sail by Monday\n\nThe storm hit the islands overnight.');
    assert.ok(!list.some((a) => a.content.text.includes('90,000 homes')), showAttributions(list));
    assert.ok(list.some((a) => a.source?.text === 'Mayor Reyes' && a.content.text.includes('ferries will sail')), showAttributions(list));
  });

  it('reads no speech in a line-up after a club\'s name', () => {
    const list = runAttributions('Harbour Town: Okoro; Lind, Mbeki, Castell, Ruiz; Hale, Oduya; Marsh.\n\nSubs: Penn, Tamsin.\n\nThe home side won 2-1.');
    assert.ok(!list.some((a) => a.content.text.includes('Okoro')), showAttributions(list));
  });

  it('reads "with about 14,000 jobs added" as no cue, and "…, he added" as one', () => {
    const list = runAttributions('Unemployment held at 4.1 per cent, with about 14,000 jobs added, less than half the forecast. Rates will stay on hold, the governor said. The cut can wait, he added.');
    assert.ok(!list.some((a) => a.content.text.includes('less than half')), showAttributions(list));
    assert.ok(list.some((a) => a.cue?.text === 'added' && a.content.text.includes('The cut can wait')), showAttributions(list));
  });

  it('reads "declared a state of emergency" as no speech, and "declared that …" as speech', () => {
    const list = runAttributions('Governor Ana Ruiz declared a state of emergency on Sunday night. Her deputy declared that the roads would stay closed until Tuesday.');
    assert.ok(!list.some((a) => a.content.text.includes('state of emergency')), showAttributions(list));
    assert.ok(list.some((a) => a.content.text.includes('roads would stay closed')), showAttributions(list));
  });
});
