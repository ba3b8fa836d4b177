import type { ApiToken, NewApiToken } from '../entities/api-token.js';

/** API tokens, stored only as hashes of their secrets. */
export interface TokenRepository {
  createToken(token: NewApiToken): Promise<ApiToken>;
  /** The unrevoked token with this secret hash. */
  findActiveTokenByHash(secretHash: string): Promise<ApiToken | undefined>;
  listTokens(): Promise<ApiToken[]>;
  /** Marks a token revoked; false when there is no such token. */
  revokeToken(id: number, at: Date): Promise<boolean>;
  touchToken(id: number, at: Date): Promise<void>;
}
