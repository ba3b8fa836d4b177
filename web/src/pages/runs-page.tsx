import { apiPath } from '../api/api-path';
import type { JobInfo, JobRunInfo, Run } from '../api/api-types';
import { useApi } from '../api/use-api';
import { ApiView } from '../components/api-view';
import { ModelFilter } from '../components/model-filter';
import { TriggerPanel } from '../components/trigger-panel';
import { JobRunsTable } from './job-runs-table';
import { JobsTable } from './jobs-table';
import { RunsTable } from './runs-table';

/**
 * Runs and jobs: the scheduled jobs with a "run now" button each, the job run history with logs,
 * the tracked runs (train, retrain, monitor), and for a chosen model the monitor / retrain buttons.
 */
export function RunsPage({ model }: { readonly model: string | null }) {
  const jobs = useApi<{ jobs: JobInfo[] }>('v1/jobs');
  const jobRuns = useApi<{ runs: JobRunInfo[] }>(apiPath(['v1', 'jobs', 'runs'], { limit: 100 }));
  const runs = useApi<{ runs: Run[] }>(apiPath(['v1', 'runs'], { model, limit: 50 }));
  const reloadAll = () => {
    jobs.reload();
    jobRuns.reload();
    runs.reload();
  };
  const modelJobs = (list: readonly JobInfo[]) => list.filter((j) => model === null || j.modelName === model);

  return (
    <section>
      <div className="page-head">
        <h1>Runs and jobs</h1>
        <ModelFilter page="runs" model={model} />
        <button type="button" className="secondary" onClick={reloadAll} data-testid="reload">
          Refresh
        </button>
      </div>
      <div className="panel">
        <h2>Actions</h2>
        {model === null ? (
          <p className="muted" data-testid="trigger-pick-model">
            Choose a model above to run its monitoring or retrain it now.
          </p>
        ) : (
          <TriggerPanel model={model} onDone={reloadAll} />
        )}
      </div>
      <div className="panel">
        <h2>Jobs</h2>
        <ApiView state={jobs} action="list the jobs">
          {(data) => <JobsTable jobs={modelJobs(data.jobs)} onTriggered={reloadAll} />}
        </ApiView>
      </div>
      <div className="panel">
        <h2>Job runs</h2>
        <ApiView state={jobRuns} action="list the job runs">
          {(data) => {
            const names =
              jobs.data === undefined ? undefined : new Set(modelJobs(jobs.data.jobs).map((j) => j.name));
            const shown =
              model === null || names === undefined
                ? data.runs
                : data.runs.filter((r) => names.has(r.jobName));
            return <JobRunsTable runs={shown} />;
          }}
        </ApiView>
      </div>
      <div className="panel">
        <h2>Runs</h2>
        <ApiView state={runs} action="list the runs">
          {(data) => <RunsTable runs={data.runs} />}
        </ApiView>
      </div>
    </section>
  );
}
