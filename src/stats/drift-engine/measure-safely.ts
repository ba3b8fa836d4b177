import type { DriftMeasurement } from '../drift/drift-statistic.js';

/**
 * Runs a statistic and turns a throw into an `error` message naming it, so that one odd column
 * never aborts a drift run.
 *
 * @example measureSafely('chisquare', () => chisquare.compute(input))
 */
export function measureSafely(
  name: string,
  compute: () => DriftMeasurement,
): { measurement: DriftMeasurement } | { error: string } {
  try {
    return { measurement: compute() };
  } catch (error) {
    return { error: `${name} failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
