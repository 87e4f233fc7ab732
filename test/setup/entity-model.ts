// Mocha loads this first (.mocharc.json "require"): tests run the analysis library from source,
// where no bundle tells it where its entity model file is, so the tests say it, as a host does.
import { useEntityModelFile } from '../../server/src/io/entity-model';

useEntityModelFile();
