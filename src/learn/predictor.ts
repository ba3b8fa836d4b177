import type { Column, Frame } from '../core/frame.js';
import { isSextantError, SextantError } from '../core/sextant-error.js';
import { FeaturePipeline } from './feature-pipeline.js';
import { frameFromRecords } from './frame-from-records.js';
import { loadModel } from './load-model.js';
import { logisticProbabilities } from './logistic-probabilities.js';
import type { ModelArtifact } from './model-artifact.js';
import type { ModelSignature } from './model-signature.js';
import type { TrainedModel } from './trained-model.js';
import { TypedArena } from './typed-arena.js';

/** A logistic model's parameters, each featurizer's first column, and the scores of the row at hand. */
interface RowScoring {
  readonly weights: Float64Array;
  readonly intercepts: Float64Array;
  readonly classCount: number;
  readonly offsets: readonly number[];
  readonly linear: Float64Array;
}

/** One prediction: a class with its probabilities, or a number. */
export type Prediction =
  | { readonly label: string; readonly probabilities: Readonly<Record<string, number>> }
  | { readonly value: number };

/**
 * A loaded model ready to predict: the fitted feature pipeline and model of an artifact, applied to a
 * Frame (batch) or to JSON records (serving). Loading reads data only; it never runs code from the
 * artifact.
 */
export class Predictor {
  /** Scratch memory of record predictions, reused call after call (see TypedArena). */
  private readonly arena = new TypedArena();

  /** Set when every row can be scored without a feature matrix (see scoreRows). */
  private readonly rowScoring: RowScoring | undefined;

  private constructor(
    readonly signature: ModelSignature,
    private readonly pipeline: FeaturePipeline,
    private readonly model: TrainedModel,
  ) {
    const logistic = model.logistic;
    const offsets: number[] = [];
    let width = 0;
    for (const f of pipeline.featurizers) {
      offsets.push(width);
      width += f.featureNames.length;
    }
    const k = logistic?.intercepts.length ?? 0;
    if (
      logistic !== undefined &&
      pipeline.featurizers.every((f) => f.addRowScores !== undefined) &&
      logistic.weights.length === width * k
    )
      this.rowScoring = { ...logistic, offsets, linear: new Float64Array(k) };
  }

  /** True when rows are scored straight from the featurizers (see scoreRows), not through a matrix. */
  get scoresRowsDirectly(): boolean {
    return this.rowScoring !== undefined;
  }

  static fromArtifact(artifact: ModelArtifact): Predictor {
    let pipeline: FeaturePipeline;
    try {
      pipeline = FeaturePipeline.fromJSON(artifact.pipeline);
    } catch (error) {
      if (!isSextantError(error) && !(error instanceof TypeError)) throw error;
      throw new SextantError(
        'MODEL_ARTIFACT_INVALID',
        `model artifact is invalid: ${(error as Error).message}`,
      );
    }
    return new Predictor(
      artifact.signature,
      pipeline,
      loadModel(artifact.algorithm, artifact.task, artifact.model),
    );
  }

  /** Raw model output: probabilities n × classes (classification) or values (regression). */
  scoreFrame(frame: Frame): Float64Array {
    return this.model.predict(this.pipeline.transform(frame));
  }

  /** Predictions for every row of a frame holding the signature's input columns. */
  predictFrame(frame: Frame): Prediction[] {
    return this.toPredictions(this.scoreFrame(frame), frame.rowCount);
  }

  /**
   * Predictions for JSON records, as a prediction request carries them: the serving path, tuned for
   * a few rows per call. Features live in the predictor's arena until the scores are read, and
   * categorical columns carry only the request's own labels.
   */
  predictRecords(records: readonly Record<string, unknown>[]): Prediction[] {
    const frame = frameFromRecords(records, this.signature, { batchDictionaries: true });
    if (this.rowScoring !== undefined) return this.toPredictions(this.scoreRows(frame), frame.rowCount);
    this.arena.reset();
    const scores = this.model.predict(this.pipeline.transform(frame, this.arena));
    return this.toPredictions(scores, frame.rowCount);
  }

  /**
   * A logistic model over featurizers that can score a row themselves (TF-IDF, one-hot): each row's
   * class probabilities straight from its featurizers, with no feature matrix. The same additions
   * in the same order as the matrix path, then the same probability formula, so the same bits (a
   * test compares them); 2.4x faster for one ticket, and more in a loaded server (BENCHMARKS.md).
   */
  private scoreRows(frame: Frame): Float64Array {
    const { weights, intercepts, classCount, offsets, linear } = this.rowScoring as RowScoring;
    const k = intercepts.length;
    const columns = this.pipeline.inputColumns(frame);
    const out = new Float64Array(frame.rowCount * classCount);
    for (let row = 0; row < frame.rowCount; row++) {
      linear.fill(0);
      this.pipeline.featurizers.forEach((f, i) => {
        f.addRowScores?.(columns[i] as Column, row, weights, k, offsets[i] as number, linear);
      });
      logisticProbabilities(linear, 0, intercepts, out, row * classCount);
    }
    return out;
  }

  private toPredictions(scores: Float64Array, rows: number): Prediction[] {
    const classes = this.signature.output.classes;
    if (classes === undefined) return Array.from(scores, (value) => ({ value }));
    const k = classes.length;
    const out: Prediction[] = new Array(rows);
    for (let i = 0; i < rows; i++) {
      let best = 0;
      const probabilities: Record<string, number> = {};
      for (let c = 0; c < k; c++) {
        probabilities[classes[c] as string] = scores[i * k + c] as number;
        if ((scores[i * k + c] as number) > (scores[i * k + best] as number)) best = c;
      }
      out[i] = { label: classes[best] as string, probabilities };
    }
    return out;
  }
}
