/** A dashboard page and its parameters, read from the location hash. */
export type Route =
  | { readonly page: 'models' }
  | { readonly page: 'model'; readonly name: string }
  | { readonly page: 'drift'; readonly name: string | null; readonly reportId: number | null }
  | { readonly page: 'performance'; readonly name: string | null }
  | { readonly page: 'runs'; readonly model: string | null }
  | { readonly page: 'run'; readonly id: string }
  | { readonly page: 'alerts'; readonly model: string | null }
  | { readonly page: 'not-found'; readonly path: string };

/**
 * Reads a location hash into a Route. Path segments are URI-decoded, so model names with any
 * character round-trip through `routeHref`.
 *
 * | hash | page |
 * |---|---|
 * | `#/`, `#/models` | models |
 * | `#/models/NAME` | model detail |
 * | `#/drift`, `#/drift/NAME?report=ID` | drift (model picker without NAME) |
 * | `#/performance`, `#/performance/NAME` | performance |
 * | `#/runs?model=NAME`, `#/runs/ID` | runs and jobs, one run |
 * | `#/alerts?model=NAME` | alerts |
 */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const query = new URLSearchParams(queryPart);
  let segments: string[];
  try {
    segments = pathPart
      .split('/')
      .filter((s) => s !== '')
      .map(decodeURIComponent);
  } catch {
    return { page: 'not-found', path: pathPart };
  }
  const [first, second, ...rest] = segments;
  if (rest.length > 0) return { page: 'not-found', path: pathPart };
  const param = (key: string) => {
    const value = query.get(key);
    return value === null || value === '' ? null : value;
  };
  switch (first) {
    case undefined:
      return { page: 'models' };
    case 'models':
      return second === undefined ? { page: 'models' } : { page: 'model', name: second };
    case 'drift': {
      const report = Number(param('report'));
      return {
        page: 'drift',
        name: second ?? null,
        reportId: Number.isInteger(report) && report > 0 ? report : null,
      };
    }
    case 'performance':
      return { page: 'performance', name: second ?? null };
    case 'runs':
      return second === undefined ? { page: 'runs', model: param('model') } : { page: 'run', id: second };
    case 'alerts':
      if (second === undefined) return { page: 'alerts', model: param('model') };
      break;
  }
  return { page: 'not-found', path: pathPart };
}
