import { randomUUID } from 'node:crypto';
import { Cron } from 'croner';
import type { JobRun } from '../core/entities/job-run.js';
import { SextantError } from '../core/sextant-error.js';
import { checkJobDefinitions } from './check-job-definitions.js';
import { checkTimezone } from './check-timezone.js';
import type { JobDefinition, JobTrigger } from './job-definition.js';
import type { JobScheduler, ScheduledJob } from './job-scheduler.js';
import { nextRunAt } from './next-run-at.js';
import { recordSkippedRun } from './record-skipped-run.js';
import { runJob } from './run-job.js';
import type { SchedulerOptions } from './scheduler-options.js';
import { unknownJob } from './unknown-job.js';

interface ActiveRun {
  readonly startedAt: Date;
  readonly controller: AbortController;
  readonly done: Promise<JobRun>;
}

/**
 * The in-process scheduler: one croner timer per scheduled job, in the server process, for a
 * workspace with a single server (SQLite). One run per job at a time: an occurrence or trigger that
 * comes while the job runs is recorded as a `skipped` run. With several servers on one database, use
 * the pg-boss scheduler instead, or every server would run every occurrence.
 *
 * Timers are named `sextant-<instance>-<job>` in croner's `scheduledJobs`, so an operator (or a test)
 * can see what is scheduled and fire it through croner itself.
 */
export class EmbeddedScheduler implements JobScheduler {
  private readonly timezone: string;
  private readonly instance = randomUUID().slice(0, 8);
  private jobs = new Map<string, JobDefinition>();
  private readonly timers = new Map<string, Cron>();
  private readonly active = new Map<string, ActiveRun>();
  private state: 'idle' | 'started' | 'stopped' = 'idle';

  constructor(private readonly options: SchedulerOptions) {
    this.timezone = checkTimezone(options.timezone ?? 'UTC');
  }

  async start(): Promise<void> {
    if (this.state === 'stopped') throw draining();
    if (this.state === 'started') return;
    this.state = 'started';
    this.schedule();
  }

  async stop(options: { abort?: boolean } = {}): Promise<void> {
    this.state = 'stopped';
    this.unschedule();
    const runs = [...this.active.values()];
    if (options.abort) for (const run of runs) run.controller.abort(draining());
    await Promise.allSettled(runs.map((run) => run.done));
  }

  async setJobs(definitions: readonly JobDefinition[]): Promise<void> {
    const jobs = checkJobDefinitions(definitions);
    this.unschedule();
    this.jobs = jobs;
    if (this.state === 'started') this.schedule();
  }

  async listJobs(): Promise<ScheduledJob[]> {
    const now = this.options.clock.now();
    return [...this.jobs.values()]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .map((job) => ({
        name: job.name,
        kind: job.kind,
        modelName: job.modelName,
        schedule: job.schedule,
        nextRunAt: nextRunAt(job.schedule, this.timezone, now),
        running: this.active.has(job.name),
      }));
  }

  async trigger(name: string, trigger: Exclude<JobTrigger, 'schedule'> = 'manual'): Promise<JobRun> {
    if (this.state === 'stopped') throw draining();
    const job = this.jobs.get(name);
    if (job === undefined) throw unknownJob(name, this.jobs.keys());
    return this.launch(job, trigger);
  }

  /** Runs the job unless it is running already; either way resolves with the recorded run. */
  private launch(job: JobDefinition, trigger: JobTrigger): Promise<JobRun> {
    const deps = { monitoring: this.options.monitoring, clock: this.options.clock };
    const current = this.active.get(job.name);
    if (current !== undefined) {
      const reason = `${job.name} is already running (since ${current.startedAt.toISOString()})`;
      return recordSkippedRun(job.name, trigger, reason, deps);
    }
    const controller = new AbortController();
    const done = runJob(job, trigger, deps, controller.signal).finally(() => this.active.delete(job.name));
    this.active.set(job.name, { startedAt: this.options.clock.now(), controller, done });
    return done;
  }

  private schedule(): void {
    for (const job of this.jobs.values()) {
      if (job.schedule === null) continue;
      const timer = new Cron(
        job.schedule,
        {
          name: `sextant-${this.instance}-${job.name}`,
          mode: '5-part',
          timezone: this.timezone,
          unref: true,
        },
        () => this.onOccurrence(job.name),
      );
      this.timers.set(job.name, timer);
    }
  }

  private unschedule(): void {
    for (const timer of this.timers.values()) timer.stop();
    this.timers.clear();
  }

  /** A cron occurrence: nobody awaits it, so a failure to record it goes to `onError`. */
  private onOccurrence(name: string): void {
    const job = this.jobs.get(name);
    if (job === undefined || this.state !== 'started') return;
    this.launch(job, 'schedule').catch((error: unknown) => this.options.onError?.(error, name));
  }
}

function draining(): SextantError {
  return new SextantError('SERVER_DRAINING', 'the job scheduler is stopped and takes no new runs');
}
