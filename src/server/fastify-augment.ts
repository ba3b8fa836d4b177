import type { RouteAuth } from './route-auth.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; required on every route (see route-auth.ts). */
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    /**
     * Set by a prediction route whose answer came from a version other than the serving alias' (a
     * canary share of the traffic, a pinned version), to that version: the model's error-rate and
     * latency rules, which judge the serving version and may roll it back, leave such requests out,
     * and the canary guard judges them by version instead.
     */
    offServingVersion?: number;
  }
}
