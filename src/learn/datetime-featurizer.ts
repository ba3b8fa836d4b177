import type { Column } from '../core/frame.js';
import { columnAsInstants } from './column-as-instants.js';
import { DenseMatrix } from './dense-matrix.js';
import type { Featurizer, FeaturizerJson } from './featurizer.js';
import { NumericFeaturizer, type NumericFeaturizerJson } from './numeric-featurizer.js';
import { StateReader } from './state-reader.js';
import type { TypedArena } from './typed-arena.js';

/** The calendar parts extracted, in output order. */
const PARTS = ['year', 'month', 'dayofweek', 'hour'] as const;

/** Saved state of a {@link DatetimeFeaturizer}. */
export interface DatetimeFeaturizerJson extends FeaturizerJson {
  readonly type: 'datetime-parts';
  readonly parts: readonly NumericFeaturizerJson[];
  readonly missingIndicator: boolean;
}

/**
 * An instant as four numeric features read in UTC: year, month (1–12), day of week (Monday 0 …
 * Sunday 6, the pandas convention) and hour (0–23), each then imputed and standardized like a numeric
 * column. Epoch milliseconds as one number would say little to a linear model; the parts carry
 * seasonality and trend. A `<name>__missing` column is added when the training column had missing
 * instants (all four parts go missing together, so one flag suffices).
 */
export class DatetimeFeaturizer implements Featurizer {
  readonly type = 'datetime-parts' as const;
  readonly sparse = false;
  readonly featureNames: readonly string[];

  private constructor(
    readonly column: string,
    private readonly parts: readonly NumericFeaturizer[],
    readonly missingIndicator: boolean,
  ) {
    const names = PARTS.map((part) => `${column}__${part}`);
    this.featureNames = missingIndicator ? [...names, `${column}__missing`] : names;
  }

  /** Learns each part's median, mean and scale from a datetime (or ISO 8601 text) column. */
  static fit(column: Column): DatetimeFeaturizer {
    const partValues = extractParts(columnAsInstants(column));
    const parts = PARTS.map((part, p) =>
      NumericFeaturizer.fitValues(`${column.name}__${part}`, partValues[p]!, { missingIndicator: false }),
    );
    return new DatetimeFeaturizer(column.name, parts, partValues[0]!.some(Number.isNaN));
  }

  transform(column: Column, arena?: TypedArena): DenseMatrix {
    const instants = columnAsInstants(column);
    const partValues = extractParts(instants);
    const width = this.featureNames.length;
    const out = new DenseMatrix(instants.length, width, arena?.float64(instants.length * width));
    this.parts.forEach((part, p) => {
      part.writeValues(partValues[p]!, out.data, width, p);
    });
    if (this.missingIndicator) {
      for (let i = 0; i < instants.length; i++)
        out.data[i * width + PARTS.length] = Number.isNaN(instants[i]!) ? 1 : 0;
    }
    return out;
  }

  toJSON(): DatetimeFeaturizerJson {
    return {
      type: this.type,
      column: this.column,
      parts: this.parts.map((part) => part.toJSON()),
      missingIndicator: this.missingIndicator,
    };
  }

  /** Restores a featurizer from {@link toJSON}'s state, checking every field. */
  static fromJSON(json: unknown): DatetimeFeaturizer {
    const state = new StateReader(json, 'datetime featurizer');
    state.literal('type', 'datetime-parts');
    const parts = state.array('parts').map((part) => NumericFeaturizer.fromJSON(part));
    if (parts.length !== PARTS.length) state.fail(`parts must hold ${PARTS.length} entries`);
    return new DatetimeFeaturizer(state.string('column'), parts, state.boolean('missingIndicator'));
  }
}

/** Year, month, weekday (Monday 0) and hour of each instant, NaN where it is missing. */
function extractParts(instants: Float64Array): Float64Array[] {
  const n = instants.length;
  const parts = PARTS.map(() => new Float64Array(n));
  const [year, month, weekday, hour] = parts as [Float64Array, Float64Array, Float64Array, Float64Array];
  const date = new Date(0);
  for (let i = 0; i < n; i++) {
    const t = instants[i]!;
    if (!Number.isFinite(t)) {
      year[i] = month[i] = weekday[i] = hour[i] = Number.NaN;
      continue;
    }
    date.setTime(t);
    year[i] = date.getUTCFullYear();
    month[i] = date.getUTCMonth() + 1;
    weekday[i] = (date.getUTCDay() + 6) % 7;
    hour[i] = date.getUTCHours();
  }
  return parts;
}
