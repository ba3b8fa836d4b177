import type { JobRun } from '../core/entities/job-run.js';
import type { JobDefinition, JobKind, JobTrigger } from './job-definition.js';

/** A job as `GET /v1/jobs` lists it. */
export interface ScheduledJob {
  readonly name: string;
  readonly kind: JobKind;
  readonly modelName: string;
  /** The cron expression, or null when the job only runs when triggered. */
  readonly schedule: string | null;
  /** The next occurrence of the schedule after now, in the scheduler's time zone; null without one. */
  readonly nextRunAt: Date | null;
  /** A run of this job is in progress (on any instance, for a shared scheduler). */
  readonly running: boolean;
}

/**
 * Runs monitoring and retraining jobs on their cron schedules and on demand, one run per job at a
 * time, recording every run (status, log, error, start and finish) in the MonitoringRepository.
 * Two implementations: in process with croner (SQLite, one server), and on PostgreSQL with pg-boss
 * (many servers, each scheduled occurrence run once).
 */
export interface JobScheduler {
  /** Starts the schedules of the current jobs. */
  start(): Promise<void>;
  /**
   * Stops the schedules, takes no new triggers (SERVER_DRAINING) and waits for running jobs to end;
   * with `abort: true` it aborts their signals first.
   */
  stop(options?: { abort?: boolean }): Promise<void>;
  /**
   * Replaces the job definitions (when models appear, disappear or change their schedule tags).
   * Names must be unique and schedules valid five-field cron expressions (INVALID_ARGUMENT).
   * A run in progress of a removed job finishes undisturbed.
   */
  setJobs(definitions: readonly JobDefinition[]): Promise<void>;
  /** Every job, sorted by name. */
  listJobs(): Promise<ScheduledJob[]>;
  /**
   * Runs the job now and resolves with its finished JobRun; a run with status `skipped` when the job
   * is already running. INVALID_ARGUMENT for an unknown job name.
   */
  trigger(name: string, trigger?: Exclude<JobTrigger, 'schedule'>): Promise<JobRun>;
}
