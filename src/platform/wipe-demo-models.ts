import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { deleteModelVersion } from '../registry/delete-model-version.js';

/**
 * `sextant demo --fresh`: deletes every version of the demo's models (their aliases first, which is
 * what allows it), so the run starts from an empty registry for them. Version numbers are never
 * reused, and the prediction log, monitoring reports and runs stay as history. Other models are
 * never touched. Returns, per model, the versions removed.
 */
export async function wipeDemoModels(
  models: ModelRepository,
  artifacts: ArtifactStore,
  names: readonly string[],
  at: Date,
): Promise<Map<string, number[]>> {
  const removed = new Map<string, number[]>();
  for (const name of names) {
    if ((await models.findModel(name)) === undefined) continue;
    for (const alias of await models.listAliases(name))
      await models.moveAlias({
        modelName: name,
        alias: alias.alias,
        version: null,
        actor: 'sextant demo',
        reason: 'sextant demo --fresh',
        at,
      });
    const versions = (await models.listVersions(name)).map((v) => v.version);
    for (const version of versions) await deleteModelVersion(models, artifacts, name, version);
    removed.set(name, versions);
  }
  return removed;
}
