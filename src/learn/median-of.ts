/**
 * The median of the finite values (numpy's: the mean of the two middle values for an even count),
 * or NaN when there is none. Sorts a copy in a typed array, natively.
 */
export function medianOf(values: Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) count++;
  if (count === 0) return Number.NaN;
  const finite = new Float64Array(count);
  for (let i = 0, j = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) finite[j++] = values[i]!;
  finite.sort();
  const mid = count >> 1;
  return count % 2 === 1 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2;
}
