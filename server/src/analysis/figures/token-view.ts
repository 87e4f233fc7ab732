// Cheap, cached questions about the tokens of a segmentation, shared by the figure matchers.
import type { Segmentation, Token } from '../types';
import { DocFacts } from './doc-facts';

export class TokenView {
  readonly tokens: Token[];
  readonly text: string;
  /** Facts about the whole article (its dollar, sterling in sight), worked out when first asked. */
  readonly facts: DocFacts;
  private readonly lowers: (string | undefined)[];

  constructor(seg: Segmentation) {
    this.tokens = seg.tokens;
    this.text = seg.text;
    this.facts = new DocFacts(seg);
    this.lowers = new Array<string | undefined>(seg.tokens.length);
  }

  /** The token's text in lower case, computed once; '' past either end (rules look ahead and behind). */
  lower(i: number): string {
    let s = this.lowers[i];
    if (s === undefined) {
      if (i < 0 || i >= this.tokens.length) return '';
      s = this.tokens[i].text.toLowerCase();
      this.lowers[i] = s;
    }
    return s;
  }

  /** The token's text; '' past either end. */
  raw(i: number): string {
    return i >= 0 && i < this.tokens.length ? this.tokens[i].text : '';
  }

  /** True when the token starts with an upper-case letter. */
  capitalized(i: number): boolean {
    const c = this.tokens[i].text.charCodeAt(0);
    if (c >= 65 && c <= 90) return true;
    if (c < 128) return false;
    const ch = this.tokens[i].text[0];
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }

  /** True when the token starts with an ASCII digit. */
  digitStart(i: number): boolean {
    const c = this.tokens[i].text.charCodeAt(0);
    return c >= 48 && c <= 57;
  }

  /** True when token b follows token a with no space between them. */
  adjacent(a: number, b: number): boolean {
    return this.tokens[a].end === this.tokens[b].start;
  }
}
