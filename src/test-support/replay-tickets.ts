import { randomUUID } from 'node:crypto';
import type { PredictionRecord } from '../core/entities/prediction-record.js';
import { generateTickets } from '../data/generate-tickets.js';
import type { Workspace } from '../platform/workspace.js';
import { loadPredictor } from '../registry/load-predictor.js';

export interface ReplayOptions {
  readonly rows: number;
  readonly seed: number;
  /** generateTickets' drift (0: like training). */
  readonly drift?: number;
  /** Share of the predictions that get ground truth. */
  readonly labelShare: number;
  /** Give the opposite label as ground truth: a model that looks broken in production. */
  readonly flipLabels?: boolean;
  /** When the predictions are logged (default one minute before now). */
  readonly at?: Date;
}

/**
 * Logs real predictions of `tickets` version `version` on generated tickets into the prediction log
 * and records ground truth for a share of them, as a serving period would: the input of monitoring
 * and retraining tests. Returns the request ids.
 */
export async function replayTickets(
  workspace: Workspace,
  version: number,
  options: ReplayOptions,
): Promise<string[]> {
  const { store, artifacts } = workspace;
  const predictor = await loadPredictor(artifacts, await store.models.getVersion('tickets', version));
  const tickets = generateTickets({ rows: options.rows, seed: options.seed, drift: options.drift ?? 0 });
  const inputs = tickets.map(({ urgent: _, ...features }) => features as Record<string, unknown>);
  const outputs = predictor.predictRecords(inputs);
  const at = options.at ?? new Date(workspace.clock.now().getTime() - 60_000);
  const records: PredictionRecord[] = inputs.map((input, i) => ({
    requestId: randomUUID(),
    modelName: 'tickets',
    version,
    inputs: input,
    output: outputs[i],
    latencyMs: 1,
    at,
  }));
  await store.predictions.logPredictions(records);
  for (const [i, record] of records.entries()) {
    if (i >= options.rows * options.labelShare) break;
    const truth = (tickets[i] as { urgent: number }).urgent;
    const actual = String(options.flipLabels ? 1 - truth : truth);
    await store.predictions.recordFeedback({ requestId: record.requestId, actual, at });
  }
  return records.map((r) => r.requestId);
}
