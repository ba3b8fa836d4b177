import type { Migrator } from 'kysely';
import { SextantError } from '../core/sextant-error.js';

/**
 * Brings the schema to the latest migration, or throws MIGRATION_FAILED. The dialects used here
 * all run the pending migrations in one transaction (see `TransactionalSqliteDialect`), so a
 * failure leaves every table as it was; Kysely's result set is turned into one typed error so
 * that the caller never sees a half-migrated database as "open".
 */
export async function runMigrations(migrator: Migrator): Promise<void> {
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((result) => result.status === 'Error')?.migrationName;
  const reason = error instanceof Error ? error.message : String(error);
  const which = failed === undefined ? 'schema migration' : `schema migration ${failed}`;
  throw new SextantError(
    'MIGRATION_FAILED',
    `${which} failed: ${reason}; the database is unchanged`,
    { migration: failed ?? null, reason },
    { cause: error },
  );
}
