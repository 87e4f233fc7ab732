// A plural's possessive inside a body's name ("Dockworkers' Union of Veyla", "Teachers’
// Federation"): one organisation, not a plural and a shorter name. Every body here is invented.
import { strict as assert } from 'node:assert';
import { listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

describe('a plural\'s possessive inside an organisation\'s name', () => {
  const text = `"Nobody asked the crews," said Tomas Rell, head of the Dockworkers' Union of Veyla.

The Growers’ Federation said the harvest was late. A spokeswoman for the Ferrymen' Union declined to comment, and the Soviet Union was not mentioned.`;
  const r = run(text);

  it('is one organisation from the plural to the name\'s end, curly or straight', () => {
    for (const name of ["Dockworkers' Union of Veyla", 'Growers’ Federation']) {
      const m = mentionAt(r, text, name);
      assert.equal(m?.type, 'ORGANIZATION', `${name}: ${list(r)}`);
      assert.equal(m?.end, text.indexOf(name) + name.length, `${name}: ${list(r)}`);
    }
  });

  it('makes "Union" a body\'s last word only after such a possessive', () => {
    assert.equal(mentionAt(r, text, 'Soviet Union')?.type, 'LOCATION', list(r));
  });
});
