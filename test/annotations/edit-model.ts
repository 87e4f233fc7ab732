// Random articles and edits for the property tests, and an oracle that gives
// every UTF-16 unit an identity: a claim "survives" when its original units
// are all still there, contiguous and in order, with nothing typed between.
import fc from 'fast-check';
import type { Edit } from '../../server/src/annotations/edits';

const WORDS = [
  'the', 'minister', 'said', 'exports', 'rose', '14%', 'to', '$3.2 billion', 'in', 'March', '“We', 'will', 'not',
  'back', 'down,”', 'Ms.', 'Okafor', 'told', 'reporters.', 'Café', 'Zürich', '😀', 'grain', 'port', 'strike',
  'ended', 'after', 'nine', 'days', 'and', 'prices', 'fell', 'by', 'a', 'third', '—', '\n\n',
];
const INSERTS = ['x', ' ', 'the ', 'rose ', '14%', '\n', 'é', '😀', 'Okafor said ', 'ports, '];

export const textArb = fc.array(fc.constantFrom(...WORDS), { minLength: 20, maxLength: 160 }).map((w) => w.join(' '));

export interface EditSpec {
  at: number;
  len: number;
  insert: string;
}

/** Edits as fractions of the current length, so they stay valid whatever came before. */
export const editArb: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  len: fc.oneof(fc.constant(0), fc.nat({ max: 4 }), fc.nat({ max: 40 })),
  insert: fc.oneof(
    fc.constant(''),
    fc.constantFrom(...INSERTS),
    fc.array(fc.constantFrom(...INSERTS), { maxLength: 5 }).map((a) => a.join('')),
  ),
});

export const editsArb = (max: number) =>
  fc.oneof(fc.array(editArb, { minLength: 1, maxLength: Math.min(6, max) }), fc.array(editArb, { minLength: 1, maxLength: max }));

export const claimSpecArb = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 80 }) });

export class TrackedText {
  private next = 0;
  ids: number[] = [];

  constructor(public text: string) {
    for (let k = 0; k < text.length; k++) this.ids.push(++this.next);
  }

  /** The concrete edit for a spec on the current text. */
  edit(spec: EditSpec): Edit & { insert: string } {
    const start = Math.floor(spec.at * this.text.length);
    const end = Math.min(this.text.length, start + spec.len);
    return { start, end, newLength: spec.insert.length, insert: spec.insert };
  }

  apply(e: Edit & { insert: string }): void {
    const fresh: number[] = [];
    for (let k = 0; k < e.insert.length; k++) fresh.push(++this.next);
    this.text = this.text.slice(0, e.start) + e.insert + this.text.slice(e.end);
    this.ids = [...this.ids.slice(0, e.start), ...fresh, ...this.ids.slice(e.end)];
  }

  idsOf(start: number, end: number): number[] {
    return this.ids.slice(start, end);
  }

  /** Where these original units are now, if they all survived together. */
  survivorAt(original: number[]): number | null {
    const first = this.ids.indexOf(original[0]);
    if (first < 0) return null;
    for (let k = 0; k < original.length; k++) if (this.ids[first + k] !== original[k]) return null;
    return first;
  }
}

export function uniqueOccurrence(text: string, exact: string): boolean {
  const first = text.indexOf(exact);
  return first >= 0 && text.indexOf(exact, first + 1) < 0;
}
