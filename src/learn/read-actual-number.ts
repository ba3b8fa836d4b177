/** Ground truth as a number (a JSON number or numeric text); undefined when it is not a finite one. */
export function readActualNumber(actual: unknown): number | undefined {
  const value =
    typeof actual === 'number'
      ? actual
      : typeof actual === 'string' && actual.trim() !== ''
        ? Number(actual)
        : Number.NaN;
  return Number.isFinite(value) ? value : undefined;
}
