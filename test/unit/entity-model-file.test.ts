// The entity model file (model-format.ts): a layout round trip, clear errors on bad files, and the
// library's model hand-over (useModelBytes / useModelLoader / modelBytes).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../server/src/analysis';
import { hashLower, mix } from '../../server/src/analysis/entities/hash';
import { N_LABELS } from '../../server/src/analysis/entities/labels';
import { defaultModel, modelBytes, useModelBytes, useModelLoader } from '../../server/src/analysis/entities/model';
import { encodeModel, MODEL_VERSION, openModel, type QuantisedModel } from '../../server/src/analysis/entities/model-format';
import { blockFloat } from '../../server/src/analysis/entities/weights';
import { entityModelPath, readShared, useEntityModelFile } from '../../server/src/io/entity-model';

/** A small model with every kind of row: 8-bit exact, shifted exact, and rows only 16 bits hold. */
function smallModel(): QuantisedModel {
  const rows = [
    [0, 1, -1, 127, -127, 5, 0, 0, 3], // within ±127: mantissas, shift 0
    [256, -512, 1024, 0, 0, 0, 0, 0, 32512], // multiples of 256: shift 8, still exact
    [-5049, -6767, 3780, -6791, 19061, -7022, 2971, -7028, 6844], // needs 16 bits: a wide row
    [32767, -32767, 1, -1, 0, 0, 0, 0, 0],
  ];
  const keys = Uint32Array.from([0, 7, 0xffffffff, mix(1, 0)]);
  return {
    keys,
    weights: Int16Array.from(rows.flat()),
    gazetteer: new Map([[11, 3], [99, 0], [4000000000, 1 << 13]]),
    casing: new Map([[hashLower('said'), 1], [hashLower('london'), 5]]),
    clusters: { keys: Uint32Array.from(['harbour', 'port', 'quay'].map(hashLower)), ids: Uint16Array.from([0, 7, 4095]) },
  };
}

describe('entity model file', () => {
  it('keeps every weight, gazetteer entry, casing code and cluster exactly', () => {
    const m = smallModel();
    const opened = openModel(encodeModel(m));
    m.keys.forEach((key, r) => {
      assert.deepEqual(Array.from(opened.scorer.weightsOf(key)), Array.from(m.weights.subarray(r * N_LABELS, (r + 1) * N_LABELS)), `row ${r}`);
    });
    assert.deepEqual(Array.from(opened.scorer.weightsOf(12345)), new Array(N_LABELS).fill(0), 'a feature the model lacks weighs nothing');
    for (const [k, v] of m.gazetteer) assert.equal(opened.gazetteer.get(k), v);
    assert.equal(opened.gazetteer.get(12), -1);
    assert.equal(opened.casing.get(hashLower('said'), 0), 1);
    assert.equal(opened.casing.get(hashLower('London'), 0), 5);
    assert.equal(opened.casing.get(hashLower('zzz'), 0), 0);
    assert.deepEqual(['Port', 'quay', 'harbour', 'zzz'].map((w) => opened.clusters.get(hashLower(w))), [8, 4096, 1, 0]);
    assert.equal(opened.scorer.size, 4);
  });

  it('sums the weights of several features as the tagger does', () => {
    const m = smallModel();
    const out = new Float64Array(N_LABELS);
    openModel(encodeModel(m)).scorer.score(Uint32Array.from([7, 0xffffffff, 424242, 7]), 4, out);
    const expected = Array.from({ length: N_LABELS }, (_, l) => 2 * m.weights[N_LABELS + l] + m.weights[2 * N_LABELS + l]);
    assert.deepEqual(Array.from(out), expected);
  });

  it('writes the same bytes for the same model', () => {
    assert.deepEqual(encodeModel(smallModel()), encodeModel(smallModel()));
  });

  it('stores 8-bit mantissas and a shift exactly when they can hold a row', () => {
    assert.deepEqual(blockFloat([0, 127, -127]), { mantissas: Int8Array.from([0, 127, -127]), shift: 0 });
    const { mantissas, shift } = blockFloat([256, -512, 32512]);
    assert.deepEqual([Array.from(mantissas), shift], [[1, -2, 127], 8]);
  });

  it('opens a copy that is not 4-byte aligned', () => {
    const bytes = encodeModel(smallModel());
    const odd = new Uint8Array(bytes.length + 1).subarray(1);
    odd.set(bytes);
    assert.deepEqual(Array.from(openModel(odd).scorer.weightsOf(7)), Array.from(smallModel().weights.subarray(N_LABELS, 2 * N_LABELS)));
  });

  it('refuses a damaged or foreign file with a clear message', () => {
    const good = encodeModel(smallModel());
    const damaged = (edit: (b: Uint8Array, v: DataView) => Uint8Array | void) => {
      const b = good.slice();
      return edit(b, new DataView(b.buffer)) ?? b;
    };
    assert.throws(() => openModel(new Uint8Array(10)), /entity model: 10 bytes is too short/);
    assert.throws(() => openModel(new TextEncoder().encode('{"not": "a model"}'.padEnd(200))), /entity model: not an entity model file/);
    assert.throws(() => openModel(damaged((_, v) => v.setUint32(4, MODEL_VERSION - 1, true))), /layout version 2, this engine reads version 3/);
    assert.throws(() => openModel(good.subarray(0, good.length - 64)), /header says \d+ \(truncated or damaged\)/);
    assert.throws(() => openModel(damaged((_, v) => v.setUint32(20, 3, true))), /the weights section .* does not fit the file/);
    assert.throws(() => openModel(damaged((_, v) => v.setUint32(16 + 2 * 12, good.length, true))), /the gazetteer section .* does not fit the file/);
  });
});

describe('entity model hand-over', () => {
  const STORY = 'Mayor Ana Ruiz of Osk said on Friday that Harrowgate Energy would cut 300 jobs in Varnova.';
  afterEach(() => {
    // Back to the shipped model for the other tests.
    useModelBytes(readShared(entityModelPath()));
  });

  it('reads the shipped file into shared memory and hands the same bytes on', () => {
    const bytes = modelBytes();
    assert.ok(bytes.buffer instanceof SharedArrayBuffer, 'a worker can be given these bytes without a copy');
    assert.equal(defaultModel().bytes, bytes);
  });

  it('uses bytes handed over, and reports a bad file when it is handed over', () => {
    const names = analyze(STORY).entities.map((e) => e.name);
    assert.deepEqual(names, ['Ana Ruiz', 'Osk', 'Harrowgate Energy', 'Varnova']);
    useModelBytes(encodeModel({ ...smallModel(), gazetteer: new Map(), casing: new Map(), clusters: undefined }));
    assert.notDeepEqual(analyze(STORY).entities.map((e) => e.name), names, 'the tiny model finds other names');
    assert.throws(() => useModelBytes(new Uint8Array(300)), /entity model: not an entity model file/);
  });

  it('reads through the loader on first use, with the file named in a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-model-'));
    writeFileSync(join(dir, 'ner-model.bin'), 'this is not a model'.repeat(10));
    let reads = 0;
    useModelLoader(() => {
      reads++;
      return readShared(join(dir, 'ner-model.bin'));
    });
    assert.equal(reads, 0, 'nothing is read before the first analysis');
    assert.throws(() => analyze(STORY), /entity model: not an entity model file/);
    useEntityModelFile(join(dir, 'missing.bin'));
    assert.throws(() => analyze(STORY), /entity model: cannot read ner-model\.bin: ENOENT.*missing\.bin/);
  });
});

describe('entity model shared with worker threads', () => {
  it('hands the same memory to a worker, which finds the same names without reading the file', async () => {
    const STORY = 'Mayor Ana Ruiz of Osk said on Friday that Harrowgate Energy would cut 300 jobs in Varnova.';
    const src = (p: string) => JSON.stringify(join(__dirname, '../../server/src', p));
    // The worker runs the library from source, as the tests do; it is given no way to read the
    // entity model file (the other, small model files it reads itself).
    const code = `require('tsx/cjs');
      const { parentPort, workerData } = require('node:worker_threads');
      const { analyze, useModelBytes } = require(${src('analysis/index.ts')});
      const { modelFilePath } = require(${src('io/model-files.ts')});
      require(${src('analysis/model-files.ts')}).useModelFiles((name) => {
        if (name === 'ner-model.bin') throw new Error('the worker must not read the entity model');
        return require('node:fs').readFileSync(modelFilePath(name, ${src('io')}));
      });
      useModelBytes(workerData.nerModel);
      parentPort.postMessage({ shared: workerData.nerModel.buffer instanceof SharedArrayBuffer, names: analyze(workerData.text).entities.map((e) => e.name) });`;
    const bytes = modelBytes();
    const worker = new Worker(code, { eval: true, workerData: { nerModel: bytes, text: STORY } });
    const reply = await new Promise<{ shared: boolean; names: string[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    assert.equal(reply.shared, true, 'the worker holds the same SharedArrayBuffer, not a copy');
    assert.deepEqual(reply.names, analyze(STORY).entities.map((e) => e.name));
  });
});

describe('the bundles and their model file', () => {
  const DIST = join(__dirname, '../../dist');
  const run = (dir: string) => {
    const story = join(dir, 'story.txt');
    writeFileSync(story, 'Mayor Ana Ruiz of Osk said on Friday that Harrowgate Energy would cut 300 jobs.\n');
    return spawnSync(process.execPath, [join(dir, 'cli.js'), 'analyze', story], { encoding: 'utf8', timeout: 60_000 });
  };
  /** The CLI and engine bundles copied to a folder of their own, with `model` as their model file. */
  const bundles = (model?: Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), 'ner-bundle-'));
    for (const f of ['cli.js', 'analysis.js', 'checkworthy-model.bin', 'attribution-model.bin']) copyFileSync(join(DIST, f), join(dir, f));
    if (model !== undefined) writeFileSync(join(dir, 'ner-model.bin'), model);
    return dir;
  };

  it('reads the model file beside the engine bundle', () => {
    const dir = bundles(Buffer.from(readShared(join(DIST, 'ner-model.bin'))));
    const r = run(dir);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Ana Ruiz/);
  });

  it('stops with a clear message when the model file is missing or damaged', () => {
    for (const [model, message] of [
      [undefined, /entity model: cannot read ner-model\.bin: ENOENT/],
      [Buffer.from('not a model at all '.repeat(20)), /entity model: not an entity model file/],
      [Buffer.from(readShared(join(DIST, 'ner-model.bin')).subarray(0, 100_000)), /entity model: the file is 100000 bytes, its header says \d+ \(truncated or damaged\)/],
    ] as const) {
      const dir = bundles(model);
      const r = run(dir);
      rmSync(dir, { recursive: true, force: true });
      assert.equal(r.status, 1, r.stdout);
      assert.match(r.stderr, message);
    }
  });
});
