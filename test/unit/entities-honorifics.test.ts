// Honorifics written with a period in Canadian and American copy ("Coun.", "Cst.", "Atty.",
// "Msgr."): never part of the name, and the capitalised words after one are a person. Invented.
import { strict as assert } from 'node:assert';
import { listEntities as list, mentionAt, runEntities as run } from './entity-helpers';

describe('honorifics with a period: councillors, constables, attorneys, monsignors', () => {
  const text = `The bylaw passed 7-4 on Tuesday night.

Coun. Priya Lachance countered that the lanes had cut collisions by a third.

Coun. Omar Teixeira, who voted against it, said shops had lost trade, and Cst. Jolene Whitebird said the corner was safer. Atty. Gil Moravec and Msgr. Aurelio Santangelo spoke last.`;
  const r = run(text);

  it('makes the name after each one a person, the honorific outside it', () => {
    for (const name of ['Priya Lachance', 'Omar Teixeira', 'Jolene Whitebird', 'Gil Moravec', 'Aurelio Santangelo']) {
      const m = mentionAt(r, text, name);
      assert.equal(m?.type, 'PERSON', `${name}: ${list(r)}`);
      assert.equal(m?.text, name, `${name}: ${list(r)}`);
    }
    for (const m of r.mentions) assert.ok(!/^(Coun|Cst|Atty|Msgr)\b/.test(m.text), `honorific in "${m.text}" (${m.type})`);
  });
});
