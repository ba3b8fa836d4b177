import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';

/** SQLite's adapter, except that it admits what SQLite can do: roll back DDL. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * Transactions take the write lock when they begin (`BEGIN IMMEDIATE`). With the default deferred
 * BEGIN, a transaction that reads and then writes while another connection (the prediction log's
 * worker) committed in between gets SQLITE_BUSY at once, without waiting: the busy timeout does not
 * apply to that upgrade. Taking the lock first makes the busy timeout serialise writers instead.
 */
class ImmediateTransactionSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * Kysely's SQLite dialect with transactional DDL switched on and immediate transactions. Kysely
 * reports SQLite as unable to roll back DDL, so its Migrator would run migrations outside a
 * transaction and a failure half-way would leave half a schema. SQLite does roll back CREATE / ALTER /
 * DROP inside a transaction, so with this flag the Migrator wraps all pending migrations in one and
 * MIGRATION_FAILED really means "the database is unchanged", as it does on PostgreSQL.
 */
export class TransactionalSqliteDialect extends SqliteDialect {
  private readonly settings: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.settings = config;
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }

  override createDriver(): Driver {
    return new ImmediateTransactionSqliteDriver(this.settings);
  }
}
