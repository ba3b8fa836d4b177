import type { ServerContext } from './server-context.js';

/**
 * The model `/predict` serves when that is known without asking the store: `--model`, or the only
 * model loaded. Undefined otherwise (the Fastify route then asks the store; the fast path steps aside).
 */
export function knownDefaultModel(ctx: ServerContext): string | undefined {
  if (ctx.options.defaultModel !== undefined) return ctx.options.defaultModel;
  const served = ctx.host.all();
  return served.length === 1 ? served[0]?.modelName : undefined;
}
