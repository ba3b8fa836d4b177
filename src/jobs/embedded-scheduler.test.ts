import { join } from 'node:path';
import { scheduledJobs } from 'croner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../core/clock.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { SextantError } from '../core/sextant-error.js';
import { createSqliteStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { EmbeddedScheduler } from './embedded-scheduler.js';
import type { JobContext, JobDefinition } from './job-definition.js';

const { dir } = tempFolder('sextant-embedded-scheduler-');
let store: MetadataStore;
beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
});
afterAll(() => store.close());

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

/** A promise the test resolves when it chooses, to hold a job in the middle of its run. */
function gate(): { promise: Promise<void>; open(): void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

let jobCounter = 0;
/** A job with a unique name, so each test reads only its own runs from the shared store. */
function job(
  run: (context: JobContext) => Promise<void>,
  schedule: string | null = '0 */6 * * *',
): JobDefinition {
  jobCounter += 1;
  return {
    name: `monitor:model${jobCounter}`,
    kind: 'monitor',
    modelName: `model${jobCounter}`,
    schedule,
    run,
  };
}

describe('EmbeddedScheduler', () => {
  it('runs a triggered job and records its trigger, status, log and duration', async () => {
    const clock = manualClock('2024-03-04T10:00:00Z');
    const definition = job(async ({ log, trigger }) => {
      log(`checking drift (${trigger})`);
      clock.advance(1500);
      log('no drift');
    });
    const scheduler = new EmbeddedScheduler({ monitoring: store.monitoring, clock });
    await scheduler.setJobs([definition]);
    const run = await scheduler.trigger(definition.name, 'api');
    expect(run).toMatchObject({ jobName: definition.name, trigger: 'api', status: 'succeeded', error: null });
    expect(run.finishedAt!.getTime() - run.startedAt.getTime()).toBe(1500);
    expect(run.log.split('\n')).toEqual([
      `2024-03-04T10:00:00.000Z ${definition.name} started (api)`,
      '2024-03-04T10:00:00.000Z checking drift (api)',
      '2024-03-04T10:00:01.500Z no drift',
      '2024-03-04T10:00:01.500Z succeeded after 1500 ms',
    ]);
    expect(await store.monitoring.listJobRuns({ jobName: definition.name })).toEqual([run]);
  });

  it('records a job that throws as a failed run with its error, without throwing', async () => {
    const clock = manualClock('2024-03-04T10:00:00Z');
    const definition = job(async ({ log }) => {
      log('loading the production model');
      throw new SextantError('MODEL_NOT_FOUND', 'no model tickets');
    });
    const scheduler = new EmbeddedScheduler({ monitoring: store.monitoring, clock });
    await scheduler.setJobs([definition]);
    const run = await scheduler.trigger(definition.name);
    expect(run).toMatchObject({
      trigger: 'manual',
      status: 'failed',
      error: 'MODEL_NOT_FOUND: no model tickets',
    });
    expect(run.log).toContain('loading the production model');
    expect(run.log).toContain('failed: MODEL_NOT_FOUND: no model tickets after 0 ms');
  });

  it('runs one run per job at a time: a trigger during a run is skipped, the job ran once', async () => {
    const clock = manualClock('2024-03-04T10:00:00Z');
    const hold = gate();
    let executions = 0;
    const definition = job(async () => {
      executions += 1;
      await hold.promise;
    });
    const other = job(async () => undefined);
    const scheduler = new EmbeddedScheduler({ monitoring: store.monitoring, clock });
    await scheduler.setJobs([definition, other]);
    const first = scheduler.trigger(definition.name);
    const second = await scheduler.trigger(definition.name, 'api');
    expect(second).toMatchObject({ status: 'skipped', trigger: 'api' });
    expect(second.log).toContain(`${definition.name} is already running (since 2024-03-04T10:00:00.000Z)`);
    // Another job is not blocked by it.
    expect(await scheduler.trigger(other.name)).toMatchObject({ status: 'succeeded' });
    expect((await scheduler.listJobs()).map((j) => [j.name, j.running])).toEqual([
      [definition.name, true],
      [other.name, false],
    ]);
    hold.open();
    expect(await first).toMatchObject({ status: 'succeeded', trigger: 'manual' });
    expect(executions).toBe(1);
    expect((await scheduler.listJobs())[0]!.running).toBe(false);
    // Once the run is over, the job can run again.
    expect(await scheduler.trigger(definition.name)).toMatchObject({ status: 'succeeded' });
    expect(executions).toBe(2);
    const statuses = (await store.monitoring.listJobRuns({ jobName: definition.name })).map((r) => r.status);
    expect(statuses.sort()).toEqual(['skipped', 'succeeded', 'succeeded']);
  });

  it('lists jobs with their next run from the injected clock, in the configured time zone', async () => {
    // Monday 2024-01-01 05:00 UTC is 06:00 in Paris: monitoring next at 12:00 Paris time, retraining
    // next Monday at 03:00 Paris time (this Monday's 03:00 has passed).
    const clock = manualClock('2024-01-01T05:00:00Z');
    const scheduler = new EmbeddedScheduler({
      monitoring: store.monitoring,
      clock,
      timezone: 'Europe/Paris',
    });
    const run = async (): Promise<void> => undefined;
    await scheduler.setJobs([
      { name: 'retrain:tickets', kind: 'retrain', modelName: 'tickets', schedule: '0 3 * * 1', run },
      { name: 'monitor:tickets', kind: 'monitor', modelName: 'tickets', schedule: ' 0 */6 * * * ', run },
      { name: 'monitor:manual', kind: 'monitor', modelName: 'manual', schedule: null, run },
    ]);
    expect(await scheduler.listJobs()).toEqual([
      {
        name: 'monitor:manual',
        kind: 'monitor',
        modelName: 'manual',
        schedule: null,
        nextRunAt: null,
        running: false,
      },
      {
        name: 'monitor:tickets',
        kind: 'monitor',
        modelName: 'tickets',
        schedule: '0 */6 * * *',
        nextRunAt: new Date('2024-01-01T12:00:00+01:00'),
        running: false,
      },
      {
        name: 'retrain:tickets',
        kind: 'retrain',
        modelName: 'tickets',
        schedule: '0 3 * * 1',
        nextRunAt: new Date('2024-01-08T03:00:00+01:00'),
        running: false,
      },
    ]);
    // At exactly 12:00 Paris time the next run is the following one.
    clock.advance(6 * 60 * 60 * 1000);
    expect((await scheduler.listJobs())[1]!.nextRunAt).toEqual(new Date('2024-01-01T18:00:00+01:00'));
  });

  it('rejects duplicate names, invalid schedules, unknown jobs and time zones with INVALID_ARGUMENT', async () => {
    const clock = manualClock('2024-03-04T10:00:00Z');
    const scheduler = new EmbeddedScheduler({ monitoring: store.monitoring, clock });
    const kept = job(async () => undefined);
    await scheduler.setJobs([kept]);
    const duplicate = await catchSextantError(scheduler.setJobs([kept, kept]));
    expect(duplicate.code).toBe('INVALID_ARGUMENT');
    const invalid = await catchSextantError(scheduler.setJobs([job(async () => undefined, '0 25 * * *')]));
    expect(invalid.message).toContain('schedule of job');
    // The previous jobs stay in place after a rejected change.
    expect((await scheduler.listJobs()).map((j) => j.name)).toEqual([kept.name]);
    const unknown = await catchSextantError(scheduler.trigger('retrain:nope'));
    expect(unknown).toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { job: 'retrain:nope', jobs: [kept.name] },
    });
    expect(
      () => new EmbeddedScheduler({ monitoring: store.monitoring, clock, timezone: 'Mars/Olympus' }),
    ).toThrow('unknown time zone "Mars/Olympus"');
  });

  it('registers one croner timer per scheduled job, and an occurrence records a schedule-triggered run', async () => {
    const clock = manualClock('2024-03-04T10:00:00Z');
    const hold = gate();
    let executions = 0;
    const scheduled = job(async () => {
      executions += 1;
      await hold.promise;
    }, '30 2 * * *');
    const manualOnly = job(async () => undefined, null);
    const scheduler = new EmbeddedScheduler({ monitoring: store.monitoring, clock });
    await scheduler.setJobs([scheduled, manualOnly]);
    const before = new Set(scheduledJobs);
    await scheduler.start();
    const timers = scheduledJobs.filter((timer) => !before.has(timer));
    expect(timers.map((timer) => [timer.name?.endsWith(`-${scheduled.name}`), timer.getPattern()])).toEqual([
      [true, '30 2 * * *'],
    ]);
    expect(timers[0]!.nextRun(new Date('2024-03-04T10:00:00Z'))).toEqual(new Date('2024-03-05T02:30:00Z'));

    // Fire the real timer through croner, twice while the first run holds: the second is skipped.
    await timers[0]!.trigger();
    await timers[0]!.trigger();
    hold.open();
    await scheduler.stop();
    expect(executions).toBe(1);
    const runs = await store.monitoring.listJobRuns({ jobName: scheduled.name });
    expect(runs.map((run) => [run.trigger, run.status]).sort()).toEqual([
      ['schedule', 'skipped'],
      ['schedule', 'succeeded'],
    ]);
    // Stopping removed the timer from croner.
    expect(scheduledJobs.filter((timer) => !before.has(timer))).toEqual([]);
  });

  it('replaces timers when the jobs change after start', async () => {
    const clock = manualClock('2024-03-04T10:00:00Z');
    const scheduler = new EmbeddedScheduler({ monitoring: store.monitoring, clock });
    const before = new Set(scheduledJobs);
    const first = job(async () => undefined, '0 * * * *');
    await scheduler.setJobs([first]);
    await scheduler.start();
    const second = job(async () => undefined, '15 4 * * 2');
    await scheduler.setJobs([second]);
    const mine = scheduledJobs.filter((timer) => !before.has(timer));
    expect(mine.map((timer) => [timer.name?.endsWith(`-${second.name}`), timer.getPattern()])).toEqual([
      [true, '15 4 * * 2'],
    ]);
    await scheduler.stop();
  });

  it('stop waits for a running job, aborts it on request, and refuses new triggers', async () => {
    const clock = manualClock('2024-03-04T10:00:00Z');
    let sawAbort = false;
    const started = gate();
    const definition = job(
      (context) =>
        new Promise<void>((_, reject) => {
          started.open();
          context.signal.addEventListener('abort', () => {
            sawAbort = true;
            reject(new Error('aborted: the server is stopping'));
          });
        }),
    );
    const scheduler = new EmbeddedScheduler({ monitoring: store.monitoring, clock });
    await scheduler.setJobs([definition]);
    await scheduler.start();
    const running = scheduler.trigger(definition.name);
    await started.promise;
    await scheduler.stop({ abort: true });
    expect(sawAbort).toBe(true);
    expect(await running).toMatchObject({ status: 'failed', error: 'aborted: the server is stopping' });
    expect((await catchSextantError(scheduler.trigger(definition.name))).code).toBe('SERVER_DRAINING');
    expect((await catchSextantError(scheduler.start())).code).toBe('SERVER_DRAINING');
  });

  it('reports an occurrence whose run cannot be recorded to onError', async () => {
    const closed = await createSqliteStore(join(dir, 'closed.db'));
    await closed.close();
    const errors: [string, string][] = [];
    const scheduler = new EmbeddedScheduler({
      monitoring: closed.monitoring,
      clock: manualClock('2024-03-04T10:00:00Z'),
      onError: (error, jobName) => errors.push([jobName, (error as Error).message]),
    });
    const definition = job(async () => undefined, '0 0 * * *');
    await scheduler.setJobs([definition]);
    const before = new Set(scheduledJobs);
    await scheduler.start();
    const [timer] = scheduledJobs.filter((candidate) => !before.has(candidate));
    await timer!.trigger();
    await scheduler.stop();
    expect(errors).toHaveLength(1);
    expect(errors[0]![0]).toBe(definition.name);
  });
});
