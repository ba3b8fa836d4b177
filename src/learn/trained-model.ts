import type { FeatureMatrix } from './feature-matrix.js';
import type { Json } from './model-artifact.js';

/** The algorithms `sextant train --algorithm` accepts. */
export type Algorithm = 'logistic' | 'linear' | 'gbdt';

export const ALGORITHMS: readonly Algorithm[] = ['logistic', 'linear', 'gbdt'];

/**
 * A fitted model behind one face, whatever its algorithm: the train job, the evaluator and the
 * predictor call this and never branch on the algorithm.
 */
export interface TrainedModel {
  readonly algorithm: Algorithm;
  /**
   * Classification: class probabilities, row-major n × classCount. Regression: one value per row.
   */
  predict(features: FeatureMatrix): Float64Array;
  /** The fitted state as plain JSON, for the model artifact. */
  toJSON(): Json;
}
