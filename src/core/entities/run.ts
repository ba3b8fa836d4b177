/** What kind of work a run was. */
export type RunKind = 'train' | 'retrain' | 'monitor' | 'evaluate';
export type RunStatus = 'running' | 'succeeded' | 'failed';

/** A tracked unit of work: training, retraining, a monitoring run. */
export interface Run {
  /** A UUID. */
  readonly id: string;
  readonly kind: RunKind;
  readonly status: RunStatus;
  /** The model this run trains or monitors, when there is one. */
  readonly modelName: string | null;
  readonly params: Readonly<Record<string, unknown>>;
  readonly metrics: Readonly<Record<string, number>>;
  /** Dataset versions read by the run (lineage). */
  readonly datasetVersionIds: readonly number[];
  readonly gitCommit: string | null;
  /** The artifact the run produced (a model), when it produced one. */
  readonly artifactKey: string | null;
  /** Free-form structured outcome: steps, decisions, notes. */
  readonly result: Readonly<Record<string, unknown>>;
  readonly error: string | null;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly durationMs: number | null;
}

export type NewRun = Pick<
  Run,
  'id' | 'kind' | 'modelName' | 'params' | 'datasetVersionIds' | 'gitCommit' | 'startedAt'
>;

/** How a run ended. */
export interface RunOutcome {
  readonly status: Exclude<RunStatus, 'running'>;
  readonly metrics?: Readonly<Record<string, number>>;
  readonly artifactKey?: string | null;
  readonly result?: Readonly<Record<string, unknown>>;
  readonly error?: string | null;
  readonly finishedAt: Date;
}
