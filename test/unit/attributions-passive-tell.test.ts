// A verb that takes a listener ("told", "urged", "reminded") followed at once by "to" and a verb is a
// passive instruction: its subject was told, and tells nothing. Invented sentences in our own words.
import { strict as assert } from 'node:assert';
import { runAttributions } from './attribution-helpers';

const cues = (body: string): string[] => runAttributions(body).map((a) => `${a.source?.text ?? '-'} ${a.cue?.text ?? '-'}`);

describe('attributions: "told to …" is an instruction received, not speech', () => {
  it('"Drivers told to slow down …" and ", urged to stay home," give no source or cue; the sentence\'s own cue stays', () => {
    assert.deepEqual(cues('Drivers told to slow down ignored the signs, police said.'), ['police said']);
    assert.deepEqual(cues('The owners, urged to stay home, waited for the ferry.'), []);
    assert.deepEqual(cues('Residents reminded to boil water lined up at the depot.'), []);
  });
  it('guard: the active verb with its listener first still reports speech', () => {
    assert.deepEqual(cues('The mayor told residents the water was safe.'), ['The mayor told']);
    assert.deepEqual(cues('The captain told reporters that the crossing would resume on Monday.'), ['The captain told']);
  });
});
