import type { TokenRepository } from '../core/ports/token-repository.js';
import { SextantError } from '../core/sextant-error.js';

/**
 * Revokes an API token: it stops authenticating at once, and stays listed (with its revocation
 * instant) as an audit trail. Revoking a revoked token keeps its first revocation instant.
 *
 * @throws TOKEN_NOT_FOUND
 */
export async function revokeApiToken(tokens: TokenRepository, id: number, at: Date): Promise<void> {
  if (!Number.isInteger(id) || id < 1 || !(await tokens.revokeToken(id, at))) {
    throw new SextantError('TOKEN_NOT_FOUND', `no API token with id ${id}`, { id });
  }
}
