import { randomBytes } from 'node:crypto';
import { assertName } from '../core/assert-name.js';
import { type ApiToken, TOKEN_ROLES, type TokenRole } from '../core/entities/api-token.js';
import type { TokenRepository } from '../core/ports/token-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { hashTokenSecret } from './hash-token-secret.js';

/**
 * Creates an API token: a fresh secret (`sxt_` + 32 random bytes, base64url) of which only the sha256
 * is stored. The secret is returned once, here, and cannot be recovered afterwards; a lost secret
 * means revoking the token and creating another.
 *
 * @example const { secret } = await createApiToken(tokens, { name: 'ci', role: 'predict', at: clock.now() });
 * @throws INVALID_ARGUMENT for an unknown role or an invalid name
 */
export async function createApiToken(
  tokens: TokenRepository,
  request: { name: string; role: TokenRole; at: Date },
): Promise<{ secret: string; token: ApiToken }> {
  if (!TOKEN_ROLES.includes(request.role)) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `token role ${JSON.stringify(request.role)} is not one of ${TOKEN_ROLES.join(', ')}`,
      { role: request.role },
    );
  }
  const name = assertName('token', request.name);
  const secret = `sxt_${randomBytes(32).toString('base64url')}`;
  const token = await tokens.createToken({
    name,
    role: request.role,
    secretHash: hashTokenSecret(secret),
    createdAt: request.at,
  });
  return { secret, token };
}
