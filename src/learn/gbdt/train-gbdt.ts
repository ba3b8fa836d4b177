import { availableParallelism } from 'node:os';
import { SeededRandom } from '../../core/seeded-random.js';
import { SextantError } from '../../core/sextant-error.js';
import { allocateTrainingMemory } from './allocate-training-memory.js';
import { binFeatures } from './bin-features.js';
import { createBinaryLogLoss } from './create-binary-log-loss.js';
import { createSoftmaxLoss } from './create-softmax-loss.js';
import { createSquaredErrorLoss } from './create-squared-error-loss.js';
import { encodeClasses } from './encode-classes.js';
import { fitBinThresholds } from './fit-bin-thresholds.js';
import type { GbdtKind } from './gbdt-kind.js';
import type { GbdtLoss } from './gbdt-loss.js';
import { GbdtModel } from './gbdt-model.js';
import type { GbdtOptions, GbdtTask } from './gbdt-options.js';
import { resolveGbdtOptions } from './resolve-gbdt-options.js';
import { runBoosting } from './run-boosting.js';
import { splitValidation } from './split-validation.js';
import { TrainingThreads } from './training-threads.js';
import { TreeGrower } from './tree-grower.js';

/** Training rows: `x` row-major with `nCols` values per row (NaN = missing), one target per row. */
export interface GbdtTrainingData {
  readonly x: Float64Array;
  readonly nRows: number;
  readonly nCols: number;
  /** Class labels (any finite numbers) for classification, targets for regression. */
  readonly y: Float64Array;
}

/** A trained model and how the training went. */
export interface GbdtTrainingResult {
  readonly model: GbdtModel;
  /** Iterations done; below maxIter when early stopping ended the run. */
  readonly nIterations: number;
  readonly stoppedEarly: boolean;
  readonly earlyStopping: boolean;
  /** Mean training loss after each iteration (half squared error for regression); only with onProgress. */
  readonly trainLoss: readonly number[];
  /** Mean validation loss before any tree and after each iteration; empty without early stopping. */
  readonly validationLoss: readonly number[];
  /** Threads that trained, this one included. */
  readonly threads: number;
}

/** Above this many rows, earlyStopping 'auto' turns early stopping on (scikit-learn's rule). */
const AUTO_EARLY_STOPPING_ROWS = 10_000;
/** From this many training rows, worker threads pay for their start-up (about 50 ms). */
const AUTO_THREADS_ROWS = 50_000;

/**
 * Trains histogram gradient-boosted trees as scikit-learn's HistGradientBoostingClassifier /
 * Regressor do: quantile-binned features, leaf-wise trees on gradients and hessians, learned
 * missing-value directions, optional early stopping on a seeded validation split. Classification uses
 * binary log loss for two classes and softmax (one tree per class per iteration) above that.
 * Deterministic: the same data, options and seed give a byte-identical model, whatever the threads.
 *
 * @example const { model } = trainGbdt('classification', { x, nRows, nCols: 20, y }, { maxIter: 200 });
 */
export function trainGbdt(
  task: GbdtTask,
  data: GbdtTrainingData,
  options: GbdtOptions = {},
): GbdtTrainingResult {
  const opts = resolveGbdtOptions(options);
  const { x, nRows, nCols } = checkData(task, data);
  const { kind, classes, targets, loss } = setUp(task, data.y);
  const random = new SeededRandom(opts.seed);
  const earlyStopping = opts.earlyStopping === 'auto' ? nRows > AUTO_EARLY_STOPPING_ROWS : opts.earlyStopping;
  const { train, validation } = earlyStopping
    ? splitValidation(nRows, opts.validationFraction, kind === 'regression' ? undefined : targets, random)
    : { train: Uint32Array.from({ length: nRows }, (_, i) => i), validation: new Uint32Array(0) };
  if (earlyStopping && (train.length === 0 || validation.length === 0)) {
    throw new SextantError('INVALID_ARGUMENT', `${nRows} rows are too few to hold out a validation split`);
  }
  const nTrain = train.length;
  const threads = opts.threads ?? (nTrain >= AUTO_THREADS_ROWS ? Math.min(4, availableParallelism()) : 1);
  const thresholds = fitBinThresholds(x, nCols, train, opts.maxBins, opts.binSubsample, random);
  const yTrain = gather(targets, train);
  const baseline = loss.baseline(yTrain);
  const k = baseline.length;
  // Live histograms: one per splittable leaf, plus a child's while its parent's is being reused.
  const histograms = opts.maxLeafNodes + 2;
  const memory = allocateTrainingMemory(nTrain, nCols, k, histograms, opts.maxLeafNodes, threads > 1);
  binFeatures(x, nCols, train, thresholds, memory.bins);
  memory.y.set(yTrain);
  startScores(baseline, memory.raw);
  const pool = new TrainingThreads(memory, threads);
  try {
    const grower = new TreeGrower(pool, thresholds, { ...opts, minHessian: 1e-3 });
    const outcome = runBoosting({
      loss,
      threads: pool,
      grower,
      validation: earlyStopping ? heldOut(data, validation, thresholds, targets, baseline) : undefined,
      maxIter: opts.maxIter,
      nIterNoChange: opts.nIterNoChange,
      tol: opts.tol,
      onProgress: opts.onProgress,
    });
    return {
      model: new GbdtModel(kind, nCols, classes, baseline, outcome.trees),
      nIterations: outcome.trees.length / k,
      stoppedEarly: outcome.stoppedEarly,
      earlyStopping,
      trainLoss: outcome.trainLoss,
      validationLoss: outcome.validationLoss,
      threads: pool.threads,
    };
  } finally {
    pool.close();
  }
}

function checkData(task: GbdtTask, data: GbdtTrainingData): GbdtTrainingData {
  if (task !== 'classification' && task !== 'regression') {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `gbdt task must be classification or regression (got ${String(task)})`,
    );
  }
  const { x, nRows, nCols, y } = data;
  const ok =
    Number.isInteger(nRows) &&
    nRows >= 2 &&
    Number.isInteger(nCols) &&
    nCols >= 1 &&
    x instanceof Float64Array &&
    x.length === nRows * nCols &&
    y instanceof Float64Array &&
    y.length === nRows;
  if (!ok) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      'gbdt training data needs at least 2 rows, x as a Float64Array of nRows * nCols and y of nRows',
      { nRows, nCols },
    );
  }
  return data;
}

function setUp(
  task: GbdtTask,
  y: Float64Array,
): { kind: GbdtKind; classes: number[]; targets: Float64Array; loss: GbdtLoss } {
  if (task === 'regression') {
    const bad = y.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0) throw new SextantError('INVALID_ARGUMENT', `target at row ${bad} is not a finite number`);
    return { kind: 'regression', classes: [], targets: y, loss: createSquaredErrorLoss() };
  }
  const { classes, codes } = encodeClasses(y);
  if (classes.length < 2) {
    throw new SextantError('INVALID_ARGUMENT', 'classification needs at least two classes in the labels');
  }
  if (classes.length === 2) return { kind: 'binary', classes, targets: codes, loss: createBinaryLogLoss() };
  return { kind: 'multiclass', classes, targets: codes, loss: createSoftmaxLoss(classes.length) };
}

function gather(values: Float64Array, rows: Uint32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}

/** The validation rows: targets, raw scores at the baseline, and bins (binned once, scored every iteration). */
function heldOut(
  data: GbdtTrainingData,
  rows: Uint32Array,
  thresholds: readonly Float64Array[],
  targets: Float64Array,
  baseline: Float64Array,
): { y: Float64Array; raw: Float64Array; bins: Uint8Array } {
  const raw = new Float64Array(baseline.length * rows.length);
  startScores(baseline, raw);
  const bins = binFeatures(data.x, data.nCols, rows, thresholds, new Uint8Array(rows.length * data.nCols));
  return { y: gather(targets, rows), raw, bins };
}

/** Fills class-major raw scores with each slot's baseline. */
function startScores(baseline: Float64Array, raw: Float64Array): void {
  const n = raw.length / baseline.length;
  for (let s = 0; s < baseline.length; s++) raw.fill(baseline[s]!, s * n, (s + 1) * n);
}
