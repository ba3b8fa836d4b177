import { type Kysely, type Migration, Migrator } from 'kysely';
import type { DatasetRepository } from '../core/ports/dataset-repository.js';
import type { MetadataStore, StoreCapabilities } from '../core/ports/metadata-store.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import type { MonitoringRepository } from '../core/ports/monitoring-repository.js';
import type { PredictionRepository } from '../core/ports/prediction-repository.js';
import type { RunRepository } from '../core/ports/run-repository.js';
import type { TokenRepository } from '../core/ports/token-repository.js';
import { runMigrations } from './run-migrations.js';
import type { SqlDatabase } from './sql-database.js';
import { SqlDatasetRepository } from './sql-dataset-repository.js';
import type { SqlDialectProfile } from './sql-dialect-profile.js';
import { SqlModelRepository } from './sql-model-repository.js';
import { SqlMonitoringRepository } from './sql-monitoring-repository.js';
import { SqlPredictionRepository } from './sql-prediction-repository.js';
import { SqlRunRepository } from './sql-run-repository.js';
import { SqlTokenRepository } from './sql-token-repository.js';

/**
 * The metadata store over one Kysely handle: the six SQL repositories sharing it, plus migration
 * bookkeeping. Backend-neutral; what differs between SQLite and PostgreSQL arrives as the Kysely
 * dialect and the {@link SqlDialectProfile}. Use {@link SqlMetadataStore.open}, which migrates
 * first, so no repository ever runs against an old schema.
 */
export class SqlMetadataStore implements MetadataStore {
  readonly capabilities: StoreCapabilities;
  readonly datasets: DatasetRepository;
  readonly runs: RunRepository;
  readonly models: ModelRepository;
  readonly predictions: PredictionRepository;
  readonly monitoring: MonitoringRepository;
  readonly tokens: TokenRepository;
  #closing: Promise<void> | undefined;

  private constructor(
    private readonly db: Kysely<SqlDatabase>,
    profile: SqlDialectProfile,
    private readonly migrator: Migrator,
  ) {
    this.capabilities = profile.capabilities;
    this.datasets = new SqlDatasetRepository(db, profile);
    this.runs = new SqlRunRepository(db);
    this.models = new SqlModelRepository(db, profile);
    this.predictions = new SqlPredictionRepository(db, profile);
    this.monitoring = new SqlMonitoringRepository(db);
    this.tokens = new SqlTokenRepository(db);
  }

  /**
   * Applies pending `migrations` and returns the store. On MIGRATION_FAILED the handle is
   * destroyed before the error propagates, so a failed open leaks no connection.
   */
  static async open(
    db: Kysely<SqlDatabase>,
    profile: SqlDialectProfile,
    migrations: Record<string, Migration>,
  ): Promise<SqlMetadataStore> {
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      ...(profile.migrationTableSchema === undefined
        ? {}
        : { migrationTableSchema: profile.migrationTableSchema }),
    });
    try {
      await runMigrations(migrator);
    } catch (error) {
      await db.destroy();
      throw error;
    }
    return new SqlMetadataStore(db, profile, migrator);
  }

  async appliedMigrations(): Promise<string[]> {
    const migrations = await this.migrator.getMigrations();
    return migrations
      .filter((migration) => migration.executedAt !== undefined)
      .map((migration) => migration.name);
  }

  /** Closes the connection(s); closing twice is harmless (shutdown paths often overlap). */
  close(): Promise<void> {
    this.#closing ??= this.db.destroy();
    return this.#closing;
  }
}
