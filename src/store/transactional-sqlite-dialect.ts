import { type DialectAdapter, SqliteAdapter, SqliteDialect } from 'kysely';

/** SQLite's adapter, except that it admits what SQLite can do: roll back DDL. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * Kysely's SQLite dialect with transactional DDL switched on. Kysely reports SQLite as unable to
 * roll back DDL, so its Migrator would run migrations outside a transaction and a failure half-way
 * would leave half a schema. SQLite does roll back CREATE / ALTER / DROP inside a transaction, so
 * with this flag the Migrator wraps all pending migrations in one and MIGRATION_FAILED really means
 * "the database is unchanged", as it does on PostgreSQL.
 */
export class TransactionalSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
