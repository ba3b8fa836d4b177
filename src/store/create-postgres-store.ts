import { Kysely, type Migration, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { SextantError } from '../core/sextant-error.js';
import { maskDatabaseUrl } from './mask-database-url.js';
import type { SqlDatabase } from './sql-database.js';
import type { SqlDialectProfile } from './sql-dialect-profile.js';
import { SqlMetadataStore } from './sql-metadata-store.js';
import { sqlMigrations } from './sql-migrations.js';

/** PostgreSQL's limit on bind parameters in one statement (a 16-bit count in the protocol). */
const POSTGRES_MAX_PARAMETERS = 65_535;
const INT8_OID = 20;
/** Lowercase only: search_path folds unquoted names to lowercase, and the schema is created quoted. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /** The schema holding Sextant's tables, created when missing; default `public`. */
  readonly schema?: string;
  /** Most connections the pool opens; default 10. */
  readonly poolSize?: number;
  /** The migrations to apply at open; tests inject a failing one. Default: every Sextant migration. */
  readonly migrations?: (profile: SqlDialectProfile) => Record<string, Migration>;
}

/**
 * Connects to PostgreSQL at `url` (`postgres://user:password@host:port/database`), creates
 * `options.schema` when missing, and migrates it: the backend for several server instances and
 * shared job queues. Every pooled connection gets `search_path` set to the schema, so repositories
 * never name it and a test can isolate itself in a fresh schema.
 *
 * Throws DATABASE_UNAVAILABLE (with the password masked) when the server cannot be reached or the
 * schema cannot be prepared, MIGRATION_FAILED when a migration fails (all pending migrations run in
 * one transaction, so the database is then unchanged), CONFIG_INVALID for an unusable schema name.
 *
 * @example const store = await createPostgresStore('postgres://sextant@db/sextant', { schema: 'prod' });
 */
export async function createPostgresStore(
  url: string,
  options: PostgresStoreOptions = {},
): Promise<MetadataStore> {
  const schema = options.schema ?? 'public';
  if (!SCHEMA_NAME.test(schema)) {
    const message = `"${schema}" is not a usable PostgreSQL schema name: use lowercase letters, digits and _`;
    throw new SextantError('CONFIG_INVALID', message, { schema });
  }
  const masked = maskDatabaseUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    options: `-c search_path=${schema}`,
    // Per pool, not pg's global parser registry: other pg users in the process keep their settings.
    types: { getTypeParser: int8AsNumber },
  });
  // An idle client losing its connection emits 'error' on the pool; unhandled, it would kill the
  // process. The next query reports the problem instead.
  pool.on('error', () => undefined);
  try {
    await ensureSchema(pool, schema);
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = scrub(error instanceof Error ? error.message : String(error), url);
    throw new SextantError('DATABASE_UNAVAILABLE', `cannot connect to PostgreSQL at ${masked}: ${reason}`, {
      url: masked,
      reason,
    });
  }
  const profile: SqlDialectProfile = {
    capabilities: {
      concurrentWriters: true,
      sharedJobQueue: true,
      description: `PostgreSQL ${masked} (schema ${schema})`,
    },
    identityColumn: (column) => column.generatedByDefaultAsIdentity(),
    selectForUpdate: true,
    maxParameters: POSTGRES_MAX_PARAMETERS,
    migrationTableSchema: schema,
  };
  const db = new Kysely<SqlDatabase>({ dialect: new PostgresDialect({ pool }) });
  return SqlMetadataStore.open(db, profile, (options.migrations ?? sqlMigrations)(profile));
}

/**
 * pg returns int8 as strings, because not every int8 fits a JS number. Sextant's int8 columns hold
 * epoch milliseconds, byte sizes and counts, all far below 2^53, and the domain wants numbers.
 */
const int8AsNumber = ((oid: number, format?: 'text' | 'binary') =>
  oid === INT8_OID && format !== 'binary'
    ? (value: string) => Number(value)
    : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;

/** Checks existence first: CREATE SCHEMA IF NOT EXISTS needs the CREATE privilege even when it exists. */
async function ensureSchema(pool: pg.Pool, schema: string): Promise<void> {
  const found = await pool.query('select 1 from pg_namespace where nspname = $1', [schema]);
  if (found.rowCount !== 0) return;
  // The name was checked against SCHEMA_NAME, so quoting it is enough.
  await pool.query(`create schema if not exists "${schema}"`);
}

/** Removes the URL's password from a driver message, in case a driver ever echoes it. */
function scrub(message: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    return message;
  }
  return password === '' ? message : message.split(password).join('***');
}
