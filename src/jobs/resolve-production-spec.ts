import type { DatasetVersion } from '../core/entities/dataset-version.js';
import type { ModelVersion } from '../core/entities/model-version.js';
import type { DatasetRepository } from '../core/ports/dataset-repository.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import type { RunRepository } from '../core/ports/run-repository.js';
import { SextantError } from '../core/sextant-error.js';
import type { ModelParams } from '../learn/fit-model.js';
import type { FeatureOverrides } from '../learn/plan-features.js';
import { ALGORITHMS, type Algorithm } from '../learn/trained-model.js';

/** Keys of a training run's params that are not algorithm parameters (see trainModel). */
const SPEC_KEYS = new Set(['algorithm', 'target', 'holdout', 'seed', 'features']);

/** What retraining starts from: the production version, how it was trained, and on which data. */
export interface ProductionSpec {
  readonly production: ModelVersion;
  readonly trainRunId: string;
  readonly target: string;
  readonly algorithm: Algorithm;
  readonly features: FeatureOverrides;
  readonly params: ModelParams;
  readonly seed: number;
  readonly holdoutShare: number;
  /** The dataset version production was trained on (the rolling base). */
  readonly trainedOn: DatasetVersion;
  /** The root of that version's first-parent lineage: the original reference (the fixed base). */
  readonly reference: DatasetVersion;
}

/**
 * Resolves a model's `production` version, the training run that made it and the data it was trained
 * on, so that a retrain trains its candidate exactly the same way on new data. The reference is found
 * by following first parents: a retrain records its combined data with the data it grew from as the
 * first parent, so the chain ends at the data the first version was trained on.
 *
 * @throws MODEL_NOT_FOUND, ALIAS_NOT_FOUND (no production alias), RUN_NOT_FOUND, DATASET_NOT_FOUND,
 * INVALID_ARGUMENT (a version without a training run or lineage, or a run whose params are unreadable).
 */
export async function resolveProductionSpec(
  deps: {
    readonly models: ModelRepository;
    readonly runs: RunRepository;
    readonly datasets: DatasetRepository;
  },
  modelName: string,
): Promise<ProductionSpec> {
  await deps.models.getModel(modelName);
  const alias = await deps.models.findAlias(modelName, 'production');
  if (alias === undefined) {
    throw new SextantError(
      'ALIAS_NOT_FOUND',
      `model "${modelName}" has no production alias: retraining compares a candidate with production; set one with \`sextant alias set ${modelName} production VERSION\``,
      { model: modelName, alias: 'production' },
    );
  }
  const production = await deps.models.getVersion(modelName, alias.version);
  const invalid = (why: string) =>
    new SextantError(
      'INVALID_ARGUMENT',
      `${modelName} version ${production.version} ${why}, so it cannot be retrained`,
      {
        model: modelName,
        version: production.version,
      },
    );
  if (production.runId === null) throw invalid('has no training run');
  const run = await deps.runs.getRun(production.runId);
  const p = run.params;
  const algorithm = p.algorithm as Algorithm;
  if (typeof p.target !== 'string' || !ALGORITHMS.includes(algorithm))
    throw invalid('has a training run without target or algorithm');
  const seed = typeof p.seed === 'number' ? p.seed : 42;
  const holdoutShare = typeof p.holdout === 'number' ? p.holdout : 0.2;
  const features = (
    typeof p.features === 'object' && p.features !== null ? p.features : {}
  ) as FeatureOverrides;
  const params: Record<string, number | string | boolean> = {};
  for (const [key, value] of Object.entries(p)) {
    if (SPEC_KEYS.has(key)) continue;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
      params[key] = value;
  }
  const trainedOnId = production.datasetVersionIds[0];
  if (trainedOnId === undefined) throw invalid('has no training data in its lineage');
  const trainedOn = await findById(deps.datasets, trainedOnId);
  let reference = trainedOn;
  const seen = new Set<number>([reference.id]);
  for (
    let parent = reference.parentIds[0];
    parent !== undefined && !seen.has(parent);
    parent = reference.parentIds[0]
  ) {
    seen.add(parent);
    reference = await findById(deps.datasets, parent);
  }
  return {
    production,
    trainRunId: run.id,
    target: p.target,
    algorithm,
    features,
    params,
    seed,
    holdoutShare,
    trainedOn,
    reference,
  };
}

async function findById(datasets: DatasetRepository, id: number): Promise<DatasetVersion> {
  const version = await datasets.findVersionById(id);
  if (version === undefined)
    throw new SextantError('DATASET_NOT_FOUND', `dataset version ${id} is not in the workspace`, { id });
  return version;
}
