import type { DriftMeasurement } from '../drift/drift-statistic.js';
import type { ColumnDriftStatus } from './drift-report.js';

/** A measurement judged against its levels. */
export interface DriftJudgement {
  readonly status: ColumnDriftStatus;
  readonly drifted: boolean | null;
  readonly message: string | null;
}

/**
 * Drift and status of one measurement. A p-value test drifts when p < threshold and FAILs when
 * p < failThreshold; a distance drifts when statistic >= threshold and FAILs when statistic >=
 * failThreshold. Drifted and not failing is WARN. A score that is not a number is INSUFFICIENT_DATA
 * when the statistic says so (`details.reason`, see insufficientData), an ERROR otherwise. A statistic
 * whose threshold depends on the data (the domain classifier's bootstrapped one below 1000 documents)
 * states it as a number in `details.threshold`, which then replaces `threshold`.
 *
 * @example judgeMeasurement('distance', { statistic: 0.12 }, 0.1, 0.25).status // 'WARN'
 */
export function judgeMeasurement(
  scoreKind: 'p_value' | 'distance',
  measurement: DriftMeasurement,
  threshold: number,
  failThreshold: number,
): DriftJudgement {
  const score = scoreKind === 'p_value' ? measurement.pValue : measurement.statistic;
  if (score === undefined || Number.isNaN(score)) {
    if (measurement.details?.reason === 'insufficient data') {
      return { status: 'INSUFFICIENT_DATA', drifted: null, message: 'too few values for this test' };
    }
    const what = scoreKind === 'p_value' ? 'p-value' : 'statistic';
    return { status: 'ERROR', drifted: null, message: `the ${what} is undefined on this data` };
  }
  const stated = measurement.details?.threshold;
  const level = typeof stated === 'number' && Number.isFinite(stated) ? stated : threshold;
  const drifted = scoreKind === 'p_value' ? score < level : score >= level;
  const failed = scoreKind === 'p_value' ? score < failThreshold : score >= failThreshold;
  return { status: failed ? 'FAIL' : drifted ? 'WARN' : 'OK', drifted, message: null };
}
