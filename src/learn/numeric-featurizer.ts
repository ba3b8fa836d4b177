import type { Column } from '../core/frame.js';
import { columnAsNumbers } from './column-as-numbers.js';
import { DenseMatrix } from './dense-matrix.js';
import type { Featurizer, FeaturizerJson } from './featurizer.js';
import { medianOf } from './median-of.js';
import { StateReader } from './state-reader.js';
import type { TypedArena } from './typed-arena.js';

/** Options of {@link NumericFeaturizer}. */
export interface NumericFeaturizerOptions {
  /** Center on the mean and divide by the standard deviation (default true); linear models need it. */
  readonly standardize?: boolean;
  /** Add a 0/1 "was missing" column: 'auto' (default) when the training column had a missing value. */
  readonly missingIndicator?: boolean | 'auto';
  /**
   * Replace missing values by the training median (default true). False passes them on as NaN (and
   * ±Infinity as NaN too): gradient-boosted trees learn where missing values go, imputing only hides them.
   */
  readonly impute?: boolean;
}

/** Saved state of a {@link NumericFeaturizer}. */
export interface NumericFeaturizerJson extends FeaturizerJson {
  readonly type: 'numeric';
  readonly median: number;
  readonly mean: number;
  readonly scale: number;
  readonly missingIndicator: boolean;
  /** Absent in states saved before the option existed, which all imputed. */
  readonly impute?: boolean;
}

/**
 * A numeric column as one standardized feature: missing values (NaN, and ±Infinity, which no linear
 * model survives) replaced by the training median, then (x − mean) / std with the mean and population
 * std of the imputed training column (std 0 → 1), as scikit-learn's SimpleImputer(strategy="median")
 * followed by StandardScaler. When the training column had missing values, a second column
 * `<name>__missing` flags them, so "unknown" can carry its own weight instead of posing as the median.
 */
export class NumericFeaturizer implements Featurizer {
  readonly type = 'numeric' as const;
  readonly sparse = false;
  readonly featureNames: readonly string[];

  private constructor(
    readonly column: string,
    readonly median: number,
    readonly mean: number,
    readonly scale: number,
    readonly missingIndicator: boolean,
    readonly impute: boolean = true,
  ) {
    this.featureNames = missingIndicator ? [column, `${column}__missing`] : [column];
  }

  /** Learns median, mean and scale from a column (any type, read as numbers). */
  static fit(column: Column, options: NumericFeaturizerOptions = {}): NumericFeaturizer {
    return NumericFeaturizer.fitValues(column.name, columnAsNumbers(column), options);
  }

  /** Learns from raw values (NaN missing); the datetime featurizer fits its parts this way. */
  static fitValues(
    name: string,
    values: Float64Array,
    options: NumericFeaturizerOptions = {},
  ): NumericFeaturizer {
    const found = medianOf(values);
    const median = Number.isNaN(found) ? 0 : found;
    let missing = 0;
    let sum = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isFinite(v)) sum += v;
      else {
        missing++;
        sum += median;
      }
    }
    const n = values.length;
    const mean = n === 0 ? 0 : sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const v = values[i]!;
      const d = (Number.isFinite(v) ? v : median) - mean;
      squares += d * d;
    }
    const std = n === 0 ? 0 : Math.sqrt(squares / n);
    const standardize = options.standardize ?? true;
    const indicator = options.missingIndicator ?? 'auto';
    return new NumericFeaturizer(
      name,
      median,
      standardize ? mean : 0,
      standardize && std > 0 ? std : 1,
      indicator === 'auto' ? missing > 0 : indicator,
      options.impute ?? true,
    );
  }

  transform(column: Column, arena?: TypedArena): DenseMatrix {
    const values = columnAsNumbers(column);
    const width = this.featureNames.length;
    const out = new DenseMatrix(values.length, width, arena?.float64(values.length * width));
    this.writeValues(values, out.data, width, 0);
    return out;
  }

  /**
   * Writes the transformed values into `out` at `offset`, `offset + stride`, ... and, with a missing
   * indicator, the flags one column to the right. Lets a caller fill a wider block without copies.
   */
  writeValues(values: Float64Array, out: Float64Array, stride: number, offset: number): void {
    const { mean, scale, missingIndicator } = this;
    const fill = this.impute ? this.median : Number.NaN;
    for (let i = 0, o = offset; i < values.length; i++, o += stride) {
      const v = values[i]!;
      const finite = Number.isFinite(v);
      out[o] = ((finite ? v : fill) - mean) / scale;
      if (missingIndicator) out[o + 1] = finite ? 0 : 1;
    }
  }

  toJSON(): NumericFeaturizerJson {
    const { type, column, median, mean, scale, missingIndicator, impute } = this;
    return { type, column, median, mean, scale, missingIndicator, ...(impute ? {} : { impute }) };
  }

  /** Restores a featurizer from {@link toJSON}'s state, checking every field. */
  static fromJSON(json: unknown): NumericFeaturizer {
    const state = new StateReader(json, 'numeric featurizer');
    state.literal('type', 'numeric');
    const scale = state.number('scale');
    if (scale <= 0) state.fail('scale must be positive');
    return new NumericFeaturizer(
      state.string('column'),
      state.number('median'),
      state.number('mean'),
      scale,
      state.boolean('missingIndicator'),
      (json as { impute?: unknown }).impute === undefined ? true : state.boolean('impute'),
    );
  }
}
