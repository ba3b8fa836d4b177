import type { FastifyInstance } from 'fastify';
import { SextantError } from '../../core/sextant-error.js';
import { type ModelMetadataPatch, updateModelMetadata } from '../../registry/update-model-metadata.js';
import type { ServerContext } from '../server-context.js';

interface MetadataBody {
  description?: string;
  tags?: Record<string, string>;
  remove_tags?: string[];
}

/** The shape only; the registry checks keys, values, lengths and Sextant's own settings. */
const body = {
  type: 'object',
  properties: {
    description: { type: 'string' },
    tags: { type: 'object', additionalProperties: { type: 'string' } },
    remove_tags: { type: 'array', items: { type: 'string' } },
  },
  additionalProperties: false,
};

/**
 * Editing registry metadata: a model's or a version's description and tags (merged: `tags` adds or
 * overwrites, `remove_tags` deletes). Admin only, like every write. A model's schedule settings
 * (`sextant.monitor.schedule`, ...) take effect at once: this process rebuilds its job definitions,
 * and in a cluster the others hear of it. (Settings edited with the CLI are seen at the next poll.)
 */
export function registerMetadataRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const admin = { auth: 'admin' } as const;
  const update = async (patch: ModelMetadataPatch) => {
    const updated = await updateModelMetadata(ctx.workspace.store.models, patch);
    if (patch.version === undefined) {
      if (ctx.options.scheduler) await ctx.loop.refreshJobs();
      // In a cluster the scheduler may live in another worker: its next refresh sees the new settings.
      ctx.worker?.broadcastRefresh();
    }
    return updated;
  };
  const patchOf = (name: string, request: MetadataBody | undefined, version?: number): ModelMetadataPatch => {
    if (request === undefined || Object.keys(request).length === 0)
      throw new SextantError('INVALID_ARGUMENT', 'nothing to update: send description, tags or remove_tags');
    return {
      modelName: name,
      version,
      description: request.description,
      setTags: request.tags,
      removeTags: request.remove_tags,
    };
  };

  app.patch<{ Params: { name: string }; Body: MetadataBody | undefined }>(
    '/v1/models/:name',
    {
      config: admin,
      schema: { tags: ['admin'], summary: "Edit a model's description and tags (merged)", body },
    },
    async (request) => update(patchOf(request.params.name, request.body)),
  );

  app.patch<{ Params: { name: string; version: string }; Body: MetadataBody | undefined }>(
    '/v1/models/:name/versions/:version',
    {
      config: admin,
      schema: { tags: ['admin'], summary: "Edit a version's description and tags (merged)", body },
    },
    async (request) => {
      const version = Number(request.params.version);
      if (!Number.isInteger(version) || version < 1)
        throw new SextantError(
          'INVALID_ARGUMENT',
          `version must be a positive integer, got "${request.params.version}"`,
        );
      return update(patchOf(request.params.name, request.body, version));
    },
  );
}
