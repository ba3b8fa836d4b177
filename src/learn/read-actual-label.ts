/**
 * Ground truth as a class label: feedback arrives as JSON, so a label may come as a string, a number
 * or a boolean (`1`, `true`); undefined when it cannot be one.
 */
export function readActualLabel(actual: unknown): string | undefined {
  if (typeof actual === 'string') return actual;
  if (typeof actual === 'number' && Number.isFinite(actual)) return String(actual);
  if (typeof actual === 'boolean') return String(actual);
  return undefined;
}
