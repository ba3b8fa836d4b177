import { SextantError } from '../core/sextant-error.js';
import { centeredGram } from './centered-gram.js';
import { choleskySolve } from './cholesky-solve.js';
import { columnMeans } from './column-means.js';
import { dampedLeastSquares } from './damped-least-squares.js';
import { encodeFloat64 } from './encode-float64.js';
import type { FeatureMatrix } from './feature-matrix.js';
import { StateReader } from './state-reader.js';

/** Options of {@link RidgeRegression.fit}. */
export interface RidgeRegressionOptions {
  /** L2 strength on the weights (intercept unpenalized); 0 is ordinary least squares (default 1, as scikit-learn's Ridge). */
  readonly alpha?: number;
  /**
   * 'cholesky': normal equations, exact, for up to a few thousand columns; 'cg': CGLS iterations on the
   * centered data, for wide sparse inputs; 'auto' (default): cholesky up to 1,000 columns, else cg.
   */
  readonly solver?: 'auto' | 'cholesky' | 'cg';
  /** CGLS relative tolerance (default 1e-10). */
  readonly tol?: number;
  /** CGLS iteration cap. */
  readonly maxIter?: number;
}

/** Saved state of a {@link RidgeRegression}. */
export interface RidgeRegressionJson {
  readonly type: 'ridge-regression';
  readonly featureCount: number;
  /** Base64 float64 weights, one per feature. */
  readonly weights: string;
  readonly intercept: number;
}

/**
 * Linear regression with an optional L2 penalty: minimizes ‖y − X·w − b‖² + α‖w‖², as scikit-learn's
 * Ridge (alpha > 0) and LinearRegression (alpha = 0). The intercept comes from centering, b = ȳ − x̄·w.
 * Closed form by Cholesky for moderate widths, CGLS for wide sparse ones; when the normal equations are
 * singular (collinear columns, alpha 0) it falls back to CGLS, whose minimum-norm answer matches
 * LinearRegression's least-squares solution. Deterministic.
 */
export class RidgeRegression {
  readonly type = 'ridge-regression' as const;

  private constructor(
    readonly featureCount: number,
    readonly weights: Float64Array,
    readonly intercept: number,
  ) {}

  /** Fits weights and intercept to a numeric target. */
  static fit(x: FeatureMatrix, y: ArrayLike<number>, options: RidgeRegressionOptions = {}): RidgeRegression {
    if (y.length !== x.rows || x.rows === 0) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `ridge regression: ${x.rows} feature rows but ${y.length} targets`,
      );
    }
    const alpha = options.alpha ?? 1;
    if (!(alpha >= 0))
      throw new SextantError('INVALID_ARGUMENT', `ridge regression: alpha must be ≥ 0, got ${alpha}`);
    const target = Float64Array.from(y);
    if (target.some((v) => !Number.isFinite(v))) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        'ridge regression: the target has missing or infinite values',
      );
    }
    const n = x.rows;
    const p = x.cols;
    const means = columnMeans(x);
    const yMean = target.reduce((sum, v) => sum + v, 0) / n;
    const centeredY = target.map((v) => v - yMean);
    const solver = options.solver ?? 'auto';
    let weights: Float64Array | undefined;
    if (solver === 'cholesky' || (solver === 'auto' && p <= 1000)) {
      const gram = centeredGram(x, means);
      for (let j = 0; j < p; j++) gram[j * p + j]! += alpha;
      // Xcᵀ·yc = Xᵀ·yc, because the centered target sums to zero.
      weights = choleskySolve(gram, x.transposeMultiply(centeredY, 1, new Float64Array(p)), p);
    }
    weights ??= dampedLeastSquares(x, means, centeredY, alpha, {
      tol: options.tol,
      maxIter: options.maxIter,
    });
    let shift = 0;
    for (let j = 0; j < p; j++) shift += means[j]! * weights[j]!;
    return new RidgeRegression(p, weights, yMean - shift);
  }

  /** Predicted targets, one per row. */
  predict(x: FeatureMatrix): Float64Array {
    if (x.cols !== this.featureCount) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `the model expects ${this.featureCount} features, got ${x.cols}`,
      );
    }
    const out = x.multiply(this.weights, 1, new Float64Array(x.rows));
    for (let i = 0; i < out.length; i++) out[i]! += this.intercept;
    return out;
  }

  toJSON(): RidgeRegressionJson {
    return {
      type: this.type,
      featureCount: this.featureCount,
      weights: encodeFloat64(this.weights),
      intercept: this.intercept,
    };
  }

  /** Restores a model from {@link toJSON}'s state, checking shapes. */
  static fromJSON(json: unknown): RidgeRegression {
    const state = new StateReader(json, 'ridge regression');
    state.literal('type', 'ridge-regression');
    const featureCount = state.integer('featureCount', 0);
    return new RidgeRegression(
      featureCount,
      state.float64('weights', featureCount),
      state.number('intercept'),
    );
  }
}
