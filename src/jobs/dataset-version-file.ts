import { constants } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DatasetVersion } from '../core/entities/dataset-version.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';

/**
 * Copies a stored dataset version's bytes into `dir` as `<name>-v<version>.<format>`, so that readers
 * which decide the format by extension (readFrame) can open it: the artifact store keeps bytes under
 * their sha256 alone. Copy-on-write where the file system offers it, a plain copy elsewhere.
 *
 * @example await datasetVersionFile(artifacts, reference, tmp) // '/tmp/x/tickets-v1.csv'
 * @throws ARTIFACT_NOT_FOUND when the store lost the bytes.
 */
export async function datasetVersionFile(
  artifacts: ArtifactStore,
  version: DatasetVersion,
  dir: string,
): Promise<string> {
  const source = await artifacts.localPath(version.contentHash);
  const path = join(dir, `${version.datasetName}-v${version.version}.${version.format}`);
  await copyFile(source, path, constants.COPYFILE_FICLONE);
  return path;
}
