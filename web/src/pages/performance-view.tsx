import type { MonitoringReport } from '../api/api-types';
import { Num } from '../components/num';
import { SeriesChart } from '../components/series-chart';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';
import { trainingMetricValue } from '../components/training-metric-value';

/**
 * Live metric and label coverage over time, one line per model version, and the reports behind
 * them as a table (newest first) with the exact numbers.
 */
export function PerformanceView({ reports }: { readonly reports: readonly MonitoringReport[] }) {
  if (reports.length === 0) {
    return (
      <p className="empty" data-testid="performance-empty">
        No monitoring report yet: performance appears after the first monitoring run.
      </p>
    );
  }
  const ordered = [...reports].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id,
  );
  const versions = [...new Set(ordered.map((r) => r.version))].sort((a, b) => (a ?? 0) - (b ?? 0));
  const key = (version: number | null) => (version === null ? 'unversioned' : `v${version}`);
  const series = versions.map((v) => ({ key: key(v), name: key(v) }));
  const metricName =
    reports.find((r) => r.summary?.liveMetric != null)?.summary.liveMetric?.name ?? 'live metric';
  const metricRows = ordered.map((r) => ({
    at: r.createdAt,
    [key(r.version)]: r.summary?.liveMetric?.value ?? null,
  }));
  const coverageRows = ordered.map((r) => ({
    at: r.createdAt,
    [key(r.version)]: r.summary?.labelCoverage ?? null,
  }));

  return (
    <>
      <div className="panel two-charts">
        <div>
          <h2>
            Live <span data-testid="live-metric-name">{metricName}</span> per version
          </h2>
          <SeriesChart
            rows={metricRows}
            series={series}
            label={`live ${metricName}`}
            testId="live-metric-chart"
          />
        </div>
        <div>
          <h2>Label coverage per version</h2>
          <SeriesChart
            rows={coverageRows}
            series={series}
            percent
            label="label coverage"
            testId="label-coverage-chart"
          />
        </div>
      </div>
      <div className="panel">
        <h2>Monitoring runs</h2>
        <div className="table-wrap">
          <table className="stack">
            <thead>
              <tr>
                <th>time</th>
                <th>version</th>
                <th>status</th>
                <th className="n">live metric</th>
                <th className="n">training metric</th>
                <th className="n">label coverage</th>
                <th className="n">predictions</th>
                <th className="n">prediction drift</th>
                <th className="n">drifted columns</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr
                  key={r.id}
                  data-testid="performance-row"
                  data-report-id={r.id}
                  data-version={r.version ?? ''}
                >
                  <td data-label="time">
                    <TimeText iso={r.createdAt} />
                  </td>
                  <td data-label="version">{r.version === null ? '–' : `v${r.version}`}</td>
                  <td data-label="status">
                    <StatusBadge status={r.status} />
                  </td>
                  <td data-label="live metric" className="n">
                    <Num value={r.summary?.liveMetric?.value} testId="live-metric" />
                    {r.summary?.liveMetric != null && (
                      <span className="muted"> {r.summary.liveMetric.name}</span>
                    )}
                  </td>
                  <td data-label="training metric" className="n">
                    <Num value={trainingMetricValue(r.summary)} testId="training-metric" />
                  </td>
                  <td data-label="label coverage" className="n">
                    <Num value={r.summary?.labelCoverage} percent testId="label-coverage" />
                  </td>
                  <td data-label="predictions" className="n">
                    <Num value={r.summary?.predictionCount} testId="prediction-count" />
                  </td>
                  <td data-label="prediction drift" className="n">
                    <Num value={r.summary?.predictionDrift} testId="prediction-drift" />
                  </td>
                  <td data-label="drifted columns" className="n">
                    <Num value={r.summary?.driftedColumns} testId="drifted-columns" /> /{' '}
                    <Num value={r.summary?.columnCount} testId="column-count" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
