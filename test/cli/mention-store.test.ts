// A long article's entity mentions are kept compressed in blocks per piece (cli/contract-stream.ts,
// MentionStore) and read back block by block as the entities are written in order: the bytes
// written must be exactly each entity's mentions as the contract writes them, whatever the size
// of the blocks, with only the block being read of each piece held decompressed.
import { strict as assert } from 'node:assert';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { analyze } from '../../server/src/analysis';
import type { Entity } from '../../server/src/analysis';
import { MentionStore, Parts } from '../../server/src/cli/contract-stream';
import { toContract } from '../../server/src/export/contract';
import { longArticle } from './corpus-text';

const decoder = new TextDecoder();
const PIECES = 4;

describe('the mentions of a long article, kept in compressed blocks', () => {
  const analysis = analyze(longArticle(12000));
  const mentionsJson = (e: Entity): string => JSON.stringify(toContract({ ...analysis, entities: [e] }).entities[0].mentions).slice(1, -1);
  // The pieces: each entity's mentions cut into PIECES runs in text order (some runs empty).
  const runs = (e: Entity, p: number) => e.mentions.slice(Math.floor((e.mentions.length * p) / PIECES), Math.floor((e.mentions.length * (p + 1)) / PIECES));

  for (const blockBytes of [1, 200, 3000, 1 << 20]) {
    it(`gives every entity's mentions byte for byte, in blocks of ${blockBytes} bytes`, () => {
      assert.ok(analysis.entities.length > 20 && analysis.entities.some((e) => e.mentions.length >= PIECES), 'the article should have many entities, some met often');
      let decompressed = 0;
      let largest = 0;
      const store = new MentionStore(
        (b) => deflateRawSync(b),
        (b) => {
          decompressed++;
          const out = inflateRawSync(b);
          largest = Math.max(largest, out.length);
          return out;
        },
        blockBytes,
      );
      const entities = analysis.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [] as Entity['mentions'] }));
      for (let p = 0; p < PIECES; p++) {
        analysis.entities.forEach((e, i) => entities[i].mentions.push(...runs(e, p)));
        store.take(entities);
        assert.ok(entities.every((e) => e.mentions.length === 0), 'taken mentions are let go');
      }
      analysis.entities.forEach((e, i) => {
        const out = new Parts();
        store.write(i, out);
        const written = [...out.rest()].map((b) => decoder.decode(b)).join('');
        const expected = [0, 1, 2, 3].map((p) => runs(e, p)).filter((r) => r.length > 0).map((r) => mentionsJson({ ...e, mentions: r })).join(',');
        assert.equal(written, expected, `entity ${i} (${e.name})`);
        assert.equal(written, mentionsJson(e), `entity ${i} (${e.name}) as one list`);
      });
      if (blockBytes === 1) assert.ok(decompressed > PIECES * 10, `one block an entity: ${decompressed} blocks read`);
      if (blockBytes === 1 << 20) assert.equal(decompressed, PIECES);
      // A block is cut before the entity that would take it past the size (an entity is never split).
      const longestRun = Math.max(...analysis.entities.flatMap((e) => [0, 1, 2, 3].map((p) => Buffer.byteLength(mentionsJson({ ...e, mentions: runs(e, p) })))));
      assert.ok(largest <= Math.max(blockBytes, longestRun), `largest block ${largest} bytes`);
    });
  }

  it('refuses an entity written out of order', () => {
    const store = new MentionStore(deflateRawSync, inflateRawSync, 1);
    store.take(analysis.entities.map((e) => ({ ...e, aliases: [...e.aliases], mentions: [...e.mentions] })));
    store.write(5, new Parts());
    assert.throws(() => store.write(2, new Parts()), /out of order/);
  });
});
