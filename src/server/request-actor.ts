import type { FastifyRequest } from 'fastify';
import type { ApiToken } from '../core/entities/api-token.js';

/** Who made a change, for the alias history and run records: the admin token's name. */
export function actorOf(request: FastifyRequest): string {
  const token = (request as FastifyRequest & { token?: ApiToken }).token;
  return token === undefined ? 'api' : `token:${token.name}`;
}
