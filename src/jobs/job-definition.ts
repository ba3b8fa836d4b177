import type { JobRun } from '../core/entities/job-run.js';

/** What a job does for its model: a monitoring run or a retrain. */
export type JobKind = 'monitor' | 'retrain';

/** Who started a run: a cron occurrence, a person at the CLI or dashboard, or an API client. */
export type JobTrigger = JobRun['trigger'];

/** What a running job gets: why it runs, where its log lines go, and when to give up. */
export interface JobContext {
  readonly trigger: JobTrigger;
  /** Appends one line to the run's log (stored in its JobRun). */
  log(line: string): void;
  /** Aborted when the scheduler stops with `abort: true`; long jobs should check it between steps. */
  readonly signal: AbortSignal;
}

/**
 * One schedulable job, `monitor:tickets` or `retrain:tickets`: a cron schedule and the work to do.
 * The work fails by throwing; its log lines and the error message end up in the JobRun, never
 * thrown out of the scheduler.
 *
 * @example { name: 'monitor:tickets', kind: 'monitor', modelName: 'tickets', schedule: '0 *\/6 * * *', run }
 */
export interface JobDefinition {
  /** Unique among a scheduler's jobs; `kind:modelName` by convention. */
  readonly name: string;
  readonly kind: JobKind;
  readonly modelName: string;
  /** A five-field cron expression, or null when the job only runs when triggered. */
  readonly schedule: string | null;
  readonly run: (context: JobContext) => Promise<void>;
}
