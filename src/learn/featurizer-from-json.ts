import { DatetimeFeaturizer } from './datetime-featurizer.js';
import type { Featurizer } from './featurizer.js';
import { NumericFeaturizer } from './numeric-featurizer.js';
import { OneHotFeaturizer } from './one-hot-featurizer.js';
import { StateReader } from './state-reader.js';
import { TfidfFeaturizer } from './tfidf-featurizer.js';

/**
 * Restores any featurizer from its saved state by its `type` tag, through a fixed table of known types:
 * a state can only pick among these classes, never name code to run.
 */
export function featurizerFromJson(json: unknown): Featurizer {
  const type = new StateReader(json, 'featurizer').string('type');
  switch (type) {
    case 'numeric':
      return NumericFeaturizer.fromJSON(json);
    case 'one-hot':
      return OneHotFeaturizer.fromJSON(json);
    case 'tfidf':
      return TfidfFeaturizer.fromJSON(json);
    case 'datetime-parts':
      return DatetimeFeaturizer.fromJSON(json);
    default:
      return new StateReader(json, 'featurizer').fail(`unknown type "${type}"`);
  }
}
