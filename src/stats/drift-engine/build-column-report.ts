import type { ColumnComparison } from './column-comparison.js';
import type { ColumnDriftReport, ColumnDriftStatus } from './drift-report.js';
import type { DriftSide } from './drift-side.js';
import { judgeMeasurement } from './judge-measurement.js';
import type { ResolvedColumnTest } from './resolve-column-test.js';
import { sideCounts } from './side-counts.js';

/**
 * The report of a compared column: its test and levels, the judged measurement, counts of both sides,
 * histogram and details. Numbers that are not finite are written as null (JSON has no Infinity);
 * `details.statistic` then says what the number was.
 */
export function buildColumnReport(
  reference: DriftSide,
  current: DriftSide,
  test: ResolvedColumnTest,
  comparison: ColumnComparison,
): ColumnDriftReport {
  const { statistic } = test;
  const measurement = comparison.measurement;
  const judged =
    measurement === undefined
      ? { status: 'ERROR' as ColumnDriftStatus, drifted: null, message: comparison.error ?? 'no result' }
      : judgeMeasurement(statistic.scoreKind, measurement, test.threshold, test.failThreshold);
  const value = measurement?.statistic;
  const details: Record<string, unknown> = { ...measurement?.details, ...comparison.details };
  if (value !== undefined && !Number.isFinite(value)) details.statistic = String(value);
  if (reference.kind === 'numeric' && reference.sketched)
    details.referenceSketch = reference.take().values.length;
  return {
    name: reference.name,
    type: reference.type,
    kind: reference.kind,
    ...judged,
    test: {
      name: statistic.name,
      label: statistic.label,
      scoreKind: statistic.scoreKind,
      reason: test.reason,
    },
    statistic: finiteOrNull(value),
    pValue: finiteOrNull(measurement?.pValue),
    threshold: test.threshold,
    failThreshold: test.failThreshold,
    reference: sideCounts(reference),
    current: sideCounts(current),
    histogram: comparison.histogram,
    details,
  };
}

function finiteOrNull(value: number | undefined): number | null {
  return value !== undefined && Number.isFinite(value) ? value : null;
}
