import type { ColumnDriftReport, DatasetDriftSummary, DriftStatus } from './drift-report.js';

const RANK: Record<DriftStatus, number> = { OK: 0, WARN: 1, FAIL: 2 };

/**
 * The dataset verdict: `drift` when at least `driftShare` of the compared columns (status OK, WARN
 * or FAIL) drifted, as Evidently's share rule; `status` is the worst compared column's (the seeds
 * take the maximum PSI), raised to WARN when a column could not be compared (missing data on a
 * side, a column on one side only, mismatched kinds, an error), because that is a change worth a look.
 * Skipped columns (datetimes nobody asked for) change nothing.
 *
 * @example summarizeDatasetDrift(columns, 0.5).drift
 */
export function summarizeDatasetDrift(
  columns: readonly ColumnDriftReport[],
  driftShare: number,
): DatasetDriftSummary {
  let compared = 0;
  let drifted = 0;
  let status: DriftStatus = 'OK';
  for (const column of columns) {
    const own: DriftStatus | undefined =
      column.status === 'OK' || column.status === 'WARN' || column.status === 'FAIL'
        ? column.status
        : column.status === 'SKIPPED'
          ? undefined
          : 'WARN';
    if (column.status === 'OK' || column.status === 'WARN' || column.status === 'FAIL') {
      compared++;
      if (column.drifted === true) drifted++;
    }
    if (own !== undefined && RANK[own] > RANK[status]) status = own;
  }
  const driftedShare = compared === 0 ? 0 : drifted / compared;
  return {
    columns: columns.length,
    compared,
    drifted,
    driftedShare,
    driftShare,
    drift: compared > 0 && driftedShare >= driftShare,
    status,
  };
}
