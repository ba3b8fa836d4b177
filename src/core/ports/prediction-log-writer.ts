import type { PredictionRecord } from '../entities/prediction-record.js';

/**
 * Where the server's prediction log queue writes its batches. The same rows as
 * PredictionRepository.logPredictions, but an implementation may do the work off the event loop
 * (SQLite writes are synchronous and would otherwise stall every request in flight).
 */
export interface PredictionLogWriter {
  /** Writes a batch in one transaction; request ids already logged are ignored. Returns rows inserted. */
  write(batch: readonly PredictionRecord[]): Promise<number>;
  /** Finishes pending writes and releases the writer. */
  close(): Promise<void>;
}
