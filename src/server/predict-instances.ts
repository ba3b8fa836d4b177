import type { PredictionRecord } from '../core/entities/prediction-record.js';
import { SextantError } from '../core/sextant-error.js';
import type { Prediction } from '../learn/predictor.js';
import type { LoadedModel } from './loaded-model.js';
import type { ServerContext } from './server-context.js';

/** Field problems listed in one 400 answer; a client sending 10 000 bad rows needs the first ones. */
const MAX_LISTED_PROBLEMS = 100;

export interface PredictOutcome {
  readonly predictions: Prediction[];
  readonly requestIds: string[];
}

/**
 * Validates, predicts and logs a batch of instances on one loaded model: the shared body of every
 * prediction route. The log write is queued, never awaited, so the database is off the request path.
 */
export function predictInstances(
  ctx: ServerContext,
  model: LoadedModel,
  instances: readonly unknown[],
  startedAt: number,
): PredictOutcome {
  if (instances.length === 0) throw new SextantError('INVALID_ARGUMENT', '"instances" holds no instance');
  if (instances.length > ctx.options.maxBatch)
    throw new SextantError(
      'BATCH_TOO_LARGE',
      `${instances.length} instances is more than this server's limit of ${ctx.options.maxBatch} per request`,
      { instances: instances.length, limit: ctx.options.maxBatch },
    );
  const problems = model.validate(instances);
  if (problems.length > 0) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const first = listed
      .slice(0, 3)
      .map(
        (p) =>
          `instance ${p.instance} field "${p.field}": ${p.problem}${p.expected ? ` (expected ${p.expected})` : ''}`,
      )
      .join('; ');
    throw new SextantError(
      'INVALID_ARGUMENT',
      `invalid instances: ${first}${problems.length > 3 ? '; ...' : ''}`,
      {
        errors: listed,
        count: problems.length,
      },
    );
  }
  const records = instances as readonly Record<string, unknown>[];
  const predictions = model.predictor.predictRecords(records);
  const at = ctx.workspace.clock.now();
  const stamp = at.getTime();
  const requestIds = records.map(() => ctx.requestIds.next(stamp));
  const latencyMs = performance.now() - startedAt;
  const logged: PredictionRecord[] = records.map((inputs, i) => ({
    requestId: requestIds[i] as string,
    modelName: model.modelName,
    version: model.version,
    inputs,
    output: predictions[i],
    latencyMs,
    at,
  }));
  ctx.queue.push(logged);
  ctx.metrics.countPredictions(model.modelName, model.version, records.length);
  return { predictions, requestIds };
}
