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
  /**
   * A logistic model's parameters (weights features × k, feature-major, and k intercepts), so one
   * row can be scored straight from its featurizers without building a feature matrix; absent for
   * the other algorithms.
   */
  readonly logistic?: {
    readonly weights: Float64Array;
    readonly intercepts: Float64Array;
    readonly classCount: number;
  };
}
