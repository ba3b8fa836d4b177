import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTickets } from '../data/generate-tickets.js';
import { startServer } from '../server/start-server.js';
import {
  dropSchema,
  freshSchema,
  postgresTestUrl,
  probePostgres,
} from '../test-support/postgres-test-target.js';
import { type ServingWorkspace, seedServingWorkspace } from '../test-support/seed-serving-workspace.js';
import { DEFAULT_SERVE_OPTIONS } from './serve-options.js';
import type { RunningServer } from './server-launcher.js';

const unreachable = await probePostgres();
const pgSchema = freshSchema('loop');
const backends = [
  { name: 'SQLite', database: undefined, run: true },
  {
    name: 'PostgreSQL',
    database: `${postgresTestUrl}${postgresTestUrl.includes('?') ? '&' : '?'}schema=${pgSchema}`,
    // In CI a skipped backend would look green, so there it runs and fails instead.
    run: unreachable === undefined || Boolean(process.env.CI),
  },
];

afterAll(async () => {
  if (unreachable === undefined) {
    await dropSchema(pgSchema);
    await dropSchema(`${pgSchema}_jobs`);
  }
});

for (const backend of backends) {
  (backend.run ? describe : describe.skip)(`the whole loop over HTTP on ${backend.name}`, () => {
    let seed: ServingWorkspace;
    let server: RunningServer;
    const call = async (method: string, path: string, token: string, body?: unknown) => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return {
        status: response.status,
        version: response.headers.get('x-model-version'),
        // biome-ignore lint/suspicious/noExplicitAny: the assertions below check every field they read.
        body: (await response.json()) as Record<string, any>,
      };
    };

    beforeAll(async () => {
      seed = await seedServingWorkspace(`sextant-loop-${backend.name}-`, 600, backend.database);
      server = await startServer(seed.workspace, {
        ...DEFAULT_SERVE_OPTIONS,
        port: 0,
        logLevel: 'silent',
        pollIntervalMs: 200,
      });
    });
    afterAll(async () => {
      await server?.close();
      await seed?.dispose();
    });

    it('serves, logs, takes feedback, detects drift, retrains, promotes, serves the new version, rolls back', async () => {
      // Production traffic from a drifted period, with ground truth for every request.
      const tickets = generateTickets({ rows: 400, seed: 21, drift: 0.6 });
      const instances = tickets.map(({ urgent: _, ...features }) => features);
      const predicted = await call('POST', '/v1/models/tickets/predict', seed.tokens.predict, {
        instances: instances.slice(0, 200),
      });
      const predicted2 = await call('POST', '/v1/models/tickets/predict', seed.tokens.predict, {
        instances: instances.slice(200),
      });
      expect([predicted.status, predicted.version]).toEqual([200, '1']);
      const ids = [...predicted.body.request_ids, ...predicted2.body.request_ids] as string[];
      const feedback = await call('POST', '/v1/feedback', seed.tokens.feedback, {
        items: ids.map((id, i) => ({
          request_id: id,
          // A new concept the production model cannot know: every chat and web ticket is now urgent.
          actual: ['chat', 'web'].includes((tickets[i] as { source: string }).source)
            ? '1'
            : String((tickets[i] as { urgent: number }).urgent),
        })),
      });
      expect(feedback.body).toEqual({ inserted: 400, duplicates: 0 });

      // Wait for the log queue's flush, then monitor: drift is seen and stored.
      const deadline = Date.now() + 20_000;
      while (
        (await seed.workspace.store.predictions.countPredictions('tickets')) < 400 &&
        Date.now() < deadline
      )
        await new Promise((resolve) => setTimeout(resolve, 50));
      const monitored = await call('POST', '/v1/models/tickets/monitor', seed.tokens.admin, {});
      expect(monitored.status).toBe(200);
      expect(monitored.body.report.summary.predictionCount).toBe(400);
      expect(monitored.body.report.summary.labelCoverage).toBe(1);
      // The server's own view of the traffic since the last run: two prediction requests, no failure.
      expect(monitored.body.report.summary.requests).toMatchObject({ total: 2, errors: 0 });
      expect(monitored.body.report.summary.driftedColumns).toBeGreaterThan(0);
      expect(['WARN', 'FAIL']).toContain(monitored.body.report.status);

      // Retrain on reference + labelled production data; the gate decides; the server follows.
      const retrained = await call('POST', '/v1/models/tickets/retrain', seed.tokens.admin, {});
      expect(retrained.status).toBe(200);
      const decision = retrained.body.decision;
      expect(decision.candidateScore).toBeGreaterThan(decision.productionScore);
      expect(decision.promoted).toBe(true);
      const after = await call('POST', '/v1/models/tickets/predict', seed.tokens.predict, {
        instances: instances.slice(0, 1),
      });
      expect(after.version).toBe(String(decision.candidateVersion));

      // Roll back through the API: the alias history says who and why, the server serves version 1 again.
      const rolled = await call('POST', '/v1/models/tickets/rollback', seed.tokens.admin, { reason: 'e2e' });
      expect(rolled.body).toMatchObject({ fromVersion: decision.candidateVersion, toVersion: 1 });
      const back = await call('POST', '/v1/models/tickets/predict', seed.tokens.predict, {
        instances: instances.slice(0, 1),
      });
      expect(back.version).toBe('1');
      const detail = await call('GET', '/v1/models/tickets', seed.tokens.predict);
      expect(detail.body.aliasHistory.map((c: { actor: string }) => c.actor).slice(0, 2)).toEqual([
        'token:test-admin',
        'token:test-admin',
      ]);

      // The scheduler knows the model's jobs and runs one on demand.
      const job = await call('POST', '/v1/jobs/monitor:tickets/trigger', seed.tokens.admin, {});
      expect(job.body).toMatchObject({ jobName: 'monitor:tickets', status: 'succeeded' });
      const reports = await call('GET', '/v1/models/tickets/reports', seed.tokens.predict);
      expect(reports.body.reports.length).toBe(2);
    });
  });
}
