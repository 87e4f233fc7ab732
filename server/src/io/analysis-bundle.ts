// Entry of dist/analysis.js: the analysis library, plus the one thing the pure library cannot
// know, where its model files are (dist/*.bin, beside the bundle; each read on first use).
// So every user of the bundle (CLI, language server, workers, benchmarks) gets the models, and a
// host can still hand over other bytes (useModelBytes, useModelFiles).
import { useModelFilesIn } from './model-files';

export * from '../analysis';

useModelFilesIn();
