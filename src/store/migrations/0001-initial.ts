import { type Kysely, type Migration, sql } from 'kysely';
import type { SqlDialectProfile } from '../sql-dialect-profile.js';

/**
 * The first schema: datasets with lineage, runs, the model registry with alias history, the
 * prediction log with feedback, monitoring history and API tokens. Instants are epoch
 * milliseconds in `bigint` columns; structured values are JSON in `text` columns.
 *
 * Built from the dialect profile because the one DDL difference that matters here, how an
 * auto-assigned key is declared, is a profile flag.
 */
export function initialMigration(profile: SqlDialectProfile): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const id = profile.identityColumn;
      const s = db.schema;

      await s
        .createTable('datasets')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('version_count', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await s
        .createTable('dataset_versions')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('reference', 'batch', 'combined')`))
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('row_count', 'bigint', (c) => c.notNull())
        .addColumn('byte_size', 'bigint', (c) => c.notNull())
        .addColumn('schema_json', 'text', (c) => c.notNull())
        .addColumn('source_path', 'text')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('dataset_versions_number', ['dataset_id', 'version'])
        .execute();
      await s
        .createIndex('dataset_versions_by_hash')
        .on('dataset_versions')
        .columns(['dataset_id', 'content_hash'])
        .execute();
      await s
        .createTable('dataset_version_parents')
        .addColumn('child_id', 'integer', (c) => c.notNull().references('dataset_versions.id'))
        .addColumn('parent_id', 'integer', (c) => c.notNull().references('dataset_versions.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('dataset_version_parents_pk', ['child_id', 'parent_id'])
        .execute();

      await s
        .createTable('runs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('running', 'succeeded', 'failed')`),
        )
        .addColumn('model_name', 'text')
        .addColumn('params_json', 'text', (c) => c.notNull())
        .addColumn('metrics_json', 'text', (c) => c.notNull())
        .addColumn('result_json', 'text', (c) => c.notNull())
        .addColumn('dataset_version_ids_json', 'text', (c) => c.notNull())
        .addColumn('git_commit', 'text')
        .addColumn('artifact_key', 'text')
        .addColumn('error', 'text')
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('finished_at', 'bigint')
        .addColumn('duration_ms', 'bigint')
        .execute();
      await s.createIndex('runs_by_start').on('runs').column('started_at').execute();
      await s.createIndex('runs_by_model').on('runs').columns(['model_name', 'started_at']).execute();

      await s
        .createTable('registered_models')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('tags_json', 'text', (c) => c.notNull())
        .addColumn('version_count', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await s
        .createTable('model_versions')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('model_id', 'integer', (c) => c.notNull().references('registered_models.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('run_id', 'text')
        .addColumn('artifact_key', 'text', (c) => c.notNull())
        .addColumn('signature_json', 'text', (c) => c.notNull())
        .addColumn('metrics_json', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('tags_json', 'text', (c) => c.notNull())
        .addColumn('dataset_version_ids_json', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'archived')`))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('model_versions_number', ['model_id', 'version'])
        .execute();
      await s.createIndex('model_versions_by_artifact').on('model_versions').column('artifact_key').execute();
      // The foreign key to model_versions makes "an alias pointing at nothing" impossible even if
      // a caller bypasses the repository's own VERSION_IN_USE check.
      await s
        .createTable('model_aliases')
        .addColumn('model_id', 'integer', (c) => c.notNull().references('registered_models.id'))
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('version_id', 'integer', (c) => c.notNull().references('model_versions.id'))
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('model_aliases_pk', ['model_id', 'alias'])
        .execute();
      await s.createIndex('model_aliases_by_version').on('model_aliases').column('version_id').execute();
      // Version numbers, not ids: the history outlives deleted versions.
      await s
        .createTable('alias_history')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('model_id', 'integer', (c) => c.notNull().references('registered_models.id'))
        .addColumn('alias', 'text', (c) => c.notNull())
        .addColumn('from_version', 'integer')
        .addColumn('to_version', 'integer')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await s
        .createIndex('alias_history_by_time')
        .on('alias_history')
        .columns(['model_id', 'alias', 'at'])
        .execute();

      await s
        .createTable('predictions')
        .addColumn('request_id', 'text', (c) => c.primaryKey())
        .addColumn('model_name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('inputs_json', 'text', (c) => c.notNull())
        .addColumn('output_json', 'text', (c) => c.notNull())
        .addColumn('latency_ms', 'double precision', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await s
        .createIndex('predictions_by_model_time')
        .on('predictions')
        .columns(['model_name', 'at'])
        .execute();
      // No foreign key to predictions: a label may arrive before its prediction's log flush.
      await s
        .createTable('feedback')
        .addColumn('request_id', 'text', (c) => c.primaryKey())
        .addColumn('actual_json', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();

      await s
        .createTable('monitoring_reports')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('model_name', 'text', (c) => c.notNull())
        .addColumn('version', 'integer')
        .addColumn('run_id', 'text')
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('OK', 'WARN', 'FAIL')`))
        .addColumn('summary_json', 'text', (c) => c.notNull())
        .addColumn('report_json', 'text', (c) => c.notNull())
        .addColumn('window_start', 'bigint')
        .addColumn('window_end', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await s
        .createIndex('monitoring_reports_by_model')
        .on('monitoring_reports')
        .columns(['model_name', 'created_at'])
        .execute();
      await s
        .createTable('alerts')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('rule', 'text', (c) => c.notNull())
        .addColumn('model_name', 'text')
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('dedup_key', 'text', (c) => c.notNull())
        .addColumn('payload_json', 'text', (c) => c.notNull())
        .addColumn('deliveries_json', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await s.createIndex('alerts_by_dedup_key').on('alerts').columns(['dedup_key', 'created_at']).execute();
      await s.createIndex('alerts_by_time').on('alerts').column('created_at').execute();
      await s
        .createTable('job_runs')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('job_name', 'text', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('log', 'text', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('finished_at', 'bigint')
        .execute();
      await s.createIndex('job_runs_by_name').on('job_runs').columns(['job_name', 'started_at']).execute();

      await s
        .createTable('api_tokens')
        .addColumn('id', 'integer', (c) => id(c.primaryKey()))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('predict', 'feedback', 'admin')`))
        .addColumn('secret_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_used_at', 'bigint')
        .addColumn('revoked_at', 'bigint')
        .execute();
    },
  };
}
