// Why a sentence is worth checking, in a fact-checker's words. Every reason is a fact about the
// sentence itself (a figure is there, a superlative is there), never a guess.
import type { Signals } from './features';

/** The reasons of a check-worthy sentence, most telling first. */
export function reasonsFor(s: Signals): string[] {
  const out: string[] = [];
  if (s.figures > 0) out.push(s.figures === 1 ? 'figure' : `${s.figures} figures`);
  if (s.attributed) out.push('attributed assertion');
  if (s.superlative) out.push('superlative');
  if (s.record) out.push('record or first');
  if (s.comparison) out.push('comparison');
  if (s.trend) out.push('change over time');
  if (s.causal) out.push('causal claim');
  if (s.sweeping) out.push('sweeping claim');
  if (s.prediction) out.push('prediction');
  // Past tense says little beside the reasons above; alone, it says the sentence reports an event.
  if (s.past && out.length <= (s.attributed ? 1 : 0)) out.push('states what happened');
  // A name is only a reason beside another one: most sentences name someone.
  if (s.entities > 0 && out.length > 0) out.push('names an entity');
  if (out.length === 0) out.push('worded like claims that get checked');
  return out;
}
