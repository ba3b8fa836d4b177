import type { FastifyInstance } from 'fastify';
import { rollbackAlias } from '../../registry/rollback-alias.js';
import { setAlias } from '../../registry/set-alias.js';
import { setTrafficSplit } from '../../registry/set-traffic-split.js';
import { errorResponse } from '../error-response.js';
import { actorOf } from '../request-actor.js';
import type { ServerContext } from '../server-context.js';

const reasonProperty = { reason: { type: 'string', maxLength: 500 } };

/**
 * Routes that change what is served: alias moves, traffic splits, rollback, reload. Always behind an
 * admin token.
 */
export function registerAdminRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { models } = ctx.workspace.store;
  const admin = { auth: 'admin' } as const;
  const takesTraffic = async ({ name, alias }: { name: string; alias: string }) =>
    (await models.getTrafficSplit(name)).split[alias] !== undefined;

  app.put<{ Params: { name: string; alias: string }; Body: { version: number; reason?: string } }>(
    '/v1/models/:name/aliases/:alias',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        summary: 'Point an alias at a version (recorded in the alias history); the server reloads at once',
        body: {
          type: 'object',
          required: ['version'],
          properties: { version: { type: 'integer', minimum: 1 }, ...reasonProperty },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const change = await setAlias(models, {
        modelName: request.params.name,
        alias: request.params.alias,
        version: request.body.version,
        actor: actorOf(request),
        reason: request.body.reason ?? 'set through the API',
        at: ctx.workspace.clock.now(),
      });
      // The serving alias, or one that takes a share of the traffic, serves something new.
      if (request.params.alias === ctx.options.alias || (await takesTraffic(request.params)))
        await ctx.host.reload(request.params.name);
      return change;
    },
  );

  app.put<{ Params: { name: string }; Body: { split: Record<string, number> } }>(
    '/v1/models/:name/traffic',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        summary:
          'Share the default route out between aliases (canary); the serving alias takes the rest. {} clears it. Applied at once',
        body: {
          type: 'object',
          required: ['split'],
          properties: {
            split: {
              type: 'object',
              description:
                'Percent of requests by alias: above 0, at most 100, two decimals, summing to 100 at most',
              additionalProperties: { type: 'number' },
              maxProperties: 20,
            },
          },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const split = await setTrafficSplit(models, {
        modelName: request.params.name,
        split: request.body.split,
        actor: actorOf(request),
        at: ctx.workspace.clock.now(),
        servingAlias: ctx.options.alias,
      });
      await ctx.host.reload(request.params.name);
      return split;
    },
  );

  app.post<{ Params: { name: string }; Body: { alias?: string; reason?: string } | undefined }>(
    '/v1/models/:name/rollback',
    {
      config: admin,
      schema: {
        tags: ['admin'],
        summary: 'Move an alias (default production) back to its previous version',
        body: {
          type: 'object',
          properties: { alias: { type: 'string', minLength: 1, maxLength: 100 }, ...reasonProperty },
          additionalProperties: false,
        },
      },
    },
    async (request) => {
      const alias = request.body?.alias ?? ctx.options.alias;
      const change = await rollbackAlias(models, {
        modelName: request.params.name,
        alias,
        actor: actorOf(request),
        reason: request.body?.reason ?? 'rollback through the API',
        at: ctx.workspace.clock.now(),
      });
      if (alias === ctx.options.alias || (await takesTraffic({ name: request.params.name, alias })))
        await ctx.host.reload(request.params.name);
      return change;
    },
  );

  app.post<{ Params: { name: string } }>(
    '/v1/models/:name/reload',
    { config: admin, schema: { tags: ['admin'], summary: "Load the alias's current version now" } },
    async (request) => {
      await models.getModel(request.params.name);
      return ctx.host.reload(request.params.name);
    },
  );

  app.post(
    '/reload-model',
    { config: admin, schema: { tags: ['admin'], summary: "The seeds' route: reload every model now" } },
    async () => {
      const names = (await models.listModels()).map((m) => m.name);
      // One model that cannot load must not stop the others: each outcome says what happened to it.
      const outcomes = [];
      for (const name of names) {
        try {
          outcomes.push(await ctx.host.reload(name));
        } catch (error) {
          const { body } = errorResponse(error);
          outcomes.push({
            model: name,
            version: ctx.host.current(name)?.version ?? null,
            reloaded: false,
            error: body.error,
          });
        }
      }
      return { models: outcomes };
    },
  );
}
