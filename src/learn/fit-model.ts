import { SextantError } from '../core/sextant-error.js';
import type { FeatureMatrix } from './feature-matrix.js';
import { trainGbdt } from './gbdt/train-gbdt.js';
import { LogisticRegression } from './logistic-regression.js';
import type { Json } from './model-artifact.js';
import type { ModelTask } from './model-signature.js';
import { RidgeRegression } from './ridge-regression.js';
import type { Algorithm, TrainedModel } from './trained-model.js';
import { wrapModel } from './wrap-model.js';

/** Hyper-parameters a user can set, by algorithm (the CLI's --param key=value). */
export type ModelParams = Readonly<Record<string, number | string | boolean>>;

/** How fitting went, for the run record. */
export interface FitOutcome {
  readonly model: TrainedModel;
  readonly info: Readonly<Record<string, Json>>;
}

/** Progress of an iterative fit (GBDT iterations), for a progress bar. */
export type FitProgress = (done: number, total: number) => void;

/**
 * Fits the chosen algorithm to features and targets (class indices 0..K-1 for classification, values
 * for regression). logistic: L2 logistic regression (params c, class_weight=balanced, max_iter);
 * linear: ridge regression (alpha); gbdt: histogram gradient boosting (max_iter, learning_rate,
 * max_leaf_nodes, max_depth, min_samples_leaf, l2_regularization, early_stopping, seed).
 */
export function fitModel(
  algorithm: Algorithm,
  task: ModelTask,
  x: FeatureMatrix,
  y: Float64Array,
  options: { classCount: number; params: ModelParams; seed: number; onProgress?: FitProgress },
): FitOutcome {
  const p = options.params;
  const classification = task !== 'regression';
  if (algorithm === 'logistic') {
    if (!classification) throw mismatch('logistic', 'a numeric target; use --algorithm linear or gbdt');
    const model = LogisticRegression.fit(x, y, {
      c: num(p, 'c', 1),
      maxIter: num(p, 'max_iter', 1000),
      classCount: options.classCount,
      ...(p.class_weight === 'balanced' ? { classWeight: 'balanced' as const } : {}),
    });
    return {
      model: wrapModel('logistic', task, model),
      info: { iterations: model.training?.iterations ?? null },
    };
  }
  if (algorithm === 'linear') {
    if (classification) throw mismatch('linear', 'a class target; use --algorithm logistic or gbdt');
    const model = RidgeRegression.fit(x, y, { alpha: num(p, 'alpha', 1) });
    return { model: wrapModel('linear', task, model), info: {} };
  }
  if (x.kind !== 'dense') {
    throw new SextantError(
      'INVALID_ARGUMENT',
      'gbdt takes tabular features only (numeric, categorical, datetime); text columns need --algorithm logistic',
    );
  }
  const maxIter = num(p, 'max_iter', 100);
  const result = trainGbdt(
    classification ? 'classification' : 'regression',
    { x: x.data, nRows: x.rows, nCols: x.cols, y },
    {
      maxIter,
      learningRate: num(p, 'learning_rate', 0.1),
      maxLeafNodes: num(p, 'max_leaf_nodes', 31),
      minSamplesLeaf: num(p, 'min_samples_leaf', 20),
      l2Regularization: num(p, 'l2_regularization', 0),
      ...(p.max_depth === undefined ? {} : { maxDepth: num(p, 'max_depth', 0) }),
      ...(p.early_stopping === undefined
        ? {}
        : { earlyStopping: p.early_stopping === true || p.early_stopping === 'true' }),
      seed: options.seed,
      ...(options.onProgress ? { onProgress: (g) => options.onProgress?.(g.iteration, g.maxIter) } : {}),
    },
  );
  return {
    model: wrapModel('gbdt', task, result.model),
    info: { iterations: result.nIterations, stopped_early: result.stoppedEarly, threads: result.threads },
  };
}

function num(params: ModelParams, key: string, fallback: number): number {
  const value = params[key];
  if (value === undefined) return fallback;
  const parsed = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(parsed))
    throw new SextantError('INVALID_ARGUMENT', `--param ${key} must be a number, got ${value}`);
  return parsed;
}

function mismatch(algorithm: Algorithm, what: string): SextantError {
  return new SextantError('INVALID_ARGUMENT', `--algorithm ${algorithm} cannot learn ${what}`);
}
