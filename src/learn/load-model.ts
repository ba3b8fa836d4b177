import { isSextantError, SextantError } from '../core/sextant-error.js';
import { parseGbdtModel } from './gbdt/parse-gbdt-model.js';
import { LogisticRegression } from './logistic-regression.js';
import type { ModelTask } from './model-signature.js';
import { RidgeRegression } from './ridge-regression.js';
import { ALGORITHMS, type Algorithm, type TrainedModel } from './trained-model.js';
import { wrapModel } from './wrap-model.js';

/**
 * Rebuilds a fitted model from the JSON an artifact holds. Only data is read (typed arrays from base64,
 * numbers, strings); a state that does not parse is MODEL_ARTIFACT_INVALID, never a crash.
 */
export function loadModel(algorithm: string, task: ModelTask, state: unknown): TrainedModel {
  if (!ALGORITHMS.includes(algorithm as Algorithm)) {
    throw new SextantError(
      'MODEL_ARTIFACT_INVALID',
      `model artifact is invalid: unknown algorithm ${JSON.stringify(algorithm)}`,
    );
  }
  try {
    if (algorithm === 'logistic') return wrapModel('logistic', task, LogisticRegression.fromJSON(state));
    if (algorithm === 'linear') return wrapModel('linear', task, RidgeRegression.fromJSON(state));
    return wrapModel('gbdt', task, parseGbdtModel(state));
  } catch (error) {
    if (
      isSextantError(error, 'INVALID_ARGUMENT') ||
      error instanceof TypeError ||
      error instanceof RangeError
    ) {
      throw new SextantError(
        'MODEL_ARTIFACT_INVALID',
        `model artifact is invalid: ${(error as Error).message}`,
      );
    }
    throw error;
  }
}
