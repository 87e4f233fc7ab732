// Mocha loads this first (.mocharc.json "require"): tests run the analysis library from source,
// where no bundle tells it where its model files are, so the tests say it, as a host does.
import { useModelFilesIn } from '../../server/src/io/model-files';

useModelFilesIn();
