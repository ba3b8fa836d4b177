/**
 * Splits `items` into consecutive slices of at most `size`. Batch statements are chunked so that
 * no single statement exceeds a backend's bind-parameter limit (see `SqlDialectProfile`).
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const step = Math.max(1, Math.floor(size));
  const slices: T[][] = [];
  for (let start = 0; start < items.length; start += step) slices.push(items.slice(start, start + step));
  return slices;
}
