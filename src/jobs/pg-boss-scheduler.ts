import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
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

export interface PgBossSchedulerOptions extends SchedulerOptions {
  readonly connectionString: string;
  /** PostgreSQL schema for pg-boss's tables; default `sextant_jobs`. Every instance must use the same. */
  readonly schema?: string;
  /** Seconds between an instance's polls of each job queue (at least 0.5); default 5. */
  readonly pollingIntervalSeconds?: number;
  /** Seconds between pg-boss's checks of the cron schedules (1 to 45); default pg-boss's 30. */
  readonly cronMonitorIntervalSeconds?: number;
  /** Seconds between moves of due occurrences into their job queues (1 to 45); default pg-boss's 5. */
  readonly cronWorkerIntervalSeconds?: number;
  /** Longest run, in seconds, before pg-boss marks it failed and frees its slot (under 24 h); default 6 h. */
  readonly maxRunSeconds?: number;
  /** Milliseconds between checks on a triggered run that executes on another instance; default 250. */
  readonly triggerPollMs?: number;
}

const TRIGGERS: readonly JobTrigger[] = ['schedule', 'manual', 'api'];

/** What a job queue's message carries. */
interface JobMessage {
  readonly trigger?: JobTrigger;
}

/**
 * The scheduler for several server instances on one PostgreSQL database, on pg-boss. Each job is a
 * pg-boss queue named after it, with the `stately` policy: at most one run active and one waiting,
 * across every instance, enforced by unique indexes in the database. pg-boss's timekeeper turns each
 * cron occurrence into one message (one instance checks the schedules per interval, and the message
 * is de-duplicated per minute), and `SELECT ... FOR UPDATE SKIP LOCKED` hands it to exactly one
 * worker. So each scheduled occurrence runs once, on whichever instance polls first.
 *
 * A trigger while the job is running or queued is recorded as `skipped` right away. Otherwise the
 * trigger queues a message, wakes this instance's worker, and waits for the run, wherever it executes.
 * An occurrence that falls while the job runs waits in the queue and runs when the job ends.
 */
export class PgBossScheduler implements JobScheduler {
  private readonly timezone: string;
  private boss: PgBoss | undefined;
  private jobs = new Map<string, JobDefinition>();
  /** pg-boss worker id per job queue this instance works. */
  private readonly workers = new Map<string, string>();
  /** Runs executing in this process, by pg-boss job id. */
  private readonly local = new Map<string, { done: Promise<JobRun>; controller: AbortController }>();
  /** Serializes queue and schedule changes, so that setJobs calls apply in order. */
  private changes: Promise<void> = Promise.resolve();
  private state: 'idle' | 'started' | 'stopped' = 'idle';
  private starting: Promise<void> | undefined;

  constructor(private readonly options: PgBossSchedulerOptions) {
    this.timezone = checkTimezone(options.timezone ?? 'UTC');
  }

  async start(): Promise<void> {
    if (this.state === 'stopped') throw draining();
    this.starting ??= this.connect().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async connect(): Promise<void> {
    if (this.boss !== undefined) return;
    const boss = new PgBoss(this.bossConfig());
    boss.on('error', (error) => this.options.onError?.(error, 'pg-boss'));
    try {
      await boss.start();
    } catch (error) {
      throw new SextantError('DATABASE_UNAVAILABLE', `cannot start the job queue: ${messageOf(error)}`, {
        schema: this.schema,
      });
    }
    this.boss = boss;
    this.state = 'started';
    await this.change(() => this.apply(new Map()));
  }

  async stop(options: { abort?: boolean } = {}): Promise<void> {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    const boss = this.boss;
    await this.changes.catch(() => undefined);
    if (boss !== undefined) for (const name of this.workers.keys()) await boss.offWork(name);
    const runs = [...this.local.values()];
    if (options.abort) for (const run of runs) run.controller.abort(draining());
    await Promise.allSettled(runs.map((run) => run.done));
    await boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }

  async setJobs(definitions: readonly JobDefinition[]): Promise<void> {
    const jobs = checkJobDefinitions(definitions);
    await this.change(async () => {
      const previous = this.jobs;
      this.jobs = jobs;
      await this.apply(previous);
    });
  }

  async listJobs(): Promise<ScheduledJob[]> {
    const now = this.options.clock.now();
    const jobs = [...this.jobs.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return Promise.all(
      jobs.map(async (job) => ({
        name: job.name,
        kind: job.kind,
        modelName: job.modelName,
        schedule: job.schedule,
        nextRunAt: nextRunAt(job.schedule, this.timezone, now),
        running: (await this.activeCount(job.name)) > 0,
      })),
    );
  }

  async trigger(name: string, trigger: Exclude<JobTrigger, 'schedule'> = 'manual'): Promise<JobRun> {
    const boss = this.started();
    if (!this.jobs.has(name)) throw unknownJob(name, this.jobs.keys());
    const deps = { monitoring: this.options.monitoring, clock: this.options.clock };
    // Queued counts as busy too: the waiting run will start as soon as the current one ends.
    if ((await boss.getQueueSize(name, { before: 'completed' })) > 0) {
      return recordSkippedRun(name, trigger, `${name} is already running or queued`, deps);
    }
    const message: JobMessage = { trigger };
    const id = await boss.send(name, message, { retryLimit: 0 });
    // null: another trigger or occurrence took the queue's one waiting place in between.
    if (id === null) return recordSkippedRun(name, trigger, `${name} is already queued`, deps);
    const worker = this.workers.get(name);
    if (worker !== undefined) boss.notifyWorker(worker);
    return this.waitFor(name, id);
  }

  /** The pg-boss work handler: runs the job and completes its message with the run's id. */
  private async execute(messages: PgBoss.Job<JobMessage>[]): Promise<{ jobRunId: number }> {
    const [message] = messages;
    if (message === undefined) throw new Error('pg-boss handed over an empty batch');
    const job = this.jobs.get(message.name);
    if (job === undefined) throw unknownJob(message.name, this.jobs.keys());
    const controller = new AbortController();
    const deps = { monitoring: this.options.monitoring, clock: this.options.clock };
    const trigger = TRIGGERS.find((known) => known === message.data?.trigger) ?? 'schedule';
    const done = runJob(job, trigger, deps, controller.signal);
    this.local.set(message.id, { done, controller });
    try {
      return { jobRunId: (await done).id };
    } finally {
      this.local.delete(message.id);
    }
  }

  /**
   * Waits for a queued message's run, wherever it executes, and until pg-boss has released the job's
   * slot: a trigger that returns leaves the job free to run again. When this instance took the
   * message, its run is awaited in process, and its failure to record the run is rethrown as is.
   */
  private async waitFor(name: string, id: string): Promise<JobRun> {
    const pollMs = this.options.triggerPollMs ?? 250;
    let finished: JobRun | undefined;
    for (;;) {
      const local = this.local.get(id);
      if (local !== undefined) {
        finished = await local.done;
        // Stopping: pg-boss completes the message as it shuts down, and there is no one left to poll.
        if (this.state !== 'started') return finished;
      }
      const boss = this.started();
      const message = await boss.getJobById<JobMessage>(name, id, { includeArchive: true });
      if (message?.state === 'completed') return finished ?? this.findRun(name, message.output);
      if (message === null || message.state === 'failed' || message.state === 'cancelled') {
        const state = message === null ? 'deleted' : message.state;
        throw new SextantError('INTERNAL', `the queued run of ${name} ended as ${state} without a job run`, {
          job: name,
          queueJobId: id,
          output: message?.output ?? null,
        });
      }
      await sleep(pollMs);
    }
  }

  private async findRun(name: string, output: object | null | undefined): Promise<JobRun> {
    const jobRunId = (output as { jobRunId?: unknown } | null | undefined)?.jobRunId;
    const runs = await this.options.monitoring.listJobRuns({ jobName: name, limit: 20 });
    const run = runs.find((candidate) => candidate.id === jobRunId);
    if (run === undefined) {
      throw new SextantError(
        'RUN_NOT_FOUND',
        `the run of ${name} finished but job run ${jobRunId} is not recorded`,
        {
          job: name,
          jobRunId,
        },
      );
    }
    return run;
  }

  /** Makes pg-boss's queues, schedules and this instance's workers match the job list. */
  private async apply(previous: Map<string, JobDefinition>): Promise<void> {
    const boss = this.boss;
    if (boss === undefined || this.state !== 'started') return;
    for (const name of previous.keys()) {
      if (this.jobs.has(name)) continue;
      const worker = this.workers.get(name);
      if (worker !== undefined) await boss.offWork({ id: worker });
      this.workers.delete(name);
      await boss.unschedule(name);
    }
    for (const job of this.jobs.values()) {
      await this.createQueue(boss, job.name);
      if (job.schedule === null) await boss.unschedule(job.name);
      else
        await boss.schedule(
          job.name,
          job.schedule,
          { trigger: 'schedule' },
          { tz: this.timezone, retryLimit: 0 },
        );
      if (!this.workers.has(job.name)) {
        const options = { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 5, batchSize: 1 };
        this.workers.set(
          job.name,
          await boss.work<JobMessage>(job.name, options, (batch) => this.execute(batch)),
        );
      }
    }
  }

  /** Creates the job's queue unless it exists; two instances may race to create it, and both win. */
  private async createQueue(boss: PgBoss, name: string): Promise<void> {
    const expireInSeconds = this.options.maxRunSeconds ?? 6 * 60 * 60;
    try {
      await boss.createQueue(name, { name, policy: 'stately', retryLimit: 0, expireInSeconds });
    } catch (error) {
      if ((await boss.getQueue(name)) === null) throw error;
    }
  }

  private change(work: () => Promise<void>): Promise<void> {
    const next = this.changes.then(work);
    this.changes = next.catch(() => undefined);
    return next;
  }

  private async activeCount(name: string): Promise<number> {
    const boss = this.boss;
    if (boss === undefined || this.state !== 'started') return 0;
    const notDone = await boss.getQueueSize(name, { before: 'completed' });
    const waiting = await boss.getQueueSize(name, { before: 'active' });
    return notDone - waiting;
  }

  private started(): PgBoss {
    if (this.state !== 'started' || this.boss === undefined) throw draining();
    return this.boss;
  }

  private get schema(): string {
    return this.options.schema ?? 'sextant_jobs';
  }

  /** pg-boss reads a present key as set, so options left undefined must be left out. */
  private bossConfig(): PgBoss.ConstructorOptions {
    const { cronMonitorIntervalSeconds, cronWorkerIntervalSeconds } = this.options;
    return {
      connectionString: this.options.connectionString,
      schema: this.schema,
      application_name: 'sextant-scheduler',
      ...(cronMonitorIntervalSeconds === undefined ? {} : { cronMonitorIntervalSeconds }),
      ...(cronWorkerIntervalSeconds === undefined ? {} : { cronWorkerIntervalSeconds }),
    };
  }
}

function draining(): SextantError {
  return new SextantError('SERVER_DRAINING', 'the job scheduler is not running and takes no new runs');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
