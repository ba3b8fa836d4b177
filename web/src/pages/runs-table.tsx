import type { Run } from '../api/api-types';
import { Num } from '../components/num';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';
import { formatDuration } from '../format/format-duration';
import { routeHref } from '../router/route-href';

/** Tracked runs (train, retrain, monitor, evaluate), newest first, linking to each run's page. */
export function RunsTable({ runs }: { readonly runs: readonly Run[] }) {
  if (runs.length === 0) {
    return (
      <p className="empty" data-testid="runs-empty">
        No run yet.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="stack">
        <thead>
          <tr>
            <th>run</th>
            <th>kind</th>
            <th>status</th>
            <th>model</th>
            <th>started</th>
            <th className="n">duration</th>
            <th>metrics</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-testid="run-row" data-run-id={run.id}>
              <td data-label="run">
                <a href={routeHref(['runs', run.id])} title={run.id}>
                  {run.id.slice(0, 8)}
                </a>
              </td>
              <td data-label="kind">{run.kind}</td>
              <td data-label="status">
                <StatusBadge status={run.status} testId="run-status" />
              </td>
              <td data-label="model">
                {run.modelName === null ? (
                  '–'
                ) : (
                  <a href={routeHref(['models', run.modelName])}>{run.modelName}</a>
                )}
              </td>
              <td data-label="started">
                <TimeText iso={run.startedAt} />
              </td>
              <td
                data-label="duration"
                className="n"
                data-value={run.durationMs ?? ''}
                data-testid="run-duration"
              >
                {formatDuration(run.durationMs)}
              </td>
              <td data-label="metrics">
                <dl className="metrics">
                  {Object.entries(run.metrics).map(([metric, value]) => (
                    <div key={metric}>
                      <dt>{metric}</dt>
                      <dd>
                        <Num value={value} testId={`metric-${metric}`} />
                      </dd>
                    </div>
                  ))}
                </dl>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
