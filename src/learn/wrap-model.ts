import type { FeatureMatrix } from './feature-matrix.js';
import type { GbdtModel } from './gbdt/gbdt-model.js';
import type { LogisticRegression } from './logistic-regression.js';
import type { Json } from './model-artifact.js';
import type { ModelTask } from './model-signature.js';
import type { RidgeRegression } from './ridge-regression.js';
import type { Algorithm, TrainedModel } from './trained-model.js';

type Fitted = LogisticRegression | RidgeRegression | GbdtModel;

/** Puts a fitted algorithm behind the {@link TrainedModel} face. */
export function wrapModel(algorithm: Algorithm, task: ModelTask, fitted: Fitted): TrainedModel {
  const classification = task !== 'regression';
  const predict = (x: FeatureMatrix): Float64Array => {
    if (algorithm === 'gbdt') {
      const gbdt = fitted as GbdtModel;
      const dense = x.kind === 'dense' ? x : x.toDense();
      return classification ? gbdt.predictProba(dense.data) : gbdt.predict(dense.data);
    }
    return classification
      ? (fitted as LogisticRegression).predictProba(x)
      : (fitted as RidgeRegression).predict(x);
  };
  const toJSON = () => fitted.toJSON() as unknown as Json;
  if (algorithm !== 'logistic' || !classification) return { algorithm, predict, toJSON };
  const { weights, intercepts, classCount } = fitted as LogisticRegression;
  return { algorithm, predict, toJSON, logistic: { weights, intercepts, classCount } };
}
