import type { DriftMeasurement } from './drift-statistic.js';

/**
 * The measurement of a statistic that cannot be computed from the data it was given: an empty side, or
 * fewer values than the statistic needs (two per side for a variance, four in all for Anderson-Darling).
 *
 * The convention of every statistic here: such input is not an error, it gives `statistic: NaN` (and
 * `pValue: NaN` for p-value tests) with `details.reason = 'insufficient data'`, plus the sizes seen and
 * the minimum needed, so that the engine reports the column as "insufficient data" and carries on.
 *
 * @example insufficientData('p_value', { minimum: 2, referenceSize: 1, currentSize: 40 })
 */
export function insufficientData(
  scoreKind: 'p_value' | 'distance',
  facts: Readonly<Record<string, unknown>> = {},
): DriftMeasurement {
  const details = { reason: 'insufficient data', ...facts };
  return scoreKind === 'p_value'
    ? { statistic: Number.NaN, pValue: Number.NaN, details }
    : { statistic: Number.NaN, details };
}
