/**
 * The auth decision every route must declare in its `config.auth`; a route without one makes the
 * server refuse to start (fail closed). `read` covers the registry and monitoring reads.
 */
export type RouteAuth = 'public' | 'predict' | 'feedback' | 'read' | 'admin';

export const ROUTE_AUTHS: readonly RouteAuth[] = ['public', 'predict', 'feedback', 'read', 'admin'];
