import type { MonitoringReport } from '../core/entities/monitoring-report.js';
import type { ColumnDriftReport } from '../stats/drift-engine/drift-report.js';

const STATUS_VALUE = { OK: 0, WARN: 1, FAIL: 2 } as const;

/** Escapes a label value for the Prometheus text format. */
function label(value: string | number): string {
  return String(value).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

/**
 * The gauges of the latest monitoring report of each model, in the Prometheus text format: what the
 * server appends to `/metrics` and what `sextant monitor --pushgateway` pushes (the seeds'
 * `clv_drift_score` pattern, under the `sextant_` prefix). Each metric family is written once with
 * its HELP and TYPE lines, then one sample per model (and feature).
 */
export function renderMonitoringMetrics(reports: readonly MonitoringReport[]): string {
  const families = new Map<string, { help: string; type: 'gauge' | 'counter'; samples: string[] }>();
  const add = (
    name: string,
    help: string,
    type: 'gauge' | 'counter',
    labels: Record<string, string | number>,
    value: number,
  ) => {
    if (!Number.isFinite(value)) return;
    let family = families.get(name);
    if (family === undefined) {
      family = { help, type, samples: [] };
      families.set(name, family);
    }
    const text = Object.entries(labels)
      .map(([k, v]) => `${k}="${label(v)}"`)
      .join(',');
    family.samples.push(`${name}{${text}} ${value}`);
  };
  for (const report of reports) {
    const model = report.modelName;
    const version = report.version ?? 0;
    const s = report.summary as Record<string, unknown>;
    add(
      'sextant_monitoring_status',
      'Latest monitoring verdict: 0 OK, 1 WARN, 2 FAIL.',
      'gauge',
      { model },
      STATUS_VALUE[report.status],
    );
    add(
      'sextant_monitoring_last_run_timestamp_seconds',
      'When the latest monitoring run finished.',
      'gauge',
      { model },
      report.createdAt.getTime() / 1000,
    );
    add(
      'sextant_drifted_columns',
      'Input columns drifted in the latest monitoring run.',
      'gauge',
      { model },
      Number(s.driftedColumns ?? 0),
    );
    if (typeof s.driftShare === 'number')
      add(
        'sextant_drift_share',
        'Share of compared input columns that drifted.',
        'gauge',
        { model },
        s.driftShare,
      );
    add(
      'sextant_drift_detected_total',
      'Monitoring runs that found dataset drift, over the model history.',
      'counter',
      { model },
      Number(s.driftDetectedTotal ?? 0),
    );
    if (typeof s.predictionDrift === 'number')
      add(
        'sextant_prediction_drift_score',
        'Drift statistic of the model outputs against training.',
        'gauge',
        { model, version },
        s.predictionDrift,
      );
    const live = s.liveMetric as { name: string; value: number } | null | undefined;
    if (live)
      add(
        'sextant_live_metric',
        'Live model metric from feedback in the monitoring window.',
        'gauge',
        { model, version, metric: live.name },
        live.value,
      );
    if (typeof s.labelCoverage === 'number')
      add(
        'sextant_label_coverage',
        'Share of logged predictions with ground truth in the window.',
        'gauge',
        { model, version },
        s.labelCoverage,
      );
    const canaries = (s.canaries ?? []) as readonly {
      alias: string;
      version: number;
      errorRate: number | null;
      liveMetric: number | null;
      stopped: boolean;
    }[];
    for (const canary of canaries) {
      const labels = { model, alias: canary.alias, version: canary.version };
      if (canary.errorRate !== null)
        add(
          'sextant_canary_error_rate',
          "Share of a traffic-split alias' answers that were server errors, since the run before.",
          'gauge',
          labels,
          canary.errorRate,
        );
      if (canary.liveMetric !== null && typeof s.primaryMetric === 'string')
        add(
          'sextant_canary_live_metric',
          "A traffic-split alias' live primary metric from feedback in the monitoring window.",
          'gauge',
          { ...labels, metric: s.primaryMetric },
          canary.liveMetric,
        );
      add(
        'sextant_canary_stopped',
        'Whether the latest monitoring run took the alias out of the traffic split (1) or kept it (0).',
        'gauge',
        labels,
        canary.stopped ? 1 : 0,
      );
    }
    const columns = ((report.report as { drift?: { columns?: ColumnDriftReport[] } | null }).drift?.columns ??
      []) as ColumnDriftReport[];
    for (const column of columns) {
      if (column.statistic !== null)
        add(
          'sextant_drift_score',
          'Drift statistic per input column (PSI, distance or test statistic).',
          'gauge',
          { model, feature: column.name, test: column.test?.name ?? '' },
          column.statistic,
        );
      if (column.pValue !== null)
        add(
          'sextant_drift_p_value',
          'P-value of the drift test per input column, when the test has one.',
          'gauge',
          { model, feature: column.name },
          column.pValue,
        );
    }
  }
  let text = '';
  for (const [name, family] of families)
    text += `# HELP ${name} ${family.help}\n# TYPE ${name} ${family.type}\n${family.samples.join('\n')}\n`;
  return text;
}
