import { chiSquareSf } from '../math/chi-square-sf.js';
import { DriftOptionReader } from './drift-option-reader.js';
import type {
  CategoricalDriftInput,
  CategoricalDriftStatistic,
  DriftMeasurement,
  DriftOptions,
} from './drift-statistic.js';
import { insufficientData } from './insufficient-data.js';
import { summarizeCategories } from './summarize-categories.js';

/** Reference shares are clipped to at least this before the expected counts are formed. */
const SHARE_FLOOR = 1e-6;

/**
 * Chi-square goodness of fit of the current counts against the reference shares scaled to the current
 * total: `scipy.stats.chisquare(current, expected)` with k − 1 degrees of freedom (Evidently's `chisquare`).
 *
 * A category absent from the reference would have an expected count of 0 and an infinite statistic; its
 * share is clipped to 1e-6 and the shares renormalised to sum 1 before scaling (so the expected counts
 * still sum to the current total, as SciPy requires). One new category then dominates the statistic
 * (≈ count² / (1e-6 × total)) and the p-value is 0: a new category is drift. Categories with no count on
 * either side carry no information and are left out of the test and its degrees of freedom. With fewer
 * than two categories left there is nothing to test: statistic 0, p-value 1. Threshold 0.05.
 * details: `degreesOfFreedom`, `expected` counts, `newCategories`, `vanishedCategories`.
 */
export const chiSquareStatistic: CategoricalDriftStatistic = {
  name: 'chisquare',
  label: 'Chi-square goodness of fit',
  kind: 'categorical',
  scoreKind: 'p_value',
  defaultThreshold: 0.05,
  compute: chiSquare,
};

function chiSquare(input: CategoricalDriftInput, options?: DriftOptions): DriftMeasurement {
  new DriftOptionReader('chisquare', options, []);
  const summary = summarizeCategories('chisquare', input);
  const changes = { newCategories: summary.newCategories, vanishedCategories: summary.vanishedCategories };
  if (summary.referenceTotal === 0 || summary.currentTotal === 0) {
    return insufficientData('p_value', {
      minimum: 1,
      referenceSize: summary.referenceTotal,
      currentSize: summary.currentTotal,
      ...changes,
    });
  }
  const used: number[] = [];
  for (let i = 0; i < input.categories.length; i++) {
    if (input.referenceCounts[i]! > 0 || input.currentCounts[i]! > 0) used.push(i);
  }
  const clipped = used.map((i) =>
    Math.min(1, Math.max(SHARE_FLOOR, input.referenceCounts[i]! / summary.referenceTotal)),
  );
  const clippedTotal = clipped.reduce((sum, share) => sum + share, 0);
  const expected = clipped.map((share) => (share / clippedTotal) * summary.currentTotal);
  const expectedCounts = Object.fromEntries(
    used.map((i, position) => [input.categories[i]!, expected[position]!]),
  );
  if (used.length < 2) {
    return {
      statistic: 0,
      pValue: 1,
      details: { note: 'fewer than two categories', expected: expectedCounts, ...changes },
    };
  }
  let statistic = 0;
  used.forEach((i, position) => {
    const e = expected[position]!;
    statistic += (input.currentCounts[i]! - e) ** 2 / e;
  });
  const degreesOfFreedom = used.length - 1;
  return {
    statistic,
    pValue: chiSquareSf(statistic, degreesOfFreedom),
    details: { degreesOfFreedom, expected: expectedCounts, ...changes },
  };
}
