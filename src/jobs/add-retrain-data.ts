import type { Clock } from '../core/clock.js';
import type { DatasetSchema } from '../core/dataset-schema.js';
import type { DatasetVersion } from '../core/entities/dataset-version.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { DatasetRepository } from '../core/ports/dataset-repository.js';
import { addDatasetVersion } from '../data/add-dataset-version.js';

/** What a retrain read and wrote. */
export interface RetrainDataInput {
  readonly modelName: string;
  /** The combined CSV, already written and read (its schema). */
  readonly combinedPath: string;
  readonly combinedSchema: DatasetSchema;
  /** The data the new batches were appended to (the reference, or production's training data). */
  readonly base: DatasetVersion;
  readonly newPaths: readonly string[];
}

/**
 * Records a retrain's data with its lineage: each new file as a `batch` version of `<model>-new`, and
 * the combined file as the next `reference` version of the model's own dataset, whose parents are the
 * base first, then the batches. The base coming first is what lets a later retrain find the original
 * reference (see resolveProductionSpec); the role `reference` and the model's dataset name are what
 * training itself records, so the candidate's training run reuses this version instead of adding a
 * parentless copy. The bytes go into the artifact store under their sha256, like any dataset version.
 */
export async function addRetrainData(
  deps: { readonly datasets: DatasetRepository; readonly artifacts: ArtifactStore; readonly clock: Clock },
  input: RetrainDataInput,
): Promise<{ batches: DatasetVersion[]; combined: DatasetVersion }> {
  // Names are at most 128 characters: keep room for the suffix.
  const batchName = `${input.modelName.slice(0, 124)}-new`;
  const batches: DatasetVersion[] = [];
  for (const path of input.newPaths) {
    batches.push((await addDatasetVersion(deps, { name: batchName, path, role: 'batch' })).version);
  }
  const parentIds = [input.base.id, ...batches.map((batch) => batch.id)];
  const { key, byteSize } = await deps.artifacts.putFile(input.combinedPath);
  const latest = await deps.datasets.findVersion(input.modelName);
  if (
    latest !== undefined &&
    latest.contentHash === key &&
    latest.role === 'reference' &&
    latest.parentIds.join(',') === parentIds.join(',')
  ) {
    return { batches, combined: latest };
  }
  const combined = await deps.datasets.addVersion(
    {
      datasetName: input.modelName,
      role: 'reference',
      contentHash: key,
      format: 'csv',
      rowCount: input.combinedSchema.rowCount,
      byteSize,
      schema: input.combinedSchema,
      // Written by the retrain in a temporary folder: its lineage, not a path, says where it came from.
      sourcePath: null,
      parentIds,
    },
    deps.clock.now(),
  );
  return { batches, combined };
}
