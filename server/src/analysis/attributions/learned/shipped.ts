// The committed model: its file opened in place on first use, once per process (the host says how
// to read it: ../../model-files.ts), with its plain word lists.
import { modelFromFile } from '../../model-files';
import { LearnedAttributions } from './model';
import { ATTRIBUTION_MODEL_FILE, openLearnedFile } from './model-format';
import { DOUBTFUL_CUES, SPEECH_WORDS } from './model.data';

export const shippedModel: () => LearnedAttributions = modelFromFile(
  ATTRIBUTION_MODEL_FILE,
  'attribution model',
  (bytes) => new LearnedAttributions(openLearnedFile(bytes, words(SPEECH_WORDS), words(DOUBTFUL_CUES))),
);

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
