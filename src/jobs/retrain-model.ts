import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../core/clock.js';
import type { DatasetVersion } from '../core/entities/dataset-version.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { DatasetRepository } from '../core/ports/dataset-repository.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import type { PredictionRepository } from '../core/ports/prediction-repository.js';
import type { RunRepository } from '../core/ports/run-repository.js';
import { isSextantError, SextantError } from '../core/sextant-error.js';
import { parseSchemaFile } from '../data/parse-schema-file.js';
import { readFrame } from '../data/read-frame.js';
import type { FitProgress } from '../learn/fit-model.js';
import type { Json } from '../learn/model-artifact.js';
import { loadPredictor } from '../registry/load-predictor.js';
import { setAlias } from '../registry/set-alias.js';
import { addRetrainData } from './add-retrain-data.js';
import { combineBatches } from './combine-batches.js';
import { compareOnRows } from './compare-on-rows.js';
import { datasetVersionFile } from './dataset-version-file.js';
import { evaluationRows } from './evaluation-rows.js';
import { gateCandidate } from './gate-candidate.js';
import { resolveProductionSpec } from './resolve-production-spec.js';
import { RunSteps, type StepRecord } from './run-steps.js';
import { trainModel } from './train-model.js';

const DAY_MS = 86_400_000;

/** What to retrain and how. */
export interface RetrainSpec {
  readonly modelName: string;
  /** New data files (CSV, TSV, JSON, JSONL, Parquet) with every column of the reference. */
  readonly newPaths: readonly string[];
  /**
   * `fixed` (default, the seeds' Approach A): the original reference + the new batches, every time.
   * `rolling` (Approach B): production's own training data (the last combined data) + the new batches.
   */
  readonly mode?: 'fixed' | 'rolling' | undefined;
  /** Rolling mode: keep only the newest this many rows of the combined data. */
  readonly maxRows?: number | undefined;
  /** Move production to the candidate when it clears the margin; otherwise only report. */
  readonly promoteIfBetter?: boolean | undefined;
  /** Default 0.01, in units of the primary metric. */
  readonly margin?: number | undefined;
  /** Labelled production predictions of the last this many days join the evaluation (default 30). */
  readonly productionDays?: number | undefined;
  /** Who a promotion is recorded as in alias history (default `retrain`). */
  readonly actor?: string | undefined;
  readonly gitCommit?: string | null | undefined;
}

export interface RetrainDeps {
  readonly datasets: DatasetRepository;
  readonly runs: RunRepository;
  readonly models: ModelRepository;
  readonly predictions: PredictionRepository;
  readonly artifacts: ArtifactStore;
  readonly clock: Clock;
  readonly onStep?: (step: StepRecord) => void;
  readonly onProgress?: FitProgress;
}

/** The promotion gate's decision, with the numbers it was made on. */
export interface RetrainDecision {
  readonly promoted: boolean;
  readonly candidateVersion: number;
  readonly productionVersion: number;
  readonly metric: string;
  readonly higherIsBetter: boolean;
  /** NaN (null in JSON) when the metric is undefined on the rows (one class only). */
  readonly candidateScore: number;
  readonly productionScore: number;
  readonly margin: number;
  readonly evaluatedOn: {
    readonly holdoutRows: number;
    readonly productionRows: number;
    /** Holdout rows left out because production was fitted on them (they would flatter it). */
    readonly excludedRows: number;
  };
  readonly reason: string;
}

export interface RetrainResult {
  readonly status: 'succeeded' | 'failed';
  readonly steps: readonly StepRecord[];
  readonly error?: { readonly code: string; readonly message: string };
  /** The retrain run, once the data was combined. */
  readonly runId?: string;
  /** The candidate's own training run. */
  readonly candidateRunId?: string;
  /** The combined data the candidate was trained on. */
  readonly dataset?: DatasetVersion;
  readonly decision?: RetrainDecision;
}

/**
 * Retrains a model on its reference plus new data and promotes the candidate only when it is better
 * (the seeds' combine-and-retrain with a promotion gate): resolves production and the spec it was
 * trained with, combines the data (fixed or rolling), records it as a dataset version with lineage,
 * trains the candidate the same way, scores candidate and production on the same rows (the candidate's
 * holdout, less the rows production was fitted on, plus recent labelled production predictions), and moves `production` when the candidate
 * clears the margin. The run (kind `retrain`) records the decision and its numbers. Never throws: a
 * failed step ends the result, and production is only ever moved as the very last step.
 */
export async function retrainModel(deps: RetrainDeps, spec: RetrainSpec): Promise<RetrainResult> {
  const startedAt = deps.clock.now();
  const steps = new RunSteps(deps.onStep);
  const mode = spec.mode ?? 'fixed';
  const margin = spec.margin ?? 0.01;
  const productionDays = spec.productionDays ?? 30;
  let runId: string | undefined;
  let work: string | undefined;
  const outcome: { candidateRunId?: string; dataset?: DatasetVersion } = {};
  try {
    checkSpec(spec, mode, margin, productionDays);
    const base = await steps.run(
      'resolve',
      () => resolveProductionSpec(deps, spec.modelName),
      (b) =>
        `production is ${spec.modelName} version ${b.production.version} (${b.algorithm} on ${b.target}, run ${b.trainRunId.slice(0, 8)})`,
    );
    work = await mkdtemp(join(tmpdir(), 'sextant-retrain-'));
    const workDir = work;
    const combined = await steps.run(
      'combine',
      async () => {
        const from = mode === 'fixed' ? base.reference : base.trainedOn;
        const outPath = join(workDir, `${spec.modelName}-combined.csv`);
        const parts = await combineBatches({
          basePath: await datasetVersionFile(deps.artifacts, from, workDir),
          baseSchema: from.schema,
          newPaths: spec.newPaths,
          maxRows: spec.maxRows,
          outPath,
        });
        // The candidate is trained with the base's column types, exactly as production was.
        const schemaFile = join(workDir, 'schema.json');
        const types = Object.fromEntries(from.schema.columns.map((c) => [c.name, c.type]));
        await writeFile(schemaFile, JSON.stringify({ columns: types }));
        const { frame, schema } = await readFrame(outPath, {
          overrides: await parseSchemaFile(schemaFile),
          required: [base.target],
        });
        const dataset = await addRetrainData(deps, {
          modelName: spec.modelName,
          combinedPath: outPath,
          combinedSchema: schema,
          base: from,
          newPaths: spec.newPaths,
        });
        outcome.dataset = dataset.combined;
        return { from, parts, outPath, schemaFile, frame, ...dataset };
      },
      (c) =>
        `${c.parts.baseRows} rows of ${c.from.datasetName}:${c.from.version} + ${c.parts.newRows.join(' + ')} new` +
        `${c.parts.droppedRows > 0 ? ` - ${c.parts.droppedRows} oldest` : ''} = ${c.parts.rows} rows, dataset ${c.combined.datasetName}:${c.combined.version}`,
    );

    runId = randomUUID();
    await deps.runs.start({
      id: runId,
      kind: 'retrain',
      modelName: spec.modelName,
      params: {
        mode,
        margin,
        promoteIfBetter: spec.promoteIfBetter === true,
        productionDays,
        ...(spec.maxRows === undefined ? {} : { maxRows: spec.maxRows }),
        productionVersion: base.production.version,
        newFiles: [...spec.newPaths],
      },
      datasetVersionIds: [combined.from.id, ...combined.batches.map((b) => b.id), combined.combined.id],
      gitCommit: spec.gitCommit ?? null,
      startedAt,
    });

    const candidate = await steps.run(
      'train',
      async () => {
        const trained = await trainModel(
          {
            datasets: deps.datasets,
            runs: deps.runs,
            models: deps.models,
            artifacts: deps.artifacts,
            clock: deps.clock,
            ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
          },
          {
            dataPath: combined.outPath,
            target: base.target,
            modelName: spec.modelName,
            algorithm: base.algorithm,
            features: base.features,
            schemaFile: combined.schemaFile,
            params: base.params,
            holdoutShare: base.holdoutShare,
            seed: base.seed,
            description: `candidate of retrain run ${runId} (${mode})`,
            gitCommit: spec.gitCommit,
          },
        );
        if (trained.runId !== undefined) outcome.candidateRunId = trained.runId;
        if (trained.status === 'failed' || trained.version === undefined) {
          const error = trained.error ?? { code: 'INTERNAL', message: 'training the candidate failed' };
          throw new SextantError(error.code as 'INTERNAL', `training the candidate failed: ${error.message}`);
        }
        return trained.version;
      },
      (v) => `candidate is ${v.modelName} version ${v.version}`,
    );

    let excludedRows = 0;
    const comparison = await steps.run(
      'evaluate',
      async () => {
        const evaluated = await evaluationRows(deps, {
          modelName: spec.modelName,
          combined: combined.frame,
          production: base,
          since: new Date(deps.clock.now().getTime() - productionDays * DAY_MS),
          workDir,
        });
        excludedRows = evaluated.excludedRows;
        const [candidatePredictor, productionPredictor] = await Promise.all([
          loadPredictor(deps.artifacts, candidate),
          loadPredictor(deps.artifacts, base.production),
        ]);
        return compareOnRows(candidatePredictor, productionPredictor, evaluated.rows);
      },
      (c) =>
        `${c.metric}: candidate ${c.candidate.toFixed(4)}, production ${c.production.toFixed(4)} on ${c.rows.holdout} holdout + ${c.rows.production} production rows (${excludedRows} holdout rows production was fitted on left out)`,
    );

    const decision = await steps.run(
      'gate',
      async (): Promise<RetrainDecision> => {
        const verdict = gateCandidate({
          metric: comparison.metric,
          candidateScore: comparison.candidate,
          productionScore: comparison.production,
          margin,
          promoteIfBetter: spec.promoteIfBetter === true,
        });
        let promoted = false;
        let reason = verdict.reason;
        if (verdict.promote) {
          // Someone may have moved production while the candidate trained: never undo their move.
          const now = await deps.models.findAlias(spec.modelName, 'production');
          if (now?.version !== base.production.version) {
            reason = `${reason}; but production moved to version ${now?.version ?? 'none'} during the retrain, so it stays`;
          } else {
            await setAlias(deps.models, {
              modelName: spec.modelName,
              alias: 'production',
              version: candidate.version,
              actor: spec.actor ?? 'retrain',
              reason: `retrain run ${runId}: ${reason}`,
              at: deps.clock.now(),
            });
            promoted = true;
          }
        }
        return {
          promoted,
          candidateVersion: candidate.version,
          productionVersion: base.production.version,
          metric: comparison.metric,
          higherIsBetter: verdict.higherIsBetter,
          candidateScore: comparison.candidate,
          productionScore: comparison.production,
          margin,
          evaluatedOn: {
            holdoutRows: comparison.rows.holdout,
            productionRows: comparison.rows.production,
            excludedRows,
          },
          reason,
        };
      },
      (d) => (d.promoted ? `promoted version ${d.candidateVersion}: ${d.reason}` : d.reason),
    );

    const metrics: Record<string, number> = {};
    if (Number.isFinite(decision.candidateScore))
      metrics[`candidate_${decision.metric}`] = decision.candidateScore;
    if (Number.isFinite(decision.productionScore))
      metrics[`production_${decision.metric}`] = decision.productionScore;
    await deps.runs.finish(runId, {
      status: 'succeeded',
      metrics,
      artifactKey: candidate.artifactKey,
      result: {
        steps: steps.steps,
        decision,
        parts: comparison.parts,
        skippedRows: comparison.skipped,
        candidateRunId: outcome.candidateRunId ?? null,
        combinedDatasetVersionId: combined.combined.id,
      } as unknown as Record<string, Json>,
      finishedAt: deps.clock.now(),
    });
    return { status: 'succeeded', steps: steps.steps, runId, ...outcome, decision };
  } catch (error) {
    const code = isSextantError(error) ? error.code : 'INTERNAL';
    const message = (error as Error).message;
    if (runId !== undefined) {
      const run = await deps.runs.findRun(runId);
      if (run?.status === 'running') {
        await deps.runs.finish(runId, {
          status: 'failed',
          error: message,
          result: { steps: steps.steps, candidateRunId: outcome.candidateRunId ?? null } as unknown as Record<
            string,
            Json
          >,
          finishedAt: deps.clock.now(),
        });
      }
    }
    return {
      status: 'failed',
      steps: steps.steps,
      error: { code, message },
      ...(runId ? { runId } : {}),
      ...outcome,
    };
  } finally {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  }
}

function checkSpec(spec: RetrainSpec, mode: string, margin: number, productionDays: number): void {
  const bad = (message: string) => new SextantError('INVALID_ARGUMENT', message);
  if (spec.newPaths.length === 0) throw bad('retraining needs at least one new data file');
  if (mode !== 'fixed' && mode !== 'rolling')
    throw bad(`mode must be fixed or rolling, got ${JSON.stringify(mode)}`);
  if (!(Number.isFinite(margin) && margin >= 0))
    throw bad(`margin must be a non-negative number, got ${margin}`);
  if (!(Number.isFinite(productionDays) && productionDays >= 0))
    throw bad(`production days must be a non-negative number, got ${productionDays}`);
  if (spec.maxRows !== undefined) {
    if (mode !== 'rolling')
      throw bad('max rows applies to rolling mode only: fixed mode always keeps the whole reference');
    if (!Number.isInteger(spec.maxRows) || spec.maxRows < 1)
      throw bad(`max rows must be a positive integer, got ${spec.maxRows}`);
  }
}
