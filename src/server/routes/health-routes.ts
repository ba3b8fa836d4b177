import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context.js';

/** Liveness and readiness, under the seeds' names and the Open Inference Protocol's. */
export function registerHealthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const live = async () => ({ status: 'live' });
  const ready = async (_request: unknown, reply: { code(n: number): unknown }) => {
    if (ctx.state.draining) {
      reply.code(503);
      return { status: 'draining' };
    }
    const models = ctx.host.all().flatMap((m) => ctx.host.routes(m.modelName));
    if (models.length === 0) reply.code(503);
    return { status: models.length === 0 ? 'not_ready' : 'ready', models };
  };
  const schema = { tags: ['health'], summary: 'Liveness: the process answers.' };
  const readySchema = {
    tags: ['health'],
    summary: 'Readiness: a model is loaded and the server is not draining.',
  };
  for (const url of ['/health', '/v2/health/live'])
    app.get(url, { config: { auth: 'public' }, schema }, live);
  for (const url of ['/ready', '/v2/health/ready'])
    app.get(url, { config: { auth: 'public' }, schema: readySchema }, ready);
}
