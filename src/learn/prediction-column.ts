import type { Column } from '../core/frame.js';
import type { ModelTask } from './model-signature.js';

/**
 * The name under which a model's outputs appear beside its inputs in a reference profile and in a
 * monitoring window, so prediction drift is measured by the same drift engine as data drift. The
 * underscores keep it apart from any real feature name.
 */
export const PREDICTION_COLUMN = '__prediction__';

/**
 * Model outputs as one column: the predicted class (categorical) for classification, the predicted
 * value (numeric) for regression. `scores` are raw model outputs (n × classes probabilities, or n values).
 */
export function predictionColumn(
  scores: Float64Array,
  rows: number,
  task: ModelTask,
  classes: readonly string[] | undefined,
): Column {
  if (task === 'regression' || classes === undefined)
    return { name: PREDICTION_COLUMN, type: 'numeric', values: Float64Array.from(scores.subarray(0, rows)) };
  const k = classes.length;
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    let best = 0;
    for (let c = 1; c < k; c++)
      if ((scores[i * k + c] as number) > (scores[i * k + best] as number)) best = c;
    codes[i] = best;
  }
  return { name: PREDICTION_COLUMN, type: 'categorical', codes, dictionary: [...classes] };
}
