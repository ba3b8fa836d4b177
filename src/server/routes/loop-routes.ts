import type { FastifyInstance } from 'fastify';
import { SextantError } from '../../core/sextant-error.js';
import { actorOf } from '../request-actor.js';
import type { ServerContext } from '../server-context.js';

/** Monitoring, retraining and the scheduled jobs: reads need a token, actions an admin one. */
export function registerLoopRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { loop } = ctx;
  const { store } = ctx.workspace;

  app.post<{ Params: { name: string } }>(
    '/v1/models/:name/monitor',
    {
      config: { auth: 'admin' },
      schema: { tags: ['monitoring'], summary: 'Run monitoring now; the report (status OK / WARN / FAIL)' },
    },
    async (request) => {
      await store.models.getModel(request.params.name);
      const result = await loop.monitor(request.params.name);
      if (result.status === 'failed' && result.error)
        throw new SextantError(result.error.code as 'INTERNAL', result.error.message, {
          steps: result.steps,
        });
      return result;
    },
  );

  app.post<{ Params: { name: string } }>(
    '/v1/models/:name/retrain',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['monitoring'],
        summary: 'Retrain on the reference plus labelled production data; promote only when better',
      },
    },
    async (request) => {
      await store.models.getModel(request.params.name);
      const result = await loop.retrainFromLog(request.params.name, undefined, actorOf(request));
      if (result.status === 'failed' && result.error)
        throw new SextantError(result.error.code as 'INTERNAL', result.error.message, {
          steps: result.steps,
        });
      if (result.status === 'succeeded' && result.decision?.promoted)
        await ctx.host.reload(request.params.name);
      return result;
    },
  );

  app.get(
    '/v1/jobs',
    { config: { auth: 'read' }, schema: { tags: ['jobs'], summary: 'Scheduled jobs with their next run' } },
    async () => ({
      jobs: await loop.scheduler.listJobs(),
    }),
  );

  app.get<{ Querystring: { job?: string; limit: number } }>(
    '/v1/jobs/runs',
    {
      config: { auth: 'read' },
      schema: {
        tags: ['jobs'],
        summary: 'Job run history, newest first',
        querystring: {
          type: 'object',
          properties: {
            job: { type: 'string', minLength: 1, maxLength: 200 },
            limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
          },
          additionalProperties: false,
        },
      },
    },
    async (request) => ({
      runs: await store.monitoring.listJobRuns({
        limit: request.query.limit,
        ...(request.query.job === undefined ? {} : { jobName: request.query.job }),
      }),
    }),
  );

  app.post<{ Params: { name: string } }>(
    '/v1/jobs/:name/trigger',
    {
      config: { auth: 'admin' },
      schema: { tags: ['jobs'], summary: 'Run a job now (skipped when it is already running)' },
    },
    async (request) => loop.trigger(request.params.name),
  );
}
