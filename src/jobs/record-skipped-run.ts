import type { JobRun } from '../core/entities/job-run.js';
import type { JobTrigger } from './job-definition.js';
import { JobLog } from './job-log.js';
import type { RunJobDeps } from './run-job.js';

/**
 * Records a run that did not happen because the job was already running (one run per job at a
 * time), so that the history shows every occurrence and trigger, and a caller gets a JobRun back.
 */
export async function recordSkippedRun(
  jobName: string,
  trigger: JobTrigger,
  reason: string,
  deps: RunJobDeps,
): Promise<JobRun> {
  const run = await deps.monitoring.startJobRun({ jobName, trigger, startedAt: deps.clock.now() });
  const log = new JobLog(deps.clock);
  log.add(`skipped (${trigger}): ${reason}`);
  return deps.monitoring.finishJobRun(run.id, {
    status: 'skipped',
    log: log.text(),
    finishedAt: deps.clock.now(),
  });
}
