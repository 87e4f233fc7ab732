// The committed model, decoded once on first use.
import { LearnedAttributions, decodeLearned, fromBase64 } from './model';
import { ATTRIBUTION_MODEL, DOUBTFUL_CUES, SPEECH_WORDS } from './model.data';

let shipped: LearnedAttributions | null = null;

export function shippedModel(): LearnedAttributions {
  if (!shipped) shipped = new LearnedAttributions(decodeLearned(fromBase64(ATTRIBUTION_MODEL), words(SPEECH_WORDS), words(DOUBTFUL_CUES)));
  return shipped;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
