/**
 * A relative API path with URI-encoded segments and an optional query, for apiRequest and useApi.
 *
 * @example apiPath(['v1', 'models', name, 'reports'], { limit: 100 }) // 'v1/models/tickets/reports?limit=100'
 */
export function apiPath(
  segments: readonly (string | number)[],
  query: Readonly<Record<string, string | number | null | undefined>> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return segments.map((s) => encodeURIComponent(String(s))).join('/') + (search === '' ? '' : `?${search}`);
}
