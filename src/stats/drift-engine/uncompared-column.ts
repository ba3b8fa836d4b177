import type { ColumnDriftReport, ColumnDriftStatus } from './drift-report.js';
import type { DriftSide } from './drift-side.js';
import { sideCounts } from './side-counts.js';

/**
 * The report of a column that was not compared (on one side only, mismatched kinds, no usable data,
 * skipped), with whatever counts its sides have and the reason in `message`.
 *
 * @example uncomparedColumn('CURRENT_ONLY', undefined, side, 'the reference has no such column')
 */
export function uncomparedColumn(
  status: ColumnDriftStatus,
  reference: DriftSide | undefined,
  current: DriftSide | undefined,
  message: string,
  details: Readonly<Record<string, unknown>> = {},
): ColumnDriftReport {
  const side = (reference ?? current)!;
  return {
    name: side.name,
    type: side.type,
    kind: side.kind,
    status,
    drifted: null,
    message,
    test: null,
    statistic: null,
    pValue: null,
    threshold: null,
    failThreshold: null,
    reference: reference === undefined ? null : sideCounts(reference),
    current: current === undefined ? null : sideCounts(current),
    histogram: null,
    details,
  };
}
