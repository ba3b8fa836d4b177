import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { ModelRepository } from '../core/ports/model-repository.js';

/** What deleting a version removed. */
export interface DeletedModelVersion {
  readonly modelName: string;
  readonly version: number;
  readonly artifactKey: string;
  /** False when another version still uses the same artifact bytes (or the blob was already gone). */
  readonly artifactDeleted: boolean;
}

/**
 * Deletes a model version, then garbage-collects its artifact: the blob is removed only when no other
 * version references the same key (artifacts are content-addressed, so two versions trained to the
 * same bytes share one blob). The store refuses the delete while an alias points at the version, so an
 * alias never points at nothing. Its number is never reused, and alias history keeps mentioning it.
 *
 * @throws MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND, VERSION_IN_USE while an alias points at it
 */
export async function deleteModelVersion(
  models: ModelRepository,
  artifacts: ArtifactStore,
  modelName: string,
  version: number,
): Promise<DeletedModelVersion> {
  const { artifactKey } = await models.deleteVersion(modelName, version);
  // The row is gone before the blob: a crash in between leaves an orphan blob, never a dangling row.
  const artifactDeleted =
    !(await models.isArtifactReferenced(artifactKey)) && (await artifacts.delete(artifactKey));
  return { modelName, version, artifactKey, artifactDeleted };
}
