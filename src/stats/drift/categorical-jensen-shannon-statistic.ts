import { DriftOptionReader } from './drift-option-reader.js';
import type {
  CategoricalDriftInput,
  CategoricalDriftStatistic,
  DriftMeasurement,
  DriftOptions,
} from './drift-statistic.js';
import { jensenShannonDistance } from './jensen-shannon-distance.js';
import { measureCategoryDistance } from './measure-category-distance.js';

/**
 * Jensen-Shannon distance between the category distributions, as
 * `scipy.spatial.distance.jensenshannon(reference_counts, current_counts)`: Evidently's default for
 * categorical columns with large references, threshold 0.1. Natural logarithm by default (distance in
 * [0, √ln 2 ≈ 0.83]); option `base`, e.g. 2 for [0, 1]. New or vanished categories are fine (no clipping
 * needed). details: `newCategories`, `vanishedCategories`.
 */
export const categoricalJensenShannonStatistic: CategoricalDriftStatistic = {
  name: 'jensenshannon',
  label: 'Jensen-Shannon distance',
  kind: 'categorical',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  options: { base: 'logarithm base, above 1 (default e)' },
  compute: categoricalJensenShannon,
};

function categoricalJensenShannon(input: CategoricalDriftInput, options?: DriftOptions): DriftMeasurement {
  const reader = new DriftOptionReader('jensenshannon', options, ['base']);
  const base = reader.raw('base') === undefined ? undefined : reader.number('base', Math.E, 1, true);
  return measureCategoryDistance('jensenshannon', input, () => ({
    statistic: jensenShannonDistance(input.referenceCounts, input.currentCounts, base),
  }));
}
