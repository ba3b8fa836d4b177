import type { Kysely, Selectable } from 'kysely';
import type {
  FeedbackOutcome,
  FeedbackRecord,
  LabelledPrediction,
  PredictionRecord,
} from '../core/entities/prediction-record.js';
import type { PredictionRepository, PredictionWindow } from '../core/ports/prediction-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { canonicalJson } from './canonical-json.js';
import { chunk } from './chunk.js';
import { parseJsonColumn } from './parse-json-column.js';
import type { SqlDatabase } from './sql-database.js';
import type { SqlDialectProfile } from './sql-dialect-profile.js';

/** Bind parameters per logged prediction row (the columns of `predictions`). */
const PREDICTION_COLUMNS = 7;
const DEFAULT_WINDOW_LIMIT = 100_000;

/**
 * The prediction log and its ground truth in SQL. Both tables are keyed by request id, which makes
 * at-least-once flushing and repeated labels safe: a replayed prediction is skipped by
 * `ON CONFLICT DO NOTHING`, and a repeated label is compared as canonical JSON with the stored one.
 */
export class SqlPredictionRepository implements PredictionRepository {
  constructor(
    private readonly db: Kysely<SqlDatabase>,
    private readonly profile: SqlDialectProfile,
  ) {}

  async logPredictions(batch: readonly PredictionRecord[]): Promise<number> {
    if (batch.length === 0) return 0;
    const rowsPerStatement = Math.floor(this.profile.maxParameters / PREDICTION_COLUMNS);
    return this.db.transaction().execute(async (trx) => {
      let inserted = 0;
      for (const slice of chunk(batch, rowsPerStatement)) {
        const rows = await trx
          .insertInto('predictions')
          .values(
            slice.map((record) => ({
              request_id: record.requestId,
              model_name: record.modelName,
              version: record.version,
              inputs_json: JSON.stringify(record.inputs),
              output_json: JSON.stringify(record.output ?? null),
              latency_ms: record.latencyMs,
              at: record.at.getTime(),
            })),
          )
          .onConflict((conflict) => conflict.column('request_id').doNothing())
          .returning('request_id')
          .execute();
        inserted += rows.length;
      }
      return inserted;
    });
  }

  async findPrediction(requestId: string): Promise<PredictionRecord | undefined> {
    const row = await this.db
      .selectFrom('predictions')
      .selectAll()
      .where('request_id', '=', requestId)
      .executeTakeFirst();
    return row === undefined ? undefined : toPrediction(row);
  }

  async countPredictions(modelName?: string): Promise<number> {
    const row = await this.db
      .selectFrom('predictions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .$if(modelName !== undefined, (qb) => qb.where('model_name', '=', modelName!))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async recordFeedback(feedback: FeedbackRecord): Promise<FeedbackOutcome> {
    const actual = canonicalJson(feedback.actual);
    const inserted = await this.db
      .insertInto('feedback')
      .values({ request_id: feedback.requestId, actual_json: actual, at: feedback.at.getTime() })
      .onConflict((conflict) => conflict.column('request_id').doNothing())
      .returning('request_id')
      .executeTakeFirst();
    if (inserted !== undefined) return 'inserted';
    // The row exists and rows are never updated, so reading it outside a transaction is safe.
    const stored = await this.db
      .selectFrom('feedback')
      .select('actual_json')
      .where('request_id', '=', feedback.requestId)
      .executeTakeFirstOrThrow();
    if (stored.actual_json === actual) return 'duplicate';
    throw new SextantError(
      'FEEDBACK_CONFLICT',
      `ground truth for request ${feedback.requestId} was already recorded with a different value`,
      {
        requestId: feedback.requestId,
        recorded: parseJsonColumn<unknown>(stored.actual_json, 'feedback value'),
        received: feedback.actual,
      },
    );
  }

  async listLabelled(window: PredictionWindow): Promise<LabelledPrediction[]> {
    const rows = await this.db
      .selectFrom('predictions as p')
      .leftJoin('feedback as f', 'f.request_id', 'p.request_id')
      .selectAll('p')
      .select(['f.request_id as feedback_request_id', 'f.actual_json', 'f.at as feedback_at'])
      .where('p.model_name', '=', window.modelName)
      .$if(window.version !== undefined, (qb) => qb.where('p.version', '=', window.version!))
      .$if(window.from !== undefined, (qb) => qb.where('p.at', '>=', window.from!.getTime()))
      .$if(window.to !== undefined, (qb) => qb.where('p.at', '<', window.to!.getTime()))
      .orderBy('p.at', 'desc')
      .orderBy('p.request_id', 'desc')
      .limit(window.limit ?? DEFAULT_WINDOW_LIMIT)
      .execute();
    return rows.map((row) => {
      const hasFeedback = row.feedback_request_id !== null;
      return {
        ...toPrediction(row),
        actual: hasFeedback ? parseJsonColumn<unknown>(row.actual_json!, 'feedback value') : null,
        hasFeedback,
        feedbackAt: row.feedback_at === null ? null : new Date(row.feedback_at),
      };
    });
  }
}

function toPrediction(row: Selectable<SqlDatabase['predictions']>): PredictionRecord {
  return {
    requestId: row.request_id,
    modelName: row.model_name,
    version: row.version,
    inputs: parseJsonColumn<Record<string, unknown>>(row.inputs_json, 'prediction inputs'),
    output: parseJsonColumn<unknown>(row.output_json, 'prediction output'),
    latencyMs: row.latency_ms,
    at: new Date(row.at),
  };
}
