import type { FastifyInstance } from 'fastify';
import { describeModel } from '../../registry/describe-model.js';
import { listModelSummaries } from '../../registry/list-model-summaries.js';
import type { ServerContext } from '../server-context.js';

const limitQuery = (fallback: number) => ({
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: fallback },
    model: { type: 'string', minLength: 1, maxLength: 200 },
  },
  additionalProperties: false,
});

/** Read-only views of the registry and the operational history, for the dashboard and tooling. */
export function registerRegistryReadRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { store } = ctx.workspace;
  const read = { auth: 'read' } as const;

  app.get(
    '/v1/models',
    {
      config: read,
      schema: { tags: ['registry'], summary: 'Registered models with aliases and latest status' },
    },
    async () => ({
      models: await listModelSummaries(store.models, store.monitoring),
    }),
  );

  app.get<{ Params: { name: string } }>(
    '/v1/models/:name',
    {
      config: read,
      schema: {
        tags: ['registry'],
        summary: 'One model: versions, metrics, aliases, alias history, lineage',
      },
    },
    async (request) => describeModel(store.models, request.params.name),
  );

  app.get<{ Params: { name: string }; Querystring: { limit: number } }>(
    '/v1/models/:name/reports',
    {
      config: read,
      schema: {
        tags: ['monitoring'],
        summary: 'Monitoring reports, newest first',
        querystring: limitQuery(50),
      },
    },
    async (request) => {
      await store.models.getModel(request.params.name);
      return { reports: await store.monitoring.listReports(request.params.name, request.query.limit) };
    },
  );

  app.get<{ Querystring: { limit: number; model?: string } }>(
    '/v1/runs',
    {
      config: read,
      schema: { tags: ['runs'], summary: 'Tracked runs, newest first', querystring: limitQuery(50) },
    },
    async (request) => ({
      runs: await store.runs.listRuns({
        limit: request.query.limit,
        ...(request.query.model === undefined ? {} : { modelName: request.query.model }),
      }),
    }),
  );

  app.get<{ Params: { id: string } }>(
    '/v1/runs/:id',
    { config: read, schema: { tags: ['runs'], summary: 'One run with its steps and result' } },
    async (request) => store.runs.getRun(request.params.id),
  );

  app.get(
    '/v1/datasets',
    { config: read, schema: { tags: ['datasets'], summary: 'Datasets and their versions' } },
    async () => {
      const summaries = await store.datasets.listDatasets();
      const datasets = [];
      for (const summary of summaries)
        datasets.push({ name: summary.name, versions: await store.datasets.listVersions(summary.name) });
      return { datasets };
    },
  );

  app.get<{ Querystring: { limit: number; model?: string } }>(
    '/v1/alerts',
    {
      config: read,
      schema: { tags: ['monitoring'], summary: 'Alert history, newest first', querystring: limitQuery(100) },
    },
    async (request) => ({
      alerts: await store.monitoring.listAlerts({
        limit: request.query.limit,
        ...(request.query.model === undefined ? {} : { modelName: request.query.model }),
      }),
    }),
  );
}
