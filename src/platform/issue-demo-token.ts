import type { TokenRepository } from '../core/ports/token-repository.js';
import { createApiToken } from '../registry/create-api-token.js';
import { revokeApiToken } from '../registry/revoke-api-token.js';

/** The name of the demo's admin token. */
const NAME = 'demo';

/**
 * Creates the demo's admin token (the dashboard's admin actions and the replayed traffic use it) and
 * revokes the earlier runs' ones: their secrets were printed to a terminal, so one live demo token
 * is enough. Returns the secret, shown once, and how many tokens were revoked.
 */
export async function issueDemoToken(
  tokens: TokenRepository,
  at: Date,
): Promise<{ secret: string; revoked: number }> {
  const earlier = (await tokens.listTokens()).filter((t) => t.name === NAME && t.revokedAt === null);
  for (const token of earlier) await revokeApiToken(tokens, token.id, at);
  const { secret } = await createApiToken(tokens, { name: NAME, role: 'admin', at });
  return { secret, revoked: earlier.length };
}
