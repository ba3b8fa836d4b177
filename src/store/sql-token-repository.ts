import type { Kysely, Selectable } from 'kysely';
import type { ApiToken, NewApiToken, TokenRole } from '../core/entities/api-token.js';
import type { TokenRepository } from '../core/ports/token-repository.js';
import { SextantError } from '../core/sextant-error.js';
import type { SqlDatabase } from './sql-database.js';

/**
 * API tokens in SQL, looked up by the sha256 of their secret (unique, indexed), never by the
 * secret itself. Revoking keeps the row, so the token list stays an audit trail.
 */
export class SqlTokenRepository implements TokenRepository {
  constructor(private readonly db: Kysely<SqlDatabase>) {}

  async createToken(token: NewApiToken): Promise<ApiToken> {
    const row = await this.db
      .insertInto('api_tokens')
      .values({
        name: token.name,
        role: token.role,
        secret_hash: token.secretHash,
        created_at: token.createdAt.getTime(),
        last_used_at: null,
        revoked_at: null,
      })
      .onConflict((conflict) => conflict.column('secret_hash').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row === undefined) {
      throw new SextantError('INVALID_ARGUMENT', 'a token with the same secret already exists', {
        name: token.name,
      });
    }
    return toToken(row);
  }

  async findActiveTokenByHash(secretHash: string): Promise<ApiToken | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('secret_hash', '=', secretHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row === undefined ? undefined : toToken(row);
  }

  async listTokens(): Promise<ApiToken[]> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().orderBy('id').execute();
    return rows.map(toToken);
  }

  async revokeToken(id: number, at: Date): Promise<boolean> {
    // Revoking twice keeps the first instant: that is when the token stopped working.
    const result = await this.db
      .updateTable('api_tokens')
      .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at.getTime())) }))
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async touchToken(id: number, at: Date): Promise<void> {
    await this.db
      .updateTable('api_tokens')
      .set({ last_used_at: at.getTime() })
      .where('id', '=', id)
      .execute();
  }
}

function toToken(row: Selectable<SqlDatabase['api_tokens']>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role as TokenRole,
    secretHash: row.secret_hash,
    createdAt: new Date(row.created_at),
    lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at),
    revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
  };
}
