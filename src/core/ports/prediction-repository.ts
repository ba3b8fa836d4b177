import type {
  FeedbackOutcome,
  FeedbackRecord,
  LabelledPrediction,
  PredictionRecord,
} from '../entities/prediction-record.js';

export interface PredictionWindow {
  readonly modelName: string;
  readonly version?: number;
  /** Inclusive. */
  readonly from?: Date;
  /** Exclusive. */
  readonly to?: Date;
  /** Default 100000, newest first. */
  readonly limit?: number;
}

/** The prediction log and the ground truth joined to it. */
export interface PredictionRepository {
  /** Writes a batch in one transaction. A request id already logged is ignored (at-least-once flushes). */
  logPredictions(batch: readonly PredictionRecord[]): Promise<number>;
  findPrediction(requestId: string): Promise<PredictionRecord | undefined>;
  countPredictions(modelName?: string): Promise<number>;
  /**
   * Stores ground truth idempotently: the same request id and value twice is one row ('duplicate');
   * a different value for a known id throws FEEDBACK_CONFLICT. Feedback for a request id not (yet)
   * logged is kept, so a label may arrive before its prediction's log flush.
   */
  recordFeedback(feedback: FeedbackRecord): Promise<FeedbackOutcome>;
  /** Logged predictions in a window, each with its feedback when there is some. */
  listLabelled(window: PredictionWindow): Promise<LabelledPrediction[]>;
}
