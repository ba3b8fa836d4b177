import type { FastifyInstance } from 'fastify';
import { isSextantError, SextantError } from '../../core/sextant-error.js';
import type { ServerContext } from '../server-context.js';

/** Most feedback items in one request. */
const MAX_ITEMS = 10_000;

const itemSchema = {
  type: 'object',
  required: ['request_id', 'actual'],
  properties: {
    request_id: { type: 'string', minLength: 1, maxLength: 200 },
    actual: { type: ['string', 'number', 'boolean'] },
  },
  additionalProperties: false,
};

/** Ground truth for logged predictions, joined by request id; idempotent. */
export function registerFeedbackRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post<{
    Body: { request_id?: string; actual?: unknown; items?: { request_id: string; actual: unknown }[] };
  }>(
    '/v1/feedback',
    {
      config: { auth: 'feedback' },
      schema: {
        tags: ['feedback'],
        summary: 'Record ground truth for one prediction or a batch ({"items": [...]})',
        body: {
          oneOf: [
            itemSchema,
            {
              type: 'object',
              required: ['items'],
              properties: { items: { type: 'array', minItems: 1, maxItems: MAX_ITEMS, items: itemSchema } },
              additionalProperties: false,
            },
          ],
        },
      },
    },
    async (request) => {
      const body = request.body;
      const items = body.items ?? [{ request_id: body.request_id as string, actual: body.actual }];
      let inserted = 0;
      let duplicates = 0;
      const conflicts: string[] = [];
      const at = ctx.workspace.clock.now();
      for (const item of items) {
        if (typeof item.actual === 'number' && !Number.isFinite(item.actual))
          throw new SextantError('INVALID_ARGUMENT', `actual of ${item.request_id} must be a finite number`);
        try {
          const outcome = await ctx.workspace.store.predictions.recordFeedback({
            requestId: item.request_id,
            actual: item.actual,
            at,
          });
          if (outcome === 'inserted') inserted++;
          else duplicates++;
        } catch (error) {
          if (!isSextantError(error, 'FEEDBACK_CONFLICT')) throw error;
          conflicts.push(item.request_id);
        }
      }
      if (conflicts.length > 0)
        throw new SextantError(
          'FEEDBACK_CONFLICT',
          `ground truth for ${conflicts.length} request id(s) was already recorded with a different value: ${conflicts.slice(0, 5).join(', ')}`,
          { conflicts: conflicts.slice(0, 100), inserted, duplicates },
        );
      return { inserted, duplicates };
    },
  );
}
