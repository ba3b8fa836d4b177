import type { FastifyInstance } from 'fastify';
import type { MonitoringReport } from '../../core/entities/monitoring-report.js';
import { renderMonitoringMetrics } from '../../monitor/render-monitoring-metrics.js';
import type { ServerContext } from '../server-context.js';

/**
 * Prometheus scrape endpoint (text exposition format): the server's own metrics (all its workers'),
 * then the gauges of
 * each model's latest monitoring report, read from the store so runs made elsewhere (a CronJob
 * calling `sextant monitor`) show up too.
 */
export function registerMetricsRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    '/metrics',
    { config: { auth: 'public' }, schema: { tags: ['health'], summary: 'Prometheus metrics' } },
    async (_request, reply) => {
      const { models, monitoring } = ctx.workspace.store;
      const reports: MonitoringReport[] = [];
      for (const model of await models.listModels()) {
        const latest = await monitoring.findLatestReport(model.name);
        if (latest !== undefined) reports.push(latest);
      }
      reply.header('content-type', ctx.metrics.registry.contentType);
      // A worker of `serve --workers N` answers for the whole server: every worker's metrics summed.
      const own = (await ctx.worker?.clusterMetrics()) ?? (await ctx.metrics.registry.metrics());
      return own + renderMonitoringMetrics(reports);
    },
  );
}
