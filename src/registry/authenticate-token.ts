import type { ApiToken } from '../core/entities/api-token.js';
import type { TokenRepository } from '../core/ports/token-repository.js';
import { hashTokenSecret } from './hash-token-secret.js';
import { TOKEN_SECRET_PATTERN } from './token-secret-pattern.js';

/** `lastUsedAt` is written at most this often per token, so serving does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * The active (unrevoked) token a secret belongs to, or undefined. A secret that does not have the
 * shape of ours is rejected without a query. The lookup is by the secret's sha256, so comparing in
 * constant time is unnecessary: timing reveals nothing about a stored secret. `lastUsedAt` is updated
 * when it is older than a minute, which keeps "last used" useful without a write per request.
 */
export async function authenticateToken(
  tokens: TokenRepository,
  secret: string,
  at: Date,
): Promise<ApiToken | undefined> {
  if (!TOKEN_SECRET_PATTERN.test(secret)) return undefined;
  const token = await tokens.findActiveTokenByHash(hashTokenSecret(secret));
  if (token === undefined) return undefined;
  const last = token.lastUsedAt?.getTime();
  if (last !== undefined && at.getTime() - last < TOUCH_EVERY_MS && at.getTime() >= last) return token;
  await tokens.touchToken(token.id, at);
  return { ...token, lastUsedAt: at };
}
