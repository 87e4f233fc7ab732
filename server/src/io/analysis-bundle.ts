// Entry of dist/analysis.js: the analysis library, plus the one thing the pure library cannot
// know, where its entity model is (dist/ner-model.bin, beside the bundle; read on first use).
// So every user of the bundle (CLI, language server, workers, benchmarks) gets the model, and a
// host can still hand over other bytes (useModelBytes).
import { useEntityModelFile } from './entity-model';

export * from '../analysis';

useEntityModelFile();
