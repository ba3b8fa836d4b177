import Database from 'better-sqlite3';
import { Kysely, type Migration } from 'kysely';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { SextantError } from '../core/sextant-error.js';
import type { SqlDatabase } from './sql-database.js';
import type { SqlDialectProfile } from './sql-dialect-profile.js';
import { SqlMetadataStore } from './sql-metadata-store.js';
import { sqlMigrations } from './sql-migrations.js';
import { TransactionalSqliteDialect } from './transactional-sqlite-dialect.js';

/** How long a writer waits for another process's write lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;
/** SQLite's default SQLITE_MAX_VARIABLE_NUMBER since 3.32. */
const SQLITE_MAX_PARAMETERS = 32_766;

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** The migrations to apply at open; tests inject a failing one. Default: every Sextant migration. */
  readonly migrations?: (profile: SqlDialectProfile) => Record<string, Migration>;
}

/**
 * Opens (creating when absent) the embedded SQLite database at `path` and migrates it: the
 * zero-service backend of a laptop workspace. WAL lets readers (the dashboard, `sextant status`)
 * work while the server writes; busy_timeout makes a second process wait for the write lock instead
 * of failing at once; foreign keys are off by default in SQLite and the schema relies on them.
 * The folder of `path` must exist; the caller creates the workspace.
 *
 * Throws DATABASE_UNAVAILABLE when the file cannot be opened, MIGRATION_FAILED when the schema
 * cannot be brought up to date (the database is then unchanged).
 *
 * @example const store = await createSqliteStore('.sextant/sextant.db');
 */
export async function createSqliteStore(
  path: string,
  options: SqliteStoreOptions = {},
): Promise<MetadataStore> {
  const database = openDatabase(path);
  const profile: SqlDialectProfile = {
    capabilities: { concurrentWriters: false, sharedJobQueue: false, description: `SQLite ${path} (WAL)` },
    identityColumn: (column) => column.autoIncrement(),
    selectForUpdate: false,
    maxParameters: SQLITE_MAX_PARAMETERS,
  };
  const db = new Kysely<SqlDatabase>({ dialect: new TransactionalSqliteDialect({ database }) });
  return SqlMetadataStore.open(db, profile, (options.migrations ?? sqlMigrations)(profile));
}

function openDatabase(path: string): Database.Database {
  let database: Database.Database | undefined;
  try {
    database = new Database(path);
    // The first statements touch the file, so a file that is not a database fails here, inside the try.
    database.pragma('journal_mode = WAL');
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma('foreign_keys = ON');
    // In WAL mode NORMAL is durable across application crashes and much faster than FULL.
    database.pragma('synchronous = NORMAL');
    return database;
  } catch (error) {
    database?.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new SextantError(
      'DATABASE_UNAVAILABLE',
      `cannot open the SQLite database at ${path}: ${reason}`,
      { path, reason },
      { cause: error },
    );
  }
}
