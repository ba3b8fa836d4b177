import type { Column } from '../../core/frame.js';
import type {
  CategoricalColumnProfile,
  ColumnProfile,
  TextColumnProfile,
} from '../drift-profile/column-profile.js';
import { copyFiniteValues } from '../drift-profile/copy-finite-values.js';
import { countNumbers } from '../drift-profile/count-numbers.js';
import { summarizeColumn } from '../drift-profile/summarize-column.js';
import type { Float64Pool } from './float64-pool.js';

/** A numeric column side whose values are copied only when its task is about to run. */
export interface NumericDriftSide {
  readonly name: string;
  readonly type: 'numeric' | 'datetime';
  readonly kind: 'numeric';
  readonly rows: number;
  readonly missing: number;
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  readonly count: number;
  readonly sorted: boolean;
  /** Sketched (from a profile) rather than every value. */
  readonly sketched: boolean;
  /**
   * The finite values. `owned`: a fresh copy (on a buffer from `pool` when given) the caller may sort,
   * transfer and hand back to the pool; otherwise the profile's own sorted array, to be copied
   * (structured clone) rather than transferred.
   */
  take(pool?: Float64Pool): { values: Float64Array; owned: boolean };
}

/** One column of one side, as the drift engine reads it. */
export type DriftSide = NumericDriftSide | CategoricalColumnProfile | TextColumnProfile;

/**
 * The engine's view of a Frame column or a saved profile column. Categorical and text columns are
 * counted at once (small results); numeric ones are only counted, and copied on `take()`, so that at
 * most a few columns are copied at any time.
 */
export function toDriftSide(column: Column | ColumnProfile): DriftSide {
  if ('kind' in column) {
    if (column.kind !== 'numeric') return column;
    const { values, sorted } = column;
    return {
      ...column,
      sketched: values.length < column.count,
      take: () => ({ values, owned: false }),
      sorted,
    };
  }
  if (column.type !== 'numeric' && column.type !== 'datetime') return summarizeColumn(column) as DriftSide;
  const source = column.values;
  const counts = countNumbers(source);
  return {
    name: column.name,
    type: column.type,
    kind: 'numeric',
    rows: source.length,
    ...counts,
    sorted: false,
    sketched: false,
    take: (pool) => ({
      values: copyFiniteValues(source, counts.count, pool?.take(counts.count)),
      owned: true,
    }),
  };
}
