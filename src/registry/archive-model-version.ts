import type { ModelVersion } from '../core/entities/model-version.js';
import type { ModelRepository } from '../core/ports/model-repository.js';

/**
 * Archives a version: it stays registered (metrics, lineage, artifact, history all kept) but no alias
 * may point at it again, and rollbacks skip it. Archiving an archived version changes nothing.
 *
 * @throws MODEL_NOT_FOUND, MODEL_VERSION_NOT_FOUND, VERSION_IN_USE while an alias points at it
 */
export async function archiveModelVersion(
  models: ModelRepository,
  modelName: string,
  version: number,
): Promise<ModelVersion> {
  const current = await models.getVersion(modelName, version);
  if (current.status === 'archived') return current;
  return models.setVersionStatus(modelName, version, 'archived');
}
