/** One logged prediction. Inputs and output are stored as the caller sent and received them. */
export interface PredictionRecord {
  readonly requestId: string;
  readonly modelName: string;
  readonly version: number;
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly output: unknown;
  readonly latencyMs: number;
  readonly at: Date;
}

/** Ground truth for a logged prediction, joined to it by request id. */
export interface FeedbackRecord {
  readonly requestId: string;
  readonly actual: unknown;
  readonly at: Date;
}

/** A logged prediction with its ground truth when some has arrived. */
export interface LabelledPrediction extends PredictionRecord {
  readonly actual: unknown;
  readonly hasFeedback: boolean;
  readonly feedbackAt: Date | null;
}

/** What recording feedback did. A conflicting value is an error (FEEDBACK_CONFLICT), not an outcome. */
export type FeedbackOutcome = 'inserted' | 'duplicate';
