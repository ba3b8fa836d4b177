import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context.js';

/** Prometheus scrape endpoint (text exposition format). */
export function registerMetricsRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get(
    '/metrics',
    { config: { auth: 'public' }, schema: { tags: ['health'], summary: 'Prometheus metrics' } },
    async (_request, reply) => {
      reply.header('content-type', ctx.metrics.registry.contentType);
      return ctx.metrics.registry.metrics();
    },
  );
}
