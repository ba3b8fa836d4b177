import type { MonitoringSummary } from '../api/api-types';

/** The training (holdout) metric of a monitoring summary, whether sent as a number or as `{name, value}`. */
export function trainingMetricValue(summary: MonitoringSummary | undefined): number | null {
  const metric = summary?.trainingMetric;
  if (metric === null || metric === undefined) return null;
  return typeof metric === 'number' ? metric : metric.value;
}
