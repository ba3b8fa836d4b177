import type { Clock } from '../core/clock.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import type { PredictionLogWriter } from '../core/ports/prediction-log-writer.js';
import type { SextantConfig } from './sextant-config.js';

/** An open workspace: the stores the services run on, chosen by the configuration. */
export interface Workspace {
  readonly config: SextantConfig;
  readonly store: MetadataStore;
  readonly artifacts: ArtifactStore;
  readonly clock: Clock;
  /**
   * A writer for the server's prediction log: on SQLite a worker thread with its own connection, so
   * writes never block the event loop; on PostgreSQL the store itself (its I/O is already async).
   */
  openPredictionLog(): PredictionLogWriter;
  close(): Promise<void>;
}
