import { DriftOptionReader } from './drift-option-reader.js';
import type {
  CategoricalDriftInput,
  CategoricalDriftStatistic,
  DriftMeasurement,
  DriftOptions,
} from './drift-statistic.js';
import { measureCategoryDistance } from './measure-category-distance.js';

/**
 * Total variation distance between the category distributions: ½ Σ |pᵢ − qᵢ|, the largest difference in
 * probability the two distributions give any set of categories, in [0, 1]. Evidently's `TVD` turns it into
 * a permutation p-value; here it is the distance itself, threshold 0.1 (a tenth of the mass moved).
 * details: `newCategories`, `vanishedCategories`.
 */
export const totalVariationStatistic: CategoricalDriftStatistic = {
  name: 'total_variation',
  label: 'Total variation distance',
  kind: 'categorical',
  scoreKind: 'distance',
  defaultThreshold: 0.1,
  compute: totalVariation,
};

function totalVariation(input: CategoricalDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('total_variation', options, []);
  return measureCategoryDistance('total_variation', input, (summary) => {
    let sum = 0;
    for (let i = 0; i < input.categories.length; i++) {
      sum += Math.abs(
        input.referenceCounts[i]! / summary.referenceTotal - input.currentCounts[i]! / summary.currentTotal,
      );
    }
    return { statistic: sum / 2 };
  });
}
