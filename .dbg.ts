import '/work/wt-attr/test/setup/entity-model';
import { segment } from '/work/wt-attr/server/src/analysis/segment';
import { recognizeEntities } from '/work/wt-attr/server/src/analysis/entities';
import { findAttributions } from '/work/wt-attr/server/src/analysis/attributions';
const text = 'Council weighs contract\n\nOTTAWA — The city council met on Tuesday.\n\n' + process.argv[2] + '\n\nThe meeting ended at noon.\n';
const seg = segment(text);
const { entities, mentions } = recognizeEntities(seg);
for (const a of findAttributions(seg, entities, mentions, null)) console.log('rules:', a.source?.text, '|', a.cue?.text, '|', a.content.text);
for (const a of findAttributions(seg, entities, mentions)) console.log('with hook:', a.source?.text, '|', a.cue?.text, '|', a.content.text);
