import { PRIMARY_METRIC } from '../learn/evaluate-predictions.js';
import type { ModelSignature } from '../learn/model-signature.js';

/** A version's training value of its task's primary metric, the one live performance is measured in. */
export function primaryMetricOf(
  metrics: Readonly<Record<string, number>>,
  signature: ModelSignature,
): number | null {
  const value = metrics[PRIMARY_METRIC[signature.output.task]];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
