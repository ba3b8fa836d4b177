/**
 * JSON with object keys sorted at every depth, so two values that are equal as data serialise to
 * the same text: `{"a":1,"b":2}` and `{"b":2,"a":1}` are one value. Feedback idempotence compares
 * labels this way; `undefined` (which JSON cannot hold) is stored as `null`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}
