import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { REFERENCE_PROFILE_TAG } from '../core/reference-profile-tag.js';

/** What deleting a version removed. */
export interface DeletedModelVersion {
  readonly modelName: string;
  readonly version: number;
  readonly artifactKey: string;
  /** False when another version still uses the same artifact bytes (or the blob was already gone). */
  readonly artifactDeleted: boolean;
  /** The version's drift reference profile blob (a tag), when it had one. */
  readonly profileKey?: string;
  /** Whether that blob was removed, by the same rule as the model blob. */
  readonly profileDeleted?: boolean;
}

/**
 * Deletes a model version, then garbage-collects its blobs, the model artifact and the drift reference
 * profile training saved beside it (tag {@link REFERENCE_PROFILE_TAG}): each is removed only when no
 * other version references the same key (artifacts are content-addressed, so two versions trained to
 * the same bytes share one blob). The store refuses the delete while an alias points at the version, so
 * an alias never points at nothing. Its number is never reused, and alias history keeps mentioning it.
 *
 * @throws MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND, VERSION_IN_USE while an alias points at it
 */
export async function deleteModelVersion(
  models: ModelRepository,
  artifacts: ArtifactStore,
  modelName: string,
  version: number,
): Promise<DeletedModelVersion> {
  const profileKey = (await models.getVersion(modelName, version)).tags[REFERENCE_PROFILE_TAG];
  const { artifactKey } = await models.deleteVersion(modelName, version);
  // The row is gone before the blobs: a crash in between leaves an orphan blob, never a dangling row.
  const collect = async (key: string) =>
    !(await models.isArtifactReferenced(key)) && (await artifacts.delete(key));
  const artifactDeleted = await collect(artifactKey);
  if (profileKey === undefined) return { modelName, version, artifactKey, artifactDeleted };
  return {
    modelName,
    version,
    artifactKey,
    artifactDeleted,
    profileKey,
    profileDeleted: await collect(profileKey),
  };
}
