// The workspace of the claim-status e2e scenario (test/fixtures/ws-claims): its sidecar still
// opens with every claim in place and one of each status the scenario looks at, so the
// scenario fails for its own reasons, not because the fixture went stale.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLAIMS_REQUEST, type ClaimsList } from '../../server/src/shared/protocol';
import { ROOT, startInProcess } from './harness';

describe('e2e fixture: an article with claims of four statuses', () => {
  it('opens with its four claims anchored, verified, false, misleading and checking', async () => {
    const file = join(ROOT, 'test', 'fixtures', 'ws-claims', 'articles', 'port-veyla.article');
    const uri = pathToFileURL(file).href;
    const c = await startInProcess();
    try {
      await c.open(uri, readFileSync(file, 'utf8'));
      const list = await c.conn.sendRequest<ClaimsList>(CLAIMS_REQUEST, { uri });
      assert.equal(list.problem, null);
      assert.deepEqual(list.claims.map((x) => x.status).sort(), ['checking', 'false', 'misleading', 'verified']);
      assert.ok(list.claims.every((x) => x.anchor === 'anchored' && x.range), JSON.stringify(list.claims.map((x) => x.anchor)));
    } finally {
      await c.close();
    }
  });
});
