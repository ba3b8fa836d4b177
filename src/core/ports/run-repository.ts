import type { NewRun, Run, RunKind, RunOutcome } from '../entities/run.js';

export interface RunQuery {
  readonly kind?: RunKind;
  readonly modelName?: string;
  /** Newest first; default 50. */
  readonly limit?: number;
}

/** Tracked runs: started, then finished exactly once. */
export interface RunRepository {
  start(run: NewRun): Promise<Run>;
  /** Records how the run ended; RUN_NOT_FOUND for an unknown id, INVALID_ARGUMENT once finished. */
  finish(id: string, outcome: RunOutcome): Promise<Run>;
  findRun(id: string): Promise<Run | undefined>;
  getRun(id: string): Promise<Run>;
  listRuns(query?: RunQuery): Promise<Run[]>;
  /** How many runs match (kind, model); `limit` is ignored. */
  countRuns(query?: Omit<RunQuery, 'limit'>): Promise<number>;
}
