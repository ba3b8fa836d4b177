import type { ApiToken, TokenRole } from '../core/entities/api-token.js';
import type { TokenRepository } from '../core/ports/token-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { authenticateToken } from '../registry/authenticate-token.js';
import { tokenAllows } from '../registry/token-allows.js';

/** How long a looked-up token is trusted before the store is asked again (revocation delay). */
const CACHE_MS = 5_000;
const CACHE_MAX = 1_000;

/**
 * Checks bearer tokens against the token store with a short cache, so the request path does not hit
 * the database on every prediction while a revoked token stops working within seconds.
 */
export class TokenAuthenticator {
  private readonly cache = new Map<string, { token: ApiToken | undefined; until: number }>();

  constructor(
    private readonly tokens: TokenRepository,
    private readonly now: () => Date,
  ) {}

  /** The token's record when `authorization` holds a valid bearer token with `role` ('any': any role); throws otherwise. */
  async require(authorization: string | undefined, role: TokenRole | 'any'): Promise<ApiToken> {
    const secret = bearerSecret(authorization);
    if (secret === undefined)
      throw new SextantError(
        'UNAUTHORIZED',
        'this route needs an API token: send "Authorization: Bearer <token>"',
      );
    const token = await this.lookUp(secret);
    if (token === undefined) throw new SextantError('UNAUTHORIZED', 'the API token is unknown or revoked');
    if (role !== 'any' && !tokenAllows(token.role, role))
      throw new SextantError(
        'FORBIDDEN',
        `this route needs a token with the ${role} role; this one has ${token.role}`,
        {
          needed: role,
          role: token.role,
        },
      );
    return token;
  }

  /**
   * The token when `authorization` holds a bearer token already in the cache, still trusted, with
   * `role`; undefined otherwise (not cached, unknown, revoked, or without the role), never throwing.
   * The prediction fast path answers only what this approves and leaves the rest to {@link require}.
   */
  cached(authorization: string | undefined, role: TokenRole | 'any'): ApiToken | undefined {
    const secret = bearerSecret(authorization);
    if (secret === undefined) return undefined;
    const hit = this.cache.get(secret);
    if (hit === undefined || hit.token === undefined || hit.until <= this.now().getTime()) return undefined;
    return role === 'any' || tokenAllows(hit.token.role, role) ? hit.token : undefined;
  }

  private async lookUp(secret: string): Promise<ApiToken | undefined> {
    const at = this.now();
    const hit = this.cache.get(secret);
    if (hit !== undefined && hit.until > at.getTime()) return hit.token;
    const token = await authenticateToken(this.tokens, secret, at);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(secret, { token, until: at.getTime() + CACHE_MS });
    return token;
  }
}

function bearerSecret(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}
