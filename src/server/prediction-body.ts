import type { LoadedModel } from './loaded-model.js';
import type { PredictOutcome } from './predict-instances.js';

/**
 * The JSON answer of a prediction route, one shape per route family: `batch` for
 * `/v1/models/{name}/predict` and the pinned-version route, `flat` for the seeds' `/predict` (one
 * prediction, one request id). Shared by the Fastify routes and the fast path so they answer alike.
 */
export function predictionBody(model: LoadedModel, out: PredictOutcome, shape: 'batch' | 'flat') {
  if (shape === 'flat')
    return {
      model: model.modelName,
      version: model.version,
      prediction: out.predictions[0],
      request_id: out.requestIds[0],
    };
  return {
    model: model.modelName,
    version: model.version,
    predictions: out.predictions,
    request_ids: out.requestIds,
  };
}
