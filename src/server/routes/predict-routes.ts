import type { FastifyInstance } from 'fastify';
import { SextantError } from '../../core/sextant-error.js';
import { instancesOfBody } from '../instances-of-body.js';
import { knownDefaultModel } from '../known-default-model.js';
import { predictInstances } from '../predict-instances.js';
import { predictionBody } from '../prediction-body.js';
import { resolveServedModel } from '../resolve-served-model.js';
import type { ServerContext } from '../server-context.js';

const instancesBody = {
  type: 'object',
  required: ['instances'],
  properties: {
    instances: {
      type: 'array',
      items: { type: 'object', additionalProperties: true },
      description: "Feature objects, validated against the served version's signature.",
    },
  },
};
const batchResponse = {
  200: {
    type: 'object',
    properties: {
      model: { type: 'string' },
      version: { type: 'integer' },
      predictions: { type: 'array', items: { type: 'object', additionalProperties: true } },
      request_ids: { type: 'array', items: { type: 'string' } },
    },
  },
};
// The body schemas above are for /openapi.json only; the model's compiled validator checks bodies,
// so Fastify's own validation is switched off on these routes instead of running twice.
const documentOnly = () => () => true;

/** The prediction routes: the production alias, a pinned version, and the seeds' flat `/predict`. */
export function registerPredictRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{ Params: { name: string }; Body: { instances?: unknown } }>(
    '/v1/models/:name/predict',
    {
      config: { auth: 'predict' },
      schema: {
        tags: ['predict'],
        summary: `Predict with the model's ${ctx.options.alias} version`,
        body: instancesBody,
        response: batchResponse,
      },
      validatorCompiler: documentOnly,
    },
    async (request, reply) => {
      const started = performance.now();
      const model = await resolveServedModel(ctx, request.params.name);
      if (!ctx.host.serves(model)) request.offServingVersion = model.version;
      reply.header('x-model-version', String(model.version));
      const out = predictInstances(ctx, model, instancesOfBody(request.body, 'batch'), started);
      return predictionBody(model, out, 'batch');
    },
  );

  app.post<{ Params: { name: string; version: string }; Body: { instances?: unknown } }>(
    '/v1/models/:name/versions/:version/predict',
    {
      config: { auth: 'predict' },
      schema: {
        tags: ['predict'],
        summary: 'Predict with one pinned version',
        body: instancesBody,
        response: batchResponse,
      },
      validatorCompiler: documentOnly,
    },
    async (request, reply) => {
      const started = performance.now();
      const version = Number(request.params.version);
      if (!Number.isInteger(version) || version < 1)
        throw new SextantError(
          'INVALID_ARGUMENT',
          `version must be a positive integer, got "${request.params.version}"`,
        );
      const model = await ctx.host.pinnedVersion(request.params.name, version);
      if (!ctx.host.serves(model)) request.offServingVersion = model.version;
      reply.header('x-model-version', String(model.version));
      const out = predictInstances(ctx, model, instancesOfBody(request.body, 'batch'), started);
      return predictionBody(model, out, 'batch');
    },
  );

  app.post<{ Body: unknown }>(
    '/predict',
    {
      config: { auth: 'predict' },
      schema: {
        tags: ['predict'],
        summary: "The seeds' route: one flat feature object, served by the default model",
        body: { type: 'object', additionalProperties: true },
      },
      validatorCompiler: documentOnly,
    },
    async (request, reply) => {
      const started = performance.now();
      const model = await resolveServedModel(ctx, await defaultModelName(ctx));
      (request as typeof request & { servedModel?: string }).servedModel = model.modelName;
      if (!ctx.host.serves(model)) request.offServingVersion = model.version;
      reply.header('x-model-version', String(model.version));
      const out = predictInstances(ctx, model, instancesOfBody(request.body, 'flat'), started);
      return predictionBody(model, out, 'flat');
    },
  );
}

async function defaultModelName(ctx: ServerContext): Promise<string> {
  const known = knownDefaultModel(ctx);
  if (known !== undefined) return known;
  const models = await ctx.workspace.store.models.listModels();
  if (models.length === 1) return (models[0] as { name: string }).name;
  if (models.length === 0)
    throw new SextantError('MODEL_NOT_LOADED', 'no model is registered in this workspace yet');
  throw new SextantError(
    'INVALID_ARGUMENT',
    `this server holds ${models.length} models; start it with --model NAME to choose the one /predict serves, or use /v1/models/{name}/predict`,
  );
}
