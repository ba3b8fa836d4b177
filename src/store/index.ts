/**
 * The store layer's public face for the composition root (`src/platform`): one factory per SQL
 * backend, each returning a migrated {@link MetadataStore}.
 */
export { createPostgresStore, type PostgresStoreOptions } from './create-postgres-store.js';
export { createSqliteStore, type SqliteStoreOptions } from './create-sqlite-store.js';
export { LocalArtifactStore } from './local-artifact-store.js';
export { SqlitePredictionLogWriter } from './sqlite-prediction-log-writer.js';
