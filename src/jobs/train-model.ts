import { randomUUID } from 'node:crypto';
import { assertName } from '../core/assert-name.js';
import type { Clock } from '../core/clock.js';
import type { ModelVersion } from '../core/entities/model-version.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { DatasetRepository } from '../core/ports/dataset-repository.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import type { RunRepository } from '../core/ports/run-repository.js';
import { REFERENCE_PROFILE_TAG } from '../core/reference-profile-tag.js';
import { isSextantError, SextantError } from '../core/sextant-error.js';
import { addDatasetVersion } from '../data/add-dataset-version.js';
import { parseSchemaFile } from '../data/parse-schema-file.js';
import { readFrame } from '../data/read-frame.js';
import { takeRows } from '../data/take-rows.js';
import { encodeTarget } from '../learn/encode-target.js';
import { evaluatePredictions } from '../learn/evaluate-predictions.js';
import { FeaturePipeline } from '../learn/feature-pipeline.js';
import { type FitProgress, fitModel, type ModelParams } from '../learn/fit-model.js';
import { encodeModelArtifact, type Json, MODEL_ARTIFACT_VERSION } from '../learn/model-artifact.js';
import { signatureFromFrame } from '../learn/model-signature.js';
import { type FeatureOverrides, planFeatures } from '../learn/plan-features.js';
import { predictionColumn } from '../learn/prediction-column.js';
import { stratifiedSplit } from '../learn/stratified-split.js';
import type { Algorithm } from '../learn/trained-model.js';
import { encodeReferenceProfile } from '../stats/drift-profile/encode-reference-profile.js';
import { baselineScores } from './baseline-scores.js';
import { buildReferenceProfile } from './build-reference-profile.js';
import { RunSteps, type StepRecord } from './run-steps.js';

/** Trees need no scaling and route missing values themselves: numbers pass through, NaN included. */
const TREE_FEATURES = { numeric: { impute: false, standardize: false, missingIndicator: false } } as const;

export interface TrainSpec {
  readonly dataPath: string;
  readonly target: string;
  readonly modelName: string;
  /** Default: logistic for class targets, linear for numeric ones. */
  readonly algorithm?: Algorithm | undefined;
  readonly features?: FeatureOverrides | undefined;
  readonly schemaFile?: string | undefined;
  readonly params?: ModelParams | undefined;
  readonly holdoutShare?: number | undefined;
  readonly seed?: number | undefined;
  readonly alias?: string | undefined;
  readonly description?: string | undefined;
  readonly gitCommit?: string | null | undefined;
  readonly actor?: string | undefined;
}

export interface TrainDeps {
  readonly datasets: DatasetRepository;
  readonly runs: RunRepository;
  readonly models: ModelRepository;
  readonly artifacts: ArtifactStore;
  readonly clock: Clock;
  readonly onStep?: (step: StepRecord) => void;
  readonly onProgress?: FitProgress;
}

export interface TrainResult {
  readonly status: 'succeeded' | 'failed';
  readonly steps: readonly StepRecord[];
  readonly error?: { readonly code: string; readonly message: string };
  readonly runId?: string;
  readonly version?: ModelVersion;
  readonly metrics?: Readonly<Record<string, number>>;
  readonly baselineMetrics?: Readonly<Record<string, number>>;
}

/**
 * Trains and registers a model: stores the data as a dataset version (lineage), splits a seeded,
 * stratified holdout, fits the feature pipeline and the model on the rest, scores the holdout beside
 * a dummy baseline, saves the artifact, records the run, registers the version and optionally points
 * an alias at it. Never throws for a failed step: the result says which step failed and why, and a
 * run that had started is recorded as failed.
 */
export async function trainModel(deps: TrainDeps, spec: TrainSpec): Promise<TrainResult> {
  // The run is recorded once the data is known good, but it started here: loading is part of training.
  const startedAt = deps.clock.now();
  const steps = new RunSteps(deps.onStep);
  const seed = spec.seed ?? 42;
  const holdoutShare = spec.holdoutShare ?? 0.2;
  let runId: string | undefined;
  try {
    const modelName = assertName('model', spec.modelName);
    if (spec.alias !== undefined) assertName('alias', spec.alias);
    const overrides = spec.schemaFile === undefined ? undefined : await parseSchemaFile(spec.schemaFile);
    const { frame, dataset } = await steps.run(
      'load',
      async () => {
        // One read: the frame's schema is the dataset version's, so the file is not inferred twice.
        const { frame, schema } = await readFrame(spec.dataPath, { overrides, required: [spec.target] });
        const added = await addDatasetVersion(deps, {
          name: modelName,
          path: spec.dataPath,
          role: 'reference',
          schema,
        });
        return { frame, dataset: added.version };
      },
      ({ frame, dataset }) => `${frame.rowCount} rows, dataset ${dataset.datasetName}:${dataset.version}`,
    );
    const targetColumn = frame.columns.find((c) => c.name === spec.target);
    if (targetColumn === undefined)
      throw new SextantError('COLUMN_MISSING', `target column "${spec.target}" is missing`);
    const target = encodeTarget(targetColumn);
    const algorithm: Algorithm = spec.algorithm ?? (target.task === 'regression' ? 'linear' : 'logistic');
    const params = spec.params ?? {};
    runId = randomUUID();
    await deps.runs.start({
      id: runId,
      kind: 'train',
      modelName,
      params: {
        algorithm,
        target: spec.target,
        holdout: holdoutShare,
        seed,
        ...params,
        features: (spec.features ?? {}) as Json,
      },
      datasetVersionIds: [dataset.id],
      gitCommit: spec.gitCommit ?? null,
      startedAt,
    });

    const split = await steps.run(
      'split',
      () => {
        const strata = target.strata ?? Int32Array.from(target.y, (v) => (Number.isNaN(v) ? -1 : 0));
        return stratifiedSplit(frame.rowCount, { holdoutShare, seed, strata });
      },
      (s) => `${s.train.length} train, ${s.holdout.length} holdout rows`,
    );
    const trainFrame = takeRows(frame, split.train);
    const holdoutFrame = takeRows(frame, split.holdout);
    const pick = (rows: Uint32Array) => Float64Array.from(rows, (r) => target.y[r] as number);
    const yTrain = pick(split.train);
    const yHoldout = pick(split.holdout);
    const classCount = target.classes?.length ?? 0;

    const plan = planFeatures(frame.columns, spec.target, spec.features ?? {});
    if (plan.length === 0)
      throw new SextantError('INVALID_ARGUMENT', 'no feature columns are left to train on');
    const { pipeline, features } = await steps.run(
      'featurize',
      () => FeaturePipeline.fit(trainFrame, plan, algorithm === 'gbdt' ? TREE_FEATURES : {}),
      (f) => `${plan.length} columns -> ${f.features.cols} features (${f.pipeline.layout})`,
    );
    const fitted = await steps.run(
      'fit',
      () =>
        fitModel(algorithm, target.task, features, yTrain, {
          classCount,
          params,
          seed,
          onProgress: deps.onProgress,
        }),
      (f) =>
        `${algorithm}${f.info.iterations === undefined ? '' : `, ${String(f.info.iterations)} iterations`}`,
    );
    const { metrics, baselineMetrics, scores } = await steps.run(
      'evaluate',
      () => {
        const scores = fitted.model.predict(pipeline.transform(holdoutFrame));
        const baseline = baselineScores(target.task, yTrain, yHoldout.length, classCount);
        return {
          scores,
          metrics: evaluatePredictions(target.task, yHoldout, scores, classCount),
          baselineMetrics: evaluatePredictions(target.task, yHoldout, baseline, classCount),
        };
      },
      ({ metrics }) =>
        Object.entries(metrics)
          .slice(0, 4)
          .map(([k, v]) => `${k} ${v.toFixed(4)}`)
          .join(', '),
    );
    const signature = signatureFromFrame(
      frame,
      plan.map((p) => p.column),
      { target: spec.target, task: target.task, ...(target.classes ? { classes: target.classes } : {}) },
    );
    const artifactKey = await steps.run(
      'save',
      () =>
        deps.artifacts.put(
          encodeModelArtifact({
            format: 'sextant-model',
            formatVersion: MODEL_ARTIFACT_VERSION,
            task: target.task,
            algorithm,
            signature,
            pipeline: pipeline.toJSON() as unknown as Json,
            model: fitted.model.toJSON(),
            training: {
              createdAt: deps.clock.now().toISOString(),
              rows: split.train.length,
              holdoutRows: split.holdout.length,
              seed,
              params: { ...params } as { [key: string]: Json },
              metrics,
              baselineMetrics,
              datasetHash: dataset.contentHash,
            },
          }),
        ),
      (key) => `artifact ${key.slice(0, 12)}`,
    );
    const profileKey = await steps.run(
      'profile',
      async () => {
        const profile = await buildReferenceProfile(
          frame,
          signature.inputs.map((input) => input.name),
          {
            column: predictionColumn(scores, yHoldout.length, target.task, target.classes),
            rows: yHoldout.length,
          },
          { source: `${dataset.datasetName}:${dataset.version}`, seed, now: () => deps.clock.now() },
        );
        return deps.artifacts.put(encodeReferenceProfile(profile));
      },
      (key) => `drift reference ${key.slice(0, 12)}`,
    );
    const version = await steps.run(
      'register',
      async () => {
        const registered = await deps.models.registerVersion(
          {
            modelName,
            runId: runId as string,
            artifactKey,
            signature: signature as unknown as Record<string, unknown>,
            metrics,
            description: spec.description ?? '',
            tags: { algorithm, task: target.task, [REFERENCE_PROFILE_TAG]: profileKey },
            datasetVersionIds: [dataset.id],
          },
          deps.clock.now(),
        );
        if (spec.alias !== undefined) {
          await deps.models.moveAlias({
            modelName,
            alias: spec.alias,
            version: registered.version,
            actor: spec.actor ?? 'sextant train',
            reason: `trained by run ${runId}`,
            at: deps.clock.now(),
          });
        }
        return registered;
      },
      (v) => `${v.modelName} version ${v.version}${spec.alias ? `, alias ${spec.alias}` : ''}`,
    );
    await deps.runs.finish(runId, {
      status: 'succeeded',
      metrics,
      artifactKey,
      result: {
        steps: steps.steps,
        baseline: baselineMetrics,
        fit: fitted.info,
        version: version.version,
      } as unknown as Record<string, Json>,
      finishedAt: deps.clock.now(),
    });
    return { status: 'succeeded', steps: steps.steps, runId, version, metrics, baselineMetrics };
  } catch (error) {
    const code = isSextantError(error) ? error.code : 'INTERNAL';
    const message = (error as Error).message;
    if (runId !== undefined) {
      const run = await deps.runs.findRun(runId);
      if (run?.status === 'running') {
        await deps.runs.finish(runId, {
          status: 'failed',
          error: message,
          result: { steps: steps.steps } as unknown as Record<string, Json>,
          finishedAt: deps.clock.now(),
        });
      }
    }
    return { status: 'failed', steps: steps.steps, error: { code, message }, ...(runId ? { runId } : {}) };
  }
}
