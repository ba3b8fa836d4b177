/**
 * A hash link built from raw path segments and query values, each URI-encoded, so a model named
 * `a/b c` links as `#/models/a%2Fb%20c` and parseRoute reads it back.
 *
 * @example routeHref(['drift', model], { report: 12 }) // '#/drift/tickets?report=12'
 */
export function routeHref(
  segments: readonly (string | number)[],
  query: Readonly<Record<string, string | number | null | undefined>> = {},
): string {
  const path = segments.map((s) => encodeURIComponent(String(s))).join('/');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `#/${path}${search === '' ? '' : `?${search}`}`;
}
