import type { HealthProbeResult } from '../monitor/monitoring-spec.js';
import type { ModelHost } from './model-host.js';
import { warmUpInstance } from './warm-up-instance.js';

/**
 * The in-process version of the seeds' daily health check: the model is loaded and answers a test
 * prediction built from its own signature.
 */
export async function probeModel(host: ModelHost, modelName: string): Promise<HealthProbeResult> {
  const model = host.current(modelName);
  if (model === undefined) return { ok: false, detail: `${modelName} has no loaded version` };
  try {
    const [prediction] = model.predictor.predictRecords([warmUpInstance(model.predictor.signature)]);
    return { ok: true, detail: `version ${model.version} answered ${JSON.stringify(prediction)}` };
  } catch (error) {
    return { ok: false, detail: `test prediction failed: ${(error as Error).message}` };
  }
}
