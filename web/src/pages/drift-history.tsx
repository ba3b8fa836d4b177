import type { ColumnDrift, MonitoringReport } from '../api/api-types';
import { columnScore } from '../components/column-score';
import { SeriesChart } from '../components/series-chart';

/**
 * Drift over time, oldest first: the share of drifted columns per monitoring report against the
 * dataset-drift share, and one column's score (p-value or distance) against its threshold.
 */
export function DriftHistory({
  reports,
  columns,
  column,
  onColumn,
  selected,
}: {
  readonly reports: readonly MonitoringReport[];
  readonly columns: readonly ColumnDrift[];
  readonly column: string | null;
  readonly onColumn: (name: string) => void;
  readonly selected: MonitoringReport;
}) {
  const ordered = [...reports].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id,
  );
  const shareRows = ordered.map((r) => ({
    at: r.createdAt,
    driftShare: r.summary?.driftShare ?? r.report.drift?.dataset.driftedShare ?? null,
  }));
  const current = columns.find((c) => c.name === column);
  const columnRows =
    column === null
      ? []
      : ordered.map((r) => ({
          at: r.createdAt,
          score: columnScore(r.report.drift?.columns.find((c) => c.name === column)),
        }));
  const compared = columns.filter((c) => c.test !== null);
  return (
    <div className="panel two-charts" id="drift-history">
      <div>
        <h2>Drifted share of columns over time</h2>
        <SeriesChart
          rows={shareRows}
          series={[{ key: 'driftShare', name: 'drifted share' }]}
          percent
          threshold={selected.report.drift?.dataset.driftShare ?? null}
          label="drifted share over time"
          testId="drift-share-chart"
        />
      </div>
      <div>
        <div className="page-head">
          <h2>Column score over time</h2>
          <select
            value={column ?? ''}
            onChange={(event) => onColumn(event.target.value)}
            aria-label="column"
            data-testid="drift-history-column"
          >
            {compared.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <SeriesChart
          rows={columnRows}
          series={[
            {
              key: 'score',
              name:
                current?.test === null || current === undefined
                  ? 'score'
                  : `${current.test.name} ${current.test.scoreKind === 'p_value' ? 'p-value' : 'distance'}`,
            },
          ]}
          threshold={current?.threshold ?? null}
          label={`${column ?? 'column'} score over time`}
          testId="drift-column-chart"
        />
      </div>
    </div>
  );
}
