import { setTimeout as sleep } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../core/clock.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { createPostgresStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import {
  dropSchema,
  freshSchema,
  postgresTestUrl,
  probePostgres,
  withPgClient,
} from '../test-support/postgres-test-target.js';
import type { JobContext, JobDefinition } from './job-definition.js';
import { PgBossScheduler } from './pg-boss-scheduler.js';

const unreachable = await probePostgres();
const where = postgresTestUrl.replace(/\/\/([^/:@]*):[^/]*@/, '//$1:***@');

if (unreachable !== undefined && process.env.CI) {
  describe('PgBossScheduler', () => {
    it(`reaches PostgreSQL at ${where} (required when CI is set)`, () => {
      throw new Error(`PostgreSQL is unreachable at ${where}: ${unreachable}`);
    });
  });
} else if (unreachable !== undefined) {
  console.warn(`\n[sextant] pg-boss scheduler tests SKIPPED: cannot reach ${where} (${unreachable}).\n`);
  describe.skip('PgBossScheduler (PostgreSQL unreachable)', () => {
    it('needs a running PostgreSQL', () => undefined);
  });
} else {
  describe('PgBossScheduler', () => {
    const schemas: string[] = [];
    const running: PgBossScheduler[] = [];
    let store: MetadataStore;

    beforeAll(async () => {
      const storeSchema = freshSchema('jobs');
      schemas.push(storeSchema);
      store = await createPostgresStore(postgresTestUrl, { schema: storeSchema });
    });
    afterEach(async () => {
      await Promise.all(running.splice(0).map((scheduler) => scheduler.stop()));
    });
    afterAll(async () => {
      await store?.close();
      for (const schema of schemas) await dropSchema(schema);
    });

    /** `count` server instances sharing one fresh pg-boss schema (and the store), started with `jobs`. */
    async function instances(
      count: number,
      jobs: JobDefinition[],
      timezone = 'UTC',
    ): Promise<PgBossScheduler[]> {
      const schema = freshSchema('boss');
      schemas.push(schema);
      const made = Array.from(
        { length: count },
        () =>
          new PgBossScheduler({
            connectionString: postgresTestUrl,
            schema,
            monitoring: store.monitoring,
            clock: systemClock,
            timezone,
            // pg-boss's own defaults check schedules every 30 s; the tests use its fastest settings.
            pollingIntervalSeconds: 0.5,
            cronMonitorIntervalSeconds: 1,
            cronWorkerIntervalSeconds: 1,
            triggerPollMs: 50,
          }),
      );
      running.push(...made);
      for (const scheduler of made) {
        await scheduler.setJobs(jobs);
        await scheduler.start();
      }
      return made;
    }

    /** A raw pg-boss client on a scheduler's schema, to look at queues and schedules through pg-boss's API. */
    async function inspect<T>(schema: string, look: (boss: PgBoss) => Promise<T>): Promise<T> {
      const boss = new PgBoss({
        connectionString: postgresTestUrl,
        schema,
        schedule: false,
        supervise: false,
      });
      boss.on('error', () => undefined);
      await boss.start();
      try {
        return await look(boss);
      } finally {
        await boss.stop({ graceful: false });
      }
    }

    function gate(): { promise: Promise<void>; open(): void } {
      let open = (): void => undefined;
      const promise = new Promise<void>((resolve) => (open = resolve));
      return { promise, open };
    }

    const job = (
      name: string,
      schedule: string | null,
      run: (context: JobContext) => Promise<void>,
    ): JobDefinition => ({
      name,
      kind: name.startsWith('retrain:') ? 'retrain' : 'monitor',
      modelName: name.slice(name.indexOf(':') + 1),
      schedule,
      run,
    });

    it('runs a triggered job once across two instances; a trigger on the other one meanwhile is skipped', async () => {
      const started = gate();
      const hold = gate();
      let executions = 0;
      const definition = job('monitor:triggered', null, async ({ log }) => {
        executions += 1;
        log('working');
        started.open();
        await hold.promise;
      });
      const [a, b] = await instances(2, [definition]);
      const first = a!.trigger(definition.name);
      await started.promise;
      // Both instances see the run, wherever it executes.
      expect((await a!.listJobs())[0]).toMatchObject({ name: definition.name, running: true });
      expect((await b!.listJobs())[0]).toMatchObject({ name: definition.name, running: true });
      const second = await b!.trigger(definition.name, 'api');
      expect(second).toMatchObject({ status: 'skipped', trigger: 'api' });
      hold.open();
      const run = await first;
      expect(run).toMatchObject({ jobName: definition.name, status: 'succeeded', trigger: 'manual' });
      expect(run.log).toContain('working');
      expect(executions).toBe(1);
      const runs = await store.monitoring.listJobRuns({ jobName: definition.name });
      expect(runs.map((r) => r.status).sort()).toEqual(['skipped', 'succeeded']);
      expect((await b!.listJobs())[0]!.running).toBe(false);
      // The other instance can trigger it now, and waits for the run wherever it executes.
      expect(await b!.trigger(definition.name)).toMatchObject({ status: 'succeeded' });
      expect(executions).toBe(2);
    });

    it('runs a scheduled occurrence exactly once with two instances polling the same schedule', async () => {
      // pg-boss fires an occurrence in the minute after it: start far enough from the minute's end.
      const intoMinute = Date.now() % 60_000;
      if (intoMinute > 50_000) await sleep(60_000 - intoMinute + 200);
      const now = new Date();
      const thisMinute = `${now.getUTCMinutes()} ${now.getUTCHours()} ${now.getUTCDate()} ${now.getUTCMonth() + 1} *`;
      const done = gate();
      let executions = 0;
      const definition = job('monitor:scheduled', thisMinute, async ({ trigger, log }) => {
        executions += 1;
        log(`occurrence (${trigger})`);
        done.open();
      });
      const [a] = await instances(2, [definition]);
      const schema = schemas.at(-1)!;
      await done.promise;
      // Let both instances' timekeepers check the schedule twice more within the same minute, then make
      // sure nothing else was queued: the occurrence stays due for the whole minute, so a second run
      // would come from these checks.
      const checkedAt = async (): Promise<number> =>
        withPgClient(async (client) => {
          const { rows } = await client.query(`select cron_on from "${schema}".version`);
          return new Date(rows[0].cron_on).getTime();
        });
      for (let checks = 0, last = await checkedAt(); checks < 2; ) {
        await sleep(250);
        const latest = await checkedAt();
        if (latest !== last) [checks, last] = [checks + 1, latest];
      }
      const pending = await inspect(schema, async (boss) => ({
        job: await boss.getQueueSize(definition.name, { before: 'completed' }),
        sendIt: await boss.getQueueSize('__pgboss__send-it', { before: 'completed' }),
      }));
      expect(pending).toEqual({ job: 0, sendIt: 0 });
      expect(executions).toBe(1);
      const runs = await store.monitoring.listJobRuns({ jobName: definition.name });
      expect(runs.map((r) => [r.trigger, r.status])).toEqual([['schedule', 'succeeded']]);
      expect(runs[0]!.log).toContain('occurrence (schedule)');
      expect((await a!.listJobs())[0]!.nextRunAt!.getUTCFullYear()).toBe(now.getUTCFullYear() + 1);
    });

    it('registers schedules in pg-boss in the configured time zone, and removes them for off and removed jobs', async () => {
      const run = async (): Promise<void> => undefined;
      const [a] = await instances(
        1,
        [job('monitor:reg', '0 */6 * * *', run), job('retrain:reg', '0 3 * * 1', run)],
        'Europe/Paris',
      );
      const schema = schemas.at(-1)!;
      const look = () =>
        inspect(schema, async (boss) => ({
          schedules: (await boss.getSchedules())
            .map((s) => ({
              name: s.name,
              cron: s.cron,
              timezone: (s as { timezone?: string }).timezone,
              data: s.data,
            }))
            .sort((x, y) => x.name.localeCompare(y.name)),
          policy: (await boss.getQueue('monitor:reg'))?.policy,
        }));
      expect(await look()).toEqual({
        schedules: [
          {
            name: 'monitor:reg',
            cron: '0 */6 * * *',
            timezone: 'Europe/Paris',
            data: { trigger: 'schedule' },
          },
          { name: 'retrain:reg', cron: '0 3 * * 1', timezone: 'Europe/Paris', data: { trigger: 'schedule' } },
        ],
        policy: 'stately',
      });
      await a!.setJobs([job('monitor:reg', null, run)]);
      expect((await look()).schedules).toEqual([]);
      expect((await a!.listJobs()).map((j) => [j.name, j.schedule, j.nextRunAt])).toEqual([
        ['monitor:reg', null, null],
      ]);
    });

    it('stop waits for the running job and then refuses triggers; a scheduler not started refuses too', async () => {
      const started = gate();
      const hold = gate();
      const definition = job('monitor:stopping', null, async () => {
        started.open();
        await hold.promise;
      });
      const [a] = await instances(1, [definition]);
      const run = a!.trigger(definition.name);
      await started.promise;
      let stopped = false;
      const stopping = a!.stop().then(() => (stopped = true));
      await sleep(100);
      expect(stopped).toBe(false);
      hold.open();
      await stopping;
      expect(await run).toMatchObject({ status: 'succeeded' });
      expect((await catchSextantError(a!.trigger(definition.name))).code).toBe('SERVER_DRAINING');
      const idle = new PgBossScheduler({
        connectionString: postgresTestUrl,
        monitoring: store.monitoring,
        clock: systemClock,
      });
      expect((await catchSextantError(idle.trigger(definition.name))).code).toBe('SERVER_DRAINING');
    });
  });
}
