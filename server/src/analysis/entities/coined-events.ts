// Names coined after 1996 for events and movements rather than organisations: "Brexit" (`coined.ts`
// handles a one-word "person" no sign makes one). The tagger never met the word and reads it from its shape,
// also as an organisation in a headline ("EU, UK give Brexit trade talks until Sunday"). Every mention is
// MISC, sure (CoNLL-2003 types such names, "Watergate", MISC).
import type { DocContext } from './features';
import type { TokenSpan } from './spans';
import { wordSet } from './word-set';
import { MISC } from './labels';

const COINED = wordSet(['brexit']);

export function coinedEvents(ctx: DocContext, spans: TokenSpan[]): TokenSpan[] {
  // The tagger reads the word as some name (it is capitalised and unknown to it): only its type is
  // wrong, so the spans are enough (a pass over every token for an untagged one cost as much again).
  for (const s of spans) if (s.to - s.from === 1 && !s.sure && COINED.has(ctx.lower[s.from])) { s.type = MISC; s.sure = true; }
  return spans;
}
