import type { Kysely, Selectable } from 'kysely';
import type { NewRun, Run, RunKind, RunOutcome, RunStatus } from '../core/entities/run.js';
import type { RunQuery, RunRepository } from '../core/ports/run-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { parseJsonColumn } from './parse-json-column.js';
import type { SqlDatabase } from './sql-database.js';

const DEFAULT_LIMIT = 50;

/**
 * Tracked runs in SQL. A run is finished exactly once: the finishing UPDATE only matches a row
 * still `running`, so two finishers cannot both win and a finished run's outcome never changes.
 */
export class SqlRunRepository implements RunRepository {
  constructor(private readonly db: Kysely<SqlDatabase>) {}

  async start(run: NewRun): Promise<Run> {
    const inserted = await this.db
      .insertInto('runs')
      .values({
        id: run.id,
        kind: run.kind,
        status: 'running',
        model_name: run.modelName,
        params_json: JSON.stringify(run.params),
        metrics_json: '{}',
        result_json: '{}',
        dataset_version_ids_json: JSON.stringify(run.datasetVersionIds),
        git_commit: run.gitCommit,
        artifact_key: null,
        error: null,
        started_at: run.startedAt.getTime(),
        finished_at: null,
        duration_ms: null,
      })
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted === undefined) {
      throw new SextantError('INVALID_ARGUMENT', `a run with id ${run.id} already exists`, { runId: run.id });
    }
    return toRun(inserted);
  }

  async finish(id: string, outcome: RunOutcome): Promise<Run> {
    const finishedAt = outcome.finishedAt.getTime();
    const row = await this.db
      .updateTable('runs')
      .set((eb) => ({
        status: outcome.status,
        finished_at: finishedAt,
        duration_ms: eb(eb.val(finishedAt), '-', eb.ref('started_at')),
        ...(outcome.metrics === undefined ? {} : { metrics_json: JSON.stringify(outcome.metrics) }),
        ...(outcome.artifactKey === undefined ? {} : { artifact_key: outcome.artifactKey }),
        ...(outcome.result === undefined ? {} : { result_json: JSON.stringify(outcome.result) }),
        ...(outcome.error === undefined ? {} : { error: outcome.error }),
      }))
      .where('id', '=', id)
      .where('status', '=', 'running')
      .returningAll()
      .executeTakeFirst();
    if (row !== undefined) return toRun(row);
    const existing = await this.getRun(id);
    throw new SextantError('INVALID_ARGUMENT', `run ${id} already finished with status ${existing.status}`, {
      runId: id,
      status: existing.status,
    });
  }

  async findRun(id: string): Promise<Run | undefined> {
    const row = await this.db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toRun(row);
  }

  async getRun(id: string): Promise<Run> {
    const run = await this.findRun(id);
    if (run === undefined) throw new SextantError('RUN_NOT_FOUND', `no run with id ${id}`, { runId: id });
    return run;
  }

  async listRuns(query: RunQuery = {}): Promise<Run[]> {
    const rows = await this.db
      .selectFrom('runs')
      .selectAll()
      .$if(query.kind !== undefined, (qb) => qb.where('kind', '=', query.kind!))
      .$if(query.modelName !== undefined, (qb) => qb.where('model_name', '=', query.modelName!))
      .orderBy('started_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit ?? DEFAULT_LIMIT)
      .execute();
    return rows.map(toRun);
  }

  async countRuns(query: Omit<RunQuery, 'limit'> = {}): Promise<number> {
    const row = await this.db
      .selectFrom('runs')
      .select((eb) => eb.fn.countAll().as('count'))
      .$if(query.kind !== undefined, (qb) => qb.where('kind', '=', query.kind!))
      .$if(query.modelName !== undefined, (qb) => qb.where('model_name', '=', query.modelName!))
      .executeTakeFirstOrThrow();
    // PostgreSQL's count is a bigint, which pg returns as a string.
    return Number(row.count);
  }
}

function toRun(row: Selectable<SqlDatabase['runs']>): Run {
  return {
    id: row.id,
    kind: row.kind as RunKind,
    status: row.status as RunStatus,
    modelName: row.model_name,
    params: parseJsonColumn<Record<string, unknown>>(row.params_json, 'run params'),
    metrics: parseJsonColumn<Record<string, number>>(row.metrics_json, 'run metrics'),
    datasetVersionIds: parseJsonColumn<number[]>(row.dataset_version_ids_json, 'run lineage'),
    gitCommit: row.git_commit,
    artifactKey: row.artifact_key,
    result: parseJsonColumn<Record<string, unknown>>(row.result_json, 'run result'),
    error: row.error,
    startedAt: new Date(row.started_at),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    durationMs: row.duration_ms,
  };
}
