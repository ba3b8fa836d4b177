import { SextantError } from '../core/sextant-error.js';
import type { LoadedModel } from './loaded-model.js';
import type { ServerContext } from './server-context.js';

/**
 * The version that serves this request of `name`'s default route: the serving alias, or a traffic
 * split alias with its share of the requests (see `ModelHost.pick`). A miss asks the store why, so
 * the client learns whether the name is wrong (404) or the model is registered but has nothing loaded
 * yet (503).
 */
export async function resolveServedModel(ctx: ServerContext, name: string): Promise<LoadedModel> {
  const loaded = ctx.host.pick(name, Math.random());
  if (loaded !== undefined) return loaded;
  await ctx.workspace.store.models.getModel(name);
  throw new SextantError(
    'MODEL_NOT_LOADED',
    `model ${name} has no loaded version: give a version the "${ctx.options.alias}" alias, or see the server log for why loading failed`,
    { model: name, alias: ctx.options.alias },
  );
}
