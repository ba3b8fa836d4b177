import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Canary traffic splits: per model, the share of default-route predictions each alias takes, with
 * who set it and when. The share is kept in hundredths of a percent (an integer), so 33.33 % reads
 * back exactly on every backend and the sum check is integer arithmetic.
 *
 * The composite foreign key to `model_aliases` means a split can never name an alias the model does
 * not have: removing the alias removes its share (cascade).
 */
export function trafficSplitsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('traffic_splits')
        .addColumn('model_id', 'integer', (c) => c.notNull().references('registered_models.id'))
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('hundredths', 'integer', (c) =>
          c.notNull().check(sql`hundredths > 0 and hundredths <= 10000`),
        )
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('set_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('traffic_splits_pk', ['model_id', 'alias'])
        .addForeignKeyConstraint(
          'traffic_splits_alias',
          ['model_id', 'alias'],
          'model_aliases',
          ['model_id', 'alias'],
          (fk) => fk.onDelete('cascade'),
        )
        .execute();
    },
  };
}
