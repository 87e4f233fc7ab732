// Shared by the tests of the entity context that follows the edit (entities-kept-words,
// entities-context-follows): random edit sequences of an article, and a context's arrays as plain lists.
import fc from 'fast-check';
import type { DocContext } from '../../server/src/analysis/entities/features';

/** A context's per-token arrays as plain number lists, to compare with deepEqual. */
export const arraysOf = (ctx: DocContext): Record<string, number[]> => {
  const { lower, shortShape, cap, sentFirst, sentEnd, allCaps, titleCase, docCase, gaz, casing, breaks, closed } = ctx;
  return Object.fromEntries(Object.entries({ lower, shortShape, cap, sentFirst, sentEnd, allCaps, titleCase, docCase, gaz, casing, breaks, closed }).map(([k, v]) => [k, Array.from(v)]));
};

/** Texts after each of up to `maxEdits` random insertions or deletions of the `typed` pieces, `start` first. */
export const editsOf = (start: string, typed: readonly string[], maxEdits: number): fc.Arbitrary<string[]> =>
  fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...typed), fc.boolean()), { minLength: 1, maxLength: maxEdits })
    .map((edits) => {
      const texts = [start];
      let text = start;
      for (const [f, piece, insert] of edits) {
        const at = Math.floor(f * text.length);
        text = insert ? text.slice(0, at) + piece + text.slice(at) : text.slice(0, at) + text.slice(at + piece.length);
        texts.push(text);
      }
      return texts;
    });
