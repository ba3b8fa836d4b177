/** What a token may do. admin implies the others. */
export type TokenRole = 'predict' | 'feedback' | 'admin';

export const TOKEN_ROLES: readonly TokenRole[] = ['predict', 'feedback', 'admin'];

/** An API token as stored: only the sha256 of the secret, never the secret. */
export interface ApiToken {
  readonly id: number;
  readonly name: string;
  readonly role: TokenRole;
  readonly secretHash: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
}

export type NewApiToken = Pick<ApiToken, 'name' | 'role' | 'secretHash' | 'createdAt'>;
