import type { ColumnDefinitionBuilder } from 'kysely';
import type { StoreCapabilities } from '../core/ports/metadata-store.js';

/**
 * What differs between the SQL backends, as data. Repositories and migrations read these flags
 * instead of asking which database they talk to, so a third backend is one new profile (the
 * pattern of Kysely's `DialectAdapter.supportsTransactionalDdl`).
 */
export interface SqlDialectProfile {
  /** What the store tells services it can do. */
  readonly capabilities: StoreCapabilities;
  /** Declares an auto-assigned integer primary key (`autoincrement` vs identity columns). */
  readonly identityColumn: (column: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  /**
   * `SELECT ... FOR UPDATE` exists. Where it does not (SQLite), a write transaction already
   * excludes every other writer, so the lock is not needed.
   */
  readonly selectForUpdate: boolean;
  /** The most bind parameters one statement may carry; batch inserts are chunked below it. */
  readonly maxParameters: number;
  /** The schema holding the migrator's tables; undefined means the connection's default. */
  readonly migrationTableSchema?: string;
}
