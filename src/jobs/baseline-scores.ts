import type { ModelTask } from '../learn/model-signature.js';

/**
 * What a dummy model predicts for `rows` rows, learned from training targets only: class priors for
 * classification (scikit-learn's DummyClassifier 'prior'), the mean for regression. A model must beat it.
 */
export function baselineScores(
  task: ModelTask,
  yTrain: Float64Array,
  rows: number,
  classCount: number,
): Float64Array {
  if (task === 'regression') {
    const mean = yTrain.reduce((sum, v) => sum + v, 0) / yTrain.length;
    return new Float64Array(rows).fill(mean);
  }
  const priors = new Float64Array(classCount);
  for (const y of yTrain) priors[y]! += 1 / yTrain.length;
  const scores = new Float64Array(rows * classCount);
  for (let i = 0; i < rows; i++) scores.set(priors, i * classCount);
  return scores;
}
