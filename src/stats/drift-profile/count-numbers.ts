/** What a numeric column holds besides finite values. */
export interface NumberCounts {
  /** NaN cells (the Frame's missing marker). */
  readonly missing: number;
  readonly positiveInfinity: number;
  readonly negativeInfinity: number;
  /** Finite values. */
  readonly count: number;
}

/**
 * Counts missing values (NaN) and infinities in one pass, without copying, so that a drift run can
 * pick its tests before it copies any column.
 *
 * @example countNumbers(Float64Array.of(1, NaN, -Infinity)) // { missing: 1, positiveInfinity: 0, negativeInfinity: 1, count: 1 }
 */
export function countNumbers(values: Float64Array): NumberCounts {
  let missing = 0;
  let positiveInfinity = 0;
  let negativeInfinity = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value - value !== 0) {
      if (value === Number.POSITIVE_INFINITY) positiveInfinity++;
      else if (value === Number.NEGATIVE_INFINITY) negativeInfinity++;
      else missing++;
    }
  }
  return {
    missing,
    positiveInfinity,
    negativeInfinity,
    count: values.length - missing - positiveInfinity - negativeInfinity,
  };
}
