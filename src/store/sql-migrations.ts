import type { Migration } from 'kysely';
import { initialMigration } from './migrations/0001-initial.js';
import { trafficSplitsMigration } from './migrations/0002-traffic-splits.js';
import type { SqlDialectProfile } from './sql-dialect-profile.js';

/**
 * Every schema migration, by name. Names sort in the order they must run; a new migration is a new
 * file in `migrations/` plus one line here, never an edit of an applied one.
 * A static map rather than Kysely's FileMigrationProvider, so the list survives bundling and
 * each migration can take the dialect profile.
 */
export function sqlMigrations(profile: SqlDialectProfile): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(profile),
    '0002-traffic-splits': trafficSplitsMigration(),
  };
}
