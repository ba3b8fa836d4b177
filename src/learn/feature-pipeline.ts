import type { Column, Frame } from '../core/frame.js';
import { SextantError } from '../core/sextant-error.js';
import { DatetimeFeaturizer } from './datetime-featurizer.js';
import { DEFAULT_TEXT_OPTIONS } from './default-text-options.js';
import type { FeatureKind } from './feature-kind.js';
import type { FeatureMatrix } from './feature-matrix.js';
import type { Featurizer, FeaturizerJson } from './featurizer.js';
import { featurizerFromJson } from './featurizer-from-json.js';
import { hstackFeatures } from './hstack-features.js';
import { NumericFeaturizer, type NumericFeaturizerOptions } from './numeric-featurizer.js';
import { OneHotFeaturizer, type OneHotFeaturizerOptions } from './one-hot-featurizer.js';
import type { FeaturePlanEntry } from './plan-features.js';
import { StateReader } from './state-reader.js';
import { TfidfFeaturizer, type TfidfOptions } from './tfidf-featurizer.js';
import type { TypedArena } from './typed-arena.js';

/** Per-kind featurizer options of {@link FeaturePipeline.fit}. */
export interface FeaturePipelineOptions {
  readonly numeric?: NumericFeaturizerOptions;
  readonly categorical?: OneHotFeaturizerOptions;
  /** Merged over {@link DEFAULT_TEXT_OPTIONS} (set a key to undefined to drop its default). */
  readonly text?: TfidfOptions;
}

/** Saved state of a {@link FeaturePipeline}. */
export interface FeaturePipelineJson {
  readonly type: 'feature-pipeline';
  readonly version: 1;
  readonly layout: 'dense' | 'sparse';
  readonly inputs: readonly FeaturePlanEntry[];
  readonly featurizers: readonly FeaturizerJson[];
}

/** Widest dense output; wider tabular outputs are CSR. */
const MAX_DENSE_COLUMNS = 1000;

/**
 * The fitted featurizers of a plan, applied column by column and stacked into one matrix. Layout rule,
 * fixed at fit so training and serving agree: CSR when any input is text (TF-IDF is sparse by nature)
 * or the output is wider than 1,000 columns (many one-hot categories); dense otherwise, where linear
 * models and trees read faster. Saved as plain JSON (featurizer states, no code).
 */
export class FeaturePipeline {
  readonly featureNames: readonly string[];

  private constructor(
    /** Each input column and its featurizer kind, in feature order. */
    readonly inputs: readonly FeaturePlanEntry[],
    readonly featurizers: readonly Featurizer[],
    readonly layout: 'dense' | 'sparse',
  ) {
    this.featureNames = featurizers.flatMap((f) => f.featureNames);
  }

  /** Fits every featurizer of the plan on the frame and returns the pipeline with the training features. */
  static fit(
    frame: Frame,
    plan: readonly FeaturePlanEntry[],
    options: FeaturePipelineOptions = {},
  ): { pipeline: FeaturePipeline; features: FeatureMatrix } {
    const featurizers: Featurizer[] = [];
    const blocks: FeatureMatrix[] = [];
    for (const { column: name, kind } of plan) {
      const column = findColumn(frame, name);
      if (kind === 'text') {
        const { featurizer, features } = TfidfFeaturizer.fitTransform(column, {
          ...DEFAULT_TEXT_OPTIONS,
          ...options.text,
        });
        featurizers.push(featurizer);
        blocks.push(features);
        continue;
      }
      const featurizer = fitOne(column, kind, options);
      featurizers.push(featurizer);
      blocks.push(featurizer.transform(column));
    }
    const width = blocks.reduce((sum, block) => sum + block.cols, 0);
    const layout = plan.some((p) => p.kind === 'text') || width > MAX_DENSE_COLUMNS ? 'sparse' : 'dense';
    const pipeline = new FeaturePipeline(plan, featurizers, layout);
    return { pipeline, features: hstackFeatures(blocks, frame.rowCount, layout) };
  }

  /**
   * The feature matrix of a frame holding (at least) the input columns, by name. With an arena every
   * intermediate and the result are views into it, valid until its reset.
   */
  transform(frame: Frame, arena?: TypedArena): FeatureMatrix {
    const blocks = this.featurizers.map((f) => f.transform(findColumn(frame, f.column), arena));
    return hstackFeatures(blocks, frame.rowCount, this.layout, arena);
  }

  /** Each featurizer's input column of `frame`, in featurizer order (COLUMN_MISSING when one is absent). */
  inputColumns(frame: Frame): Column[] {
    return this.featurizers.map((f) => findColumn(frame, f.column));
  }

  toJSON(): FeaturePipelineJson {
    return {
      type: 'feature-pipeline',
      version: 1,
      layout: this.layout,
      inputs: this.inputs,
      featurizers: this.featurizers.map((f) => f.toJSON()),
    };
  }

  /** Restores a pipeline from {@link toJSON}'s state, checking every featurizer. */
  static fromJSON(json: unknown): FeaturePipeline {
    const state = new StateReader(json, 'feature pipeline');
    state.literal('type', 'feature-pipeline');
    state.literal('version', 1);
    const layout = state.string('layout');
    if (layout !== 'dense' && layout !== 'sparse') return state.fail('layout must be "dense" or "sparse"');
    const featurizers = state.array('featurizers').map(featurizerFromJson);
    const inputs = state.array('inputs').map((entry, i) => {
      const input = new StateReader(entry, `feature pipeline input ${i}`);
      const kind = input.string('kind');
      if (!['numeric', 'categorical', 'text', 'datetime'].includes(kind))
        input.fail(`unknown kind "${kind}"`);
      return { column: input.string('column'), kind: kind as FeatureKind };
    });
    if (
      inputs.length !== featurizers.length ||
      inputs.some((input, i) => input.column !== featurizers[i]!.column)
    ) {
      state.fail('inputs and featurizers disagree');
    }
    return new FeaturePipeline(inputs, featurizers, layout);
  }
}

function fitOne(
  column: Column,
  kind: Exclude<FeatureKind, 'text'>,
  options: FeaturePipelineOptions,
): Featurizer {
  switch (kind) {
    case 'numeric':
      return NumericFeaturizer.fit(column, options.numeric);
    case 'categorical':
      return OneHotFeaturizer.fit(column, options.categorical);
    case 'datetime':
      return DatetimeFeaturizer.fit(column);
  }
}

function findColumn(frame: Frame, name: string): Column {
  const column = frame.columns.find((c) => c.name === name);
  if (column === undefined) {
    throw new SextantError('COLUMN_MISSING', `column "${name}" is missing; the model needs it as a feature`, {
      column: name,
    });
  }
  return column;
}
