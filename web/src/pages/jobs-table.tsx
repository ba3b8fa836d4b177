import { useState } from 'react';
import { apiPath } from '../api/api-path';
import { apiRequest } from '../api/api-request';
import type { JobInfo, JobRunInfo } from '../api/api-types';
import { ErrorNotice } from '../components/error-notice';
import { StatusBadge } from '../components/status-badge';
import { TimeText } from '../components/time-text';
import { routeHref } from '../router/route-href';

/**
 * Scheduled jobs with their schedule, next run and whether one is running, each with a "Run now"
 * button (`POST /v1/jobs/{name}/trigger`, admin token).
 */
export function JobsTable({
  jobs,
  onTriggered,
}: {
  readonly jobs: readonly JobInfo[];
  readonly onTriggered: () => void;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ job: string; run?: JobRunInfo; error?: unknown } | null>(null);

  const trigger = async (job: string) => {
    setBusy(job);
    try {
      const run = await apiRequest<JobRunInfo>(apiPath(['v1', 'jobs', job, 'trigger']), {
        method: 'POST',
        body: {},
      });
      setOutcome({ job, run });
      onTriggered();
    } catch (error) {
      setOutcome({ job, error });
    } finally {
      setBusy(null);
    }
  };

  if (jobs.length === 0) {
    return (
      <p className="empty" data-testid="jobs-empty">
        No scheduled job. Schedules are set in the server's configuration.
      </p>
    );
  }
  return (
    <>
      <div className="table-wrap">
        <table className="stack">
          <thead>
            <tr>
              <th>job</th>
              <th>kind</th>
              <th>model</th>
              <th>schedule</th>
              <th>next run</th>
              <th>state</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.name} data-testid={`job-row-${job.name}`} data-running={String(job.running)}>
                <td data-label="job">{job.name}</td>
                <td data-label="kind">{job.kind}</td>
                <td data-label="model">
                  {job.modelName === null ? (
                    '–'
                  ) : (
                    <a href={routeHref(['models', job.modelName])}>{job.modelName}</a>
                  )}
                </td>
                <td data-label="schedule">
                  <code>{job.schedule ?? 'manual'}</code>
                </td>
                <td data-label="next run">
                  <TimeText iso={job.nextRunAt} />
                </td>
                <td data-label="state">
                  {job.running ? (
                    <StatusBadge status="running" testId="job-state" />
                  ) : (
                    <span data-testid="job-state">idle</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    disabled={busy !== null}
                    onClick={() => trigger(job.name)}
                    data-testid={`trigger-job-${job.name}`}
                  >
                    {busy === job.name ? 'Running…' : 'Run now'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outcome?.run !== undefined && (
        <p className="notice notice-ok" data-testid="trigger-job-result">
          {outcome.job}: run #{outcome.run.id}{' '}
          <StatusBadge status={outcome.run.status} testId="trigger-job-status" />
        </p>
      )}
      {outcome?.error !== undefined && (
        <ErrorNotice error={outcome.error} action={`run job ${outcome.job}`} />
      )}
    </>
  );
}
