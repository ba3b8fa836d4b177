import type { Clock } from '../core/clock.js';
import type { JobRun } from '../core/entities/job-run.js';
import type { MonitoringRepository } from '../core/ports/monitoring-repository.js';
import { isSextantError } from '../core/sextant-error.js';
import type { JobDefinition, JobTrigger } from './job-definition.js';
import { JobLog } from './job-log.js';

/** Where runs are recorded and what time it is. */
export interface RunJobDeps {
  readonly monitoring: Pick<MonitoringRepository, 'startJobRun' | 'finishJobRun'>;
  readonly clock: Clock;
}

/**
 * Runs one job and records it: a `running` JobRun first, then its status (`succeeded`, or `failed`
 * when the job threw), its log with the duration on the last line, and the error message. The job's
 * own failure never escapes: it is the run's outcome. Only a failure to write the run history itself
 * (the database is down) rejects, since there is then no run to return.
 */
export async function runJob(
  definition: JobDefinition,
  trigger: JobTrigger,
  deps: RunJobDeps,
  signal: AbortSignal,
): Promise<JobRun> {
  const startedAt = deps.clock.now();
  const run = await deps.monitoring.startJobRun({ jobName: definition.name, trigger, startedAt });
  const log = new JobLog(deps.clock);
  log.add(`${definition.name} started (${trigger})`);
  let error: string | null = null;
  try {
    await definition.run({ trigger, log: (line) => log.add(line), signal });
  } catch (thrown) {
    error = describeError(thrown);
  }
  const finishedAt = deps.clock.now();
  const status = error === null ? 'succeeded' : 'failed';
  log.add(
    `${status}${error === null ? '' : `: ${error}`} after ${finishedAt.getTime() - startedAt.getTime()} ms`,
  );
  return deps.monitoring.finishJobRun(run.id, { status, log: log.text(), error, finishedAt });
}

/** A one-line message for the run's `error` field: the catalogue code when there is one, never a stack. */
function describeError(thrown: unknown): string {
  if (isSextantError(thrown)) return `${thrown.code}: ${thrown.message}`;
  if (thrown instanceof Error) return thrown.message === '' ? thrown.name : thrown.message;
  return String(thrown);
}
