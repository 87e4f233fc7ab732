// The memo the incremental analyser keeps between analyses (analysis/memo.ts): results found again
// by their text and the numbers beside it, or by numbers alone; what an analysis did not use dropped.
import assert from 'node:assert/strict';
import { Key, PieceMemo } from '../../server/src/analysis/memo';

function keyOf(...xs: number[]): Key {
  const key = new Key();
  for (const x of xs) key.put(x);
  return key;
}

describe('analysis memo', () => {
  it('finds a result again only for the same text and the same numbers beside it', () => {
    const memo = new PieceMemo<string>();
    let made = 0;
    const make = (own: string) => `${own}#${++made}`;
    assert.equal(memo.get('Markets rose.', make, keyOf(1, 2, 3)), 'Markets rose.#1');
    assert.equal(memo.get('Markets rose.', make, keyOf(1, 2, 3)), 'Markets rose.#1');
    assert.equal(memo.get('Markets rose.', make, keyOf(1, 2, 4)), 'Markets rose.#2');
    assert.equal(memo.get('Markets rose.', make, keyOf(1, 2)), 'Markets rose.#3');
    assert.equal(memo.get('Markets fell.', make, keyOf(1, 2, 3)), 'Markets fell.#4');
    assert.equal(memo.get('Markets rose.', make, keyOf(1, 2, 4)), 'Markets rose.#2');
    assert.equal(made, 4);
  });

  it('keeps its own copy of a key: reusing the Key after a look-up changes nothing kept', () => {
    const memo = new PieceMemo<number>();
    const key = new Key();
    key.put(7);
    assert.equal(memo.getByKey(key, () => 1), 1);
    key.reset().put(8);
    assert.equal(memo.getByKey(key, () => 2), 2);
    key.reset().put(7);
    assert.equal(memo.getByKey(key, () => 3), 1);
  });

  it('tells strings in a key apart by their lengths ("ab" + "c" is not "a" + "bc")', () => {
    const memo = new PieceMemo<string>();
    const a = new Key();
    a.putText('ab');
    a.putText('c');
    const b = new Key();
    b.putText('a');
    b.putText('bc');
    assert.equal(memo.getByKey(a, () => 'first'), 'first');
    assert.equal(memo.getByKey(b, () => 'second'), 'second');
  });

  it('drops at each sweep what the analysis before it did not use, by text or by numbers', () => {
    const memo = new PieceMemo<string>();
    memo.get('one', () => 'a', keyOf(1));
    memo.get('two', () => 'b');
    memo.getByKey(keyOf(5, 6), () => 'c');
    memo.getByKey(keyOf(5, 7), () => 'd');
    memo.sweep();
    assert.equal(memo.size, 4);
    // The next analysis uses two of the four.
    memo.get('one', () => 'x', keyOf(1));
    memo.getByKey(keyOf(5, 7), () => 'y');
    memo.sweep();
    assert.equal(memo.size, 2);
    assert.equal(memo.get('one', () => 'new', keyOf(1)), 'a');
    assert.equal(memo.getByKey(keyOf(5, 7), () => 'new'), 'd');
    assert.equal(memo.getByKey(keyOf(5, 6), () => 'again'), 'again');
  });

  it('finds what getOwn kept by an equal string, with get or getOwn, until an analysis does not use it', () => {
    const memo = new PieceMemo<string>();
    const line = 'The port handles a third of the grain exports.';
    assert.equal(memo.getOwn(line, () => 'kept'), 'kept');
    assert.equal(memo.get(`${line} `.trim(), () => 'again'), 'kept');
    assert.equal(memo.getOwn(line, () => 'again'), 'kept');
    memo.sweep();
    memo.sweep();
    assert.equal(memo.getOwn(line, () => 'new'), 'new');
  });
});
