/**
 * A new array of the finite values of `values`, in order; `count` (from countNumbers) sizes it so
 * that it is allocated once, or `into` (of exactly `count` values) receives it. The copy is the drift
 * engine's to sort and to transfer to a worker.
 *
 * @example copyFiniteValues(Float64Array.of(1, NaN, 2, Infinity), 2) // Float64Array [1, 2]
 */
export function copyFiniteValues(values: Float64Array, count: number, into?: Float64Array): Float64Array {
  const finite = into !== undefined && into.length === count ? into : new Float64Array(count);
  if (count === values.length) {
    finite.set(values);
    return finite;
  }
  let at = 0;
  for (let i = 0; i < values.length && at < count; i++) {
    const value = values[i]!;
    if (value - value === 0) finite[at++] = value;
  }
  return finite;
}
