import type { MonitoringStatus } from '../core/entities/monitoring-report.js';
import type { LivePerformance } from './measure-live-performance.js';

/**
 * Live performance against the version's training metric: WARN when it is worse by more than
 * `margin`, FAIL by more than twice that; not judged (undefined) on fewer than `minLabelled` labels,
 * where a metric says more about chance than about the model.
 */
export function judgePerformance(
  performance: LivePerformance,
  margin: number,
  minLabelled: number,
): MonitoringStatus | undefined {
  if (performance.value === null || performance.trainingValue === null || performance.scored < minLabelled)
    return undefined;
  const worseBy = performance.higherIsBetter
    ? performance.trainingValue - performance.value
    : performance.value - performance.trainingValue;
  if (worseBy > 2 * margin) return 'FAIL';
  if (worseBy > margin) return 'WARN';
  return 'OK';
}
