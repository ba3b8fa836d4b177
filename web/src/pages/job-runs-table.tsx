import type { JobRunInfo } from '../api/api-types';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';

/** Job executions, newest first as the API sends them, each with its error and a collapsible log. */
export function JobRunsTable({ runs }: { readonly runs: readonly JobRunInfo[] }) {
  if (runs.length === 0) {
    return (
      <p className="empty" data-testid="job-runs-empty">
        No job has run yet.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table className="stack">
        <thead>
          <tr>
            <th>id</th>
            <th>job</th>
            <th>trigger</th>
            <th>status</th>
            <th>started</th>
            <th>finished</th>
            <th>log</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id} data-testid="job-run-row" data-job-run-id={run.id} data-job={run.jobName}>
              <td data-label="id">{run.id}</td>
              <td data-label="job">{run.jobName}</td>
              <td data-label="trigger">{run.trigger}</td>
              <td data-label="status">
                <StatusBadge status={run.status} testId="job-run-status" />
              </td>
              <td data-label="started">
                <TimeText iso={run.startedAt} />
              </td>
              <td data-label="finished">
                <TimeText iso={run.finishedAt} />
              </td>
              <td data-label="log" className="log-cell">
                {run.error !== null && (
                  <div className="error-text" data-testid="job-run-error">
                    {run.error}
                  </div>
                )}
                {run.log === '' ? (
                  <span className="muted">empty</span>
                ) : (
                  <details>
                    <summary>log</summary>
                    <pre data-testid="job-run-log">{run.log}</pre>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
