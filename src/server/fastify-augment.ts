import type { RouteAuth } from './route-auth.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; required on every route (see route-auth.ts). */
    auth?: RouteAuth;
  }
}
