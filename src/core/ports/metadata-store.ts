import type { DatasetRepository } from './dataset-repository.js';
import type { ModelRepository } from './model-repository.js';
import type { MonitoringRepository } from './monitoring-repository.js';
import type { PredictionRepository } from './prediction-repository.js';
import type { RunRepository } from './run-repository.js';
import type { TokenRepository } from './token-repository.js';

/** What a backend can do; services branch on these, never on the backend's name. */
export interface StoreCapabilities {
  /** Several processes may write at once (PostgreSQL), as opposed to one writer (SQLite). */
  readonly concurrentWriters: boolean;
  /** Jobs can be coordinated across instances through the database (pg-boss). */
  readonly sharedJobQueue: boolean;
  /** A short human description of the backend, for `sextant status` (never includes a password). */
  readonly description: string;
}

/** Everything Sextant keeps in its database, behind one handle. */
export interface MetadataStore {
  readonly capabilities: StoreCapabilities;
  readonly datasets: DatasetRepository;
  readonly runs: RunRepository;
  readonly models: ModelRepository;
  readonly predictions: PredictionRepository;
  readonly monitoring: MonitoringRepository;
  readonly tokens: TokenRepository;
  /** The applied schema migrations, oldest first. */
  appliedMigrations(): Promise<string[]>;
  close(): Promise<void>;
}
