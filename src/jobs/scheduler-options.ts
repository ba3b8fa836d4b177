import type { Clock } from '../core/clock.js';
import type { MonitoringRepository } from '../core/ports/monitoring-repository.js';

/** What every JobScheduler implementation needs. */
export interface SchedulerOptions {
  /** Where job runs are recorded (the workspace's MonitoringRepository). */
  readonly monitoring: Pick<MonitoringRepository, 'startJobRun' | 'finishJobRun' | 'listJobRuns'>;
  /** Stamps runs and log lines and is the "now" of `nextRunAt`; cron timers themselves use real time. */
  readonly clock: Clock;
  /** IANA time zone the cron expressions are read in; default `UTC`, like a Kubernetes CronJob's default. */
  readonly timezone?: string;
  /**
   * Told about failures that have no caller to reject: a scheduled run whose history could not be
   * written, a pg-boss connection error. Default: ignored (the server passes its logger).
   */
  readonly onError?: (error: unknown, jobName: string) => void;
}
