import type { DriftReport } from '../stats/drift-engine/drift-report.js';
import { renderTable } from './render-table.js';

/**
 * The human summary of a drift report: the verdict line, both sides, and one row per column
 * (statistic, p-value, threshold, status, missing counts), worst first.
 *
 * @example io.stdout(`${renderDriftSummary(report)}\n`);
 */
export function renderDriftSummary(report: DriftReport): string {
  const { dataset } = report;
  const order = [
    'FAIL',
    'WARN',
    'ERROR',
    'TYPE_MISMATCH',
    'REFERENCE_ONLY',
    'CURRENT_ONLY',
    'INSUFFICIENT_DATA',
    'OK',
    'SKIPPED',
  ];
  const columns = [...report.columns].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
  const verdict = dataset.drift ? 'dataset drift detected' : 'no dataset drift';
  return [
    `${verdict} (status ${dataset.status}): ${dataset.drifted} of ${dataset.compared} compared columns drifted ` +
      `(${percent(dataset.driftedShare)}; drift from ${percent(dataset.driftShare)})`,
    `reference ${report.reference.source} (${report.reference.rows} rows${report.reference.fromProfile ? ', saved profile' : ''}) ` +
      `vs current ${report.current.source} (${report.current.rows} rows)`,
    '',
    renderTable(
      ['column', 'type', 'test', 'statistic', 'p-value', 'threshold', 'status', 'missing ref/cur', 'note'],
      columns.map((column) => [
        column.name,
        column.type,
        column.test?.name,
        format(column.statistic),
        format(column.pValue),
        format(column.threshold),
        column.status,
        `${missing(column.reference)} / ${missing(column.current)}`,
        column.message ?? '',
      ]),
    ),
  ].join('\n');
}

function format(value: number | null): string | undefined {
  if (value === null) return undefined;
  return value !== 0 && Math.abs(value) < 1e-4
    ? value.toExponential(2)
    : String(Number(value.toPrecision(4)));
}

function missing(side: { missing: number; infinite: number } | null): string {
  return side === null ? '-' : String(side.missing + side.infinite);
}
