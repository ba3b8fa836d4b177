import type { MonitoringReport } from '../core/entities/monitoring-report.js';

interface StoredDrift {
  readonly drift?: {
    readonly columns?: readonly { readonly name: string; readonly drifted?: boolean | null }[];
  };
  readonly driftNote?: string;
  readonly predictionDrift?: {
    readonly status: string;
    readonly test: { readonly name: string; readonly scoreKind: 'p_value' | 'distance' } | null;
    readonly statistic: number | null;
    readonly pValue: number | null;
  } | null;
}

/**
 * One line for a stored monitoring report, with its numbers: the verdict, which input columns drifted,
 * prediction drift, the live metric beside the same metric at training (from the version's metrics,
 * so the two are always the same measure), and how many predictions have labels.
 *
 * @example describeMonitoring(report, version.metrics) // "FAIL: 2 of 4 input columns drifted (source, title), ..."
 */
export function describeMonitoring(
  report: MonitoringReport,
  trainingMetrics: Readonly<Record<string, number>>,
): string {
  const s = report.summary as {
    driftedColumns?: number;
    columnCount?: number;
    liveMetric?: { name: string; value: number } | null;
    labelCoverage?: number;
    labelled?: number;
    predictionCount?: number;
  };
  const stored = report.report as StoredDrift;
  const drifted = (stored.drift?.columns ?? []).filter((c) => c.drifted === true).map((c) => c.name);
  const parts = [
    stored.drift
      ? `${s.driftedColumns ?? drifted.length} of ${s.columnCount ?? 0} input columns drifted${drifted.length > 0 ? ` (${drifted.join(', ')})` : ''}`
      : `drift not judged: ${stored.driftNote ?? 'no reference'}`,
  ];
  const prediction = stored.predictionDrift;
  if (prediction?.test) parts.push(`prediction drift ${prediction.status} (${score(prediction)})`);
  const training = s.liveMetric ? trainingMetrics[s.liveMetric.name] : undefined;
  parts.push(
    s.liveMetric
      ? `live ${s.liveMetric.name} ${s.liveMetric.value.toFixed(4)}${training === undefined ? '' : ` (training ${training.toFixed(4)})`}`
      : 'no live metric',
  );
  parts.push(
    `label coverage ${(100 * (s.labelCoverage ?? 0)).toFixed(1)}% (${s.labelled ?? 0} of ${s.predictionCount ?? 0})`,
  );
  return `${report.status}: ${parts.join(', ')}`;
}

function score(column: NonNullable<StoredDrift['predictionDrift']>): string {
  const test = column.test!;
  if (test.scoreKind === 'p_value' && column.pValue !== null)
    return `${test.name} p ${column.pValue < 0.001 ? column.pValue.toExponential(1) : column.pValue.toFixed(3)}`;
  return `${test.name} ${column.statistic === null ? 'n/a' : column.statistic.toFixed(3)}`;
}
