import { SextantError } from '../core/sextant-error.js';
import { balancedClassWeights } from './balanced-class-weights.js';
import { encodeFloat64 } from './encode-float64.js';
import type { FeatureMatrix } from './feature-matrix.js';
import { logisticObjective } from './logistic-objective.js';
import { logisticProbabilities } from './logistic-probabilities.js';
import { type LbfgsResult, minimizeLbfgs } from './minimize-lbfgs.js';
import { StateReader } from './state-reader.js';

/** Options of {@link LogisticRegression.fit}; defaults are scikit-learn's LogisticRegression(lbfgs). */
export interface LogisticRegressionOptions {
  /** Inverse L2 strength: the objective is Σ wᵢ·lossᵢ + ‖W‖² / (2C), intercepts unpenalized (default 1). */
  readonly c?: number;
  /** 'balanced' weighs class c by n / (K·n_c) (default: none). */
  readonly classWeight?: 'balanced';
  /** Extra per-row weights, multiplied with class weights. */
  readonly sampleWeight?: Float64Array;
  /** L-BFGS iteration cap (default 100). */
  readonly maxIter?: number;
  /** Gradient tolerance on the per-sample-averaged objective (default 1e-4). */
  readonly tol?: number;
  /** Relative objective-decrease stop (default 2.22e-9, scipy's; 0 disables). */
  readonly ftol?: number;
  /** Number of classes; default one more than the largest label. */
  readonly classCount?: number;
}

/** Saved state of a {@link LogisticRegression}. */
export interface LogisticRegressionJson {
  readonly type: 'logistic-regression';
  readonly classCount: number;
  readonly featureCount: number;
  /** Base64 float64, features × k feature-major (k = 1 binary, k = classCount multinomial). */
  readonly weights: string;
  /** Base64 float64, k intercepts. */
  readonly intercepts: string;
}

/**
 * L2-regularized logistic regression on dense or CSR features, fitted by our L-BFGS: binary (one score,
 * sigmoid) for two classes and multinomial (softmax) for more, as scikit-learn's lbfgs solver does, so
 * on the same data both reach the same convex optimum. Labels are class indices 0..K−1 (the caller
 * keeps their names). Deterministic: no randomness anywhere in fitting.
 *
 * @example const model = LogisticRegression.fit(features, labels, { classWeight: 'balanced' });
 *          model.predictProba(features) // n × K row-major
 */
export class LogisticRegression {
  readonly type = 'logistic-regression' as const;
  /** How the solver ended; undefined for a model loaded from JSON. */
  readonly training?: Omit<LbfgsResult, 'x'>;

  private constructor(
    readonly classCount: number,
    readonly featureCount: number,
    /** features × k, feature-major. */
    readonly weights: Float64Array,
    readonly intercepts: Float64Array,
    training?: Omit<LbfgsResult, 'x'>,
  ) {
    if (training !== undefined) this.training = training;
  }

  /** Fits the model to features and class indices. */
  static fit(
    x: FeatureMatrix,
    y: ArrayLike<number>,
    options: LogisticRegressionOptions = {},
  ): LogisticRegression {
    if (y.length !== x.rows || x.rows === 0) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `logistic regression: ${x.rows} feature rows but ${y.length} labels`,
      );
    }
    const labels = Int32Array.from(y);
    let maxLabel = 0;
    labels.forEach((label, i) => {
      if (label < 0 || label !== y[i])
        throw new SextantError(
          'INVALID_ARGUMENT',
          `logistic regression: label ${y[i]} at row ${i} is not a class index`,
        );
      maxLabel = Math.max(maxLabel, label);
    });
    const classCount = options.classCount ?? maxLabel + 1;
    if (classCount < 2 || maxLabel >= classCount) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `logistic regression needs at least two classes (labels 0..${classCount - 1})`,
      );
    }
    const c = options.c ?? 1;
    if (!(c > 0))
      throw new SextantError('INVALID_ARGUMENT', `logistic regression: C must be positive, got ${c}`);
    const weights = new Float64Array(x.rows).fill(1);
    if (options.sampleWeight !== undefined) {
      if (options.sampleWeight.length !== x.rows)
        throw new SextantError('INVALID_ARGUMENT', 'sampleWeight length differs from the row count');
      weights.set(options.sampleWeight);
    }
    if (options.classWeight === 'balanced') {
      const perClass = balancedClassWeights(labels, classCount);
      for (let i = 0; i < labels.length; i++) weights[i]! *= perClass[labels[i]!]!;
    }
    const k = classCount === 2 ? 1 : classCount;
    const objective = logisticObjective(x, labels, weights, k, c);
    const { x: params, ...training } = minimizeLbfgs(objective, new Float64Array((x.cols + 1) * k), {
      maxIterations: options.maxIter ?? 100,
      tol: options.tol ?? 1e-4,
      ftol: options.ftol,
    });
    return new LogisticRegression(
      classCount,
      x.cols,
      params.slice(0, x.cols * k),
      params.slice(x.cols * k),
      training,
    );
  }

  /** Class probabilities, row-major n × classCount (for two classes: [1 − p, p], as scikit-learn). */
  predictProba(x: FeatureMatrix): Float64Array {
    if (x.cols !== this.featureCount) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `the model expects ${this.featureCount} features, got ${x.cols}`,
      );
    }
    const k = this.intercepts.length;
    const scores = x.multiply(this.weights, k, new Float64Array(x.rows * k));
    const out = new Float64Array(x.rows * this.classCount);
    for (let i = 0; i < x.rows; i++)
      logisticProbabilities(scores, i * k, this.intercepts, out, i * this.classCount);
    return out;
  }

  /** The most probable class of each row (the first on a tie). */
  predict(x: FeatureMatrix): Int32Array {
    const proba = this.predictProba(x);
    const k = this.classCount;
    const out = new Int32Array(x.rows);
    for (let i = 0; i < x.rows; i++) {
      let best = 0;
      for (let j = 1; j < k; j++) if (proba[i * k + j]! > proba[i * k + best]!) best = j;
      out[i] = best;
    }
    return out;
  }

  toJSON(): LogisticRegressionJson {
    return {
      type: this.type,
      classCount: this.classCount,
      featureCount: this.featureCount,
      weights: encodeFloat64(this.weights),
      intercepts: encodeFloat64(this.intercepts),
    };
  }

  /** Restores a model from {@link toJSON}'s state, checking shapes. */
  static fromJSON(json: unknown): LogisticRegression {
    const state = new StateReader(json, 'logistic regression');
    state.literal('type', 'logistic-regression');
    const classCount = state.integer('classCount', 2);
    const featureCount = state.integer('featureCount', 0);
    const k = classCount === 2 ? 1 : classCount;
    return new LogisticRegression(
      classCount,
      featureCount,
      state.float64('weights', featureCount * k),
      state.float64('intercepts', k),
    );
  }
}
