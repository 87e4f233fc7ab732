// Two pieces of the VS Code client that need no VS Code: walking the claims queue, and keeping
// the shown diagnostics when typing cancels a pull (the language client would store an empty
// list then, and every warning would blink out until the next answer).
import assert from 'node:assert/strict';
import { keepDiagnosticsOnCancel, UNCHANGED } from '../../client/src/keep-diagnostics';
import { stepInQueue } from '../../client/src/views/queue-step';

const at = (line: number, character: number) => ({ line, character });
const span = (line: number, from: number, to: number, name: string) => ({ name, range: { start: at(line, from), end: at(line, to) } });

describe('Client: walking the claims queue', () => {
  // Best-scored first, which is not text order.
  const queue = [span(9, 0, 80, 'best'), span(3, 10, 60, 'second'), span(12, 0, 40, 'third')];

  it('goes to the first (or, backwards, the last) from outside the queue', () => {
    assert.equal(stepInQueue(queue, at(0, 0), 1)?.name, 'best');
    assert.equal(stepInQueue(queue, at(0, 0), -1)?.name, 'third');
  });

  it('follows the queue order from the sentence at the cursor, ends included, and wraps', () => {
    assert.equal(stepInQueue(queue, at(9, 40), 1)?.name, 'second');
    assert.equal(stepInQueue(queue, at(9, 80), 1)?.name, 'second', 'a selected sentence leaves the cursor at its end');
    assert.equal(stepInQueue(queue, at(3, 10), 1)?.name, 'third');
    assert.equal(stepInQueue(queue, at(12, 5), 1)?.name, 'best');
    assert.equal(stepInQueue(queue, at(9, 5), -1)?.name, 'third');
    assert.equal(stepInQueue(queue, at(3, 61), 1)?.name, 'best', 'just after a sentence is outside it');
  });

  it('has nothing to go to in an empty queue', () => {
    assert.equal(stepInQueue([], at(0, 0), 1), undefined);
  });
});

describe('Client: diagnostics kept while typing', () => {
  const warnings = { kind: 'full', items: ['unattributed quote'] };
  const empty = { kind: 'full', items: [] };

  it('answers "unchanged" for a pull that typing cancelled (the language client then keeps what is shown)', async () => {
    const token = { isCancellationRequested: false };
    const r = await keepDiagnosticsOnCancel('doc', 'r1', token, () => {
      token.isCancellationRequested = true; // the user typed while the server was answering
      return Promise.resolve(empty);
    });
    assert.deepEqual(r, { kind: UNCHANGED, resultId: 'r1' });
  });

  it('passes every answer of a pull that was not cancelled through, an empty one included', async () => {
    const token = { isCancellationRequested: false };
    assert.equal(await keepDiagnosticsOnCancel('doc', undefined, token, () => warnings), warnings);
    assert.equal(await keepDiagnosticsOnCancel('doc', undefined, token, () => Promise.resolve(empty)), empty);
  });

  it('lets errors through', async () => {
    const token = { isCancellationRequested: false };
    await assert.rejects(Promise.resolve(keepDiagnosticsOnCancel('doc', undefined, token, () => Promise.reject(new Error('server gone')))), /server gone/);
  });
});
