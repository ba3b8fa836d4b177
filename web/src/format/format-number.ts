/**
 * A number as the dashboard shows it: integers as they are, others to 4 significant digits (tiny
 * ones in exponent form), null or non-finite as an en dash. Display only: the exact value stays in
 * the element's `data-value` (see Num), so tests compare against the API unchanged.
 *
 * @example formatNumber(0.912345) // '0.9123'
 */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return String(value);
  if (Math.abs(value) < 1e-4) return value.toExponential(2);
  return String(Number(value.toPrecision(4)));
}
