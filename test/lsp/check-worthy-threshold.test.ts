// `newsAnnotator.checkWorthyThreshold` reaches the engine (`analyze(text, { claimThreshold })`):
// a changed threshold changes the claims queue and the check-worthy hints, also below the
// engine's default, where filtering the default's findings afterwards could not add any.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeConfigurationNotification, type Diagnostic } from 'vscode-languageserver';
import { analyze, CLAIM_THRESHOLD } from '../../server/src/analysis';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { CHECK_WORTHY_REQUEST, type CheckWorthyList } from '../../server/src/shared/protocol';
import { until } from '../annotations/lsp-helpers';
import { SAMPLE, SAMPLE_URI } from './articles';
import { CAPABILITIES, offsetOf, ROOT, startInProcessWith, type TestClient } from './harness';

const LOW = 0.1;
const HIGH = 0.9;

describe('LSP: the check-worthy threshold setting', function () {
  this.timeout(30_000);
  let c: TestClient;
  const settings: Record<string, unknown> = { newsAnnotator: { checkWorthyThreshold: HIGH } };
  const queue = () => c.conn.sendRequest<CheckWorthyList>(CHECK_WORTHY_REQUEST, { uri: SAMPLE_URI });
  const hints = async () =>
    (await c.conn.sendRequest<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: SAMPLE_URI } })).items
      .filter((d) => d.code === 'check-worthy')
      .map((d) => offsetOf(SAMPLE, d.range.start));
  const engine = (claimThreshold: number) => analyze(SAMPLE, { claimThreshold }).claims;

  before(async () => {
    c = await startInProcessWith({ capabilities: { ...CAPABILITIES, workspace: { ...CAPABILITIES.workspace, configuration: true } }, configuration: settings });
    await c.open(SAMPLE_URI, SAMPLE);
  });
  after(() => c?.close());

  it('defaults to the engine\'s own threshold, in the server, package.json and docs/editors.md', () => {
    assert.equal(DEFAULT_SETTINGS.checkWorthyThreshold, CLAIM_THRESHOLD);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { configuration: Array<{ properties: Record<string, { default?: unknown }> }> | { properties: Record<string, { default?: unknown }> } };
    };
    const sections = [pkg.contributes.configuration].flat();
    const declared = sections.map((c) => c.properties['newsAnnotator.checkWorthyThreshold']).find(Boolean);
    assert.equal(declared?.default, CLAIM_THRESHOLD);
    assert.match(readFileSync(join(ROOT, 'docs/editors.md'), 'utf8'), new RegExp(`\\| \`checkWorthyThreshold\` \\| ${CLAIM_THRESHOLD} \\|`));
  });

  it('the sample scores on both sides of the thresholds used here', () => {
    assert.ok(engine(LOW).length > engine(CLAIM_THRESHOLD).length, 'candidates below the default');
    assert.ok(engine(CLAIM_THRESHOLD).length > engine(HIGH).length, 'candidates below the high threshold');
    assert.ok(engine(HIGH).length > 0);
  });

  it('lists what the engine finds at the threshold, and follows a change of it', async () => {
    let q = await queue();
    assert.equal(q.threshold, HIGH);
    assert.deepEqual(q.candidates.map((x) => offsetOf(SAMPLE, x.range.start)).sort((a, b) => a - b), engine(HIGH).map((x) => x.start));
    assert.deepEqual(await hints(), engine(HIGH).map((x) => x.start));

    (settings.newsAnnotator as Record<string, unknown>).checkWorthyThreshold = LOW;
    await c.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    // The server pulls the new settings (a round trip), then re-analyses.
    await until(async () => (await queue()).threshold === LOW, 5000, 'the new threshold');
    q = await queue();
    const low = engine(LOW);
    assert.deepEqual(q.candidates.map((x) => offsetOf(SAMPLE, x.range.start)).sort((a, b) => a - b), low.map((x) => x.start));
    assert.deepEqual(q.candidates.map((x) => x.reasons).sort(), low.map((x) => x.reasons).sort());
    assert.deepEqual(await hints(), low.map((x) => x.start));
  });
});
