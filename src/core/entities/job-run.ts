export type JobRunStatus = 'running' | 'succeeded' | 'failed' | 'skipped';

/** One execution of a scheduled or manually triggered job. */
export interface JobRun {
  readonly id: number;
  /** The job's name, for example `monitor:tickets` or `retrain:tickets`. */
  readonly jobName: string;
  readonly trigger: 'schedule' | 'manual' | 'api';
  readonly status: JobRunStatus;
  readonly log: string;
  readonly error: string | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
}

export type NewJobRun = Pick<JobRun, 'jobName' | 'trigger' | 'startedAt'>;
