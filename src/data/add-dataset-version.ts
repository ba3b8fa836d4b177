import { assertName } from '../core/assert-name.js';
import type { Clock } from '../core/clock.js';
import type { DatasetSchema } from '../core/dataset-schema.js';
import type { DatasetRole, DatasetVersion } from '../core/entities/dataset-version.js';
import type { ArtifactStore } from '../core/ports/artifact-store.js';
import type { DatasetRepository } from '../core/ports/dataset-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { detectFormat } from './detect-format.js';
import { inferSchema } from './infer-schema.js';
import { parseSchemaFile } from './parse-schema-file.js';

export interface AddDatasetInput {
  readonly name: string;
  readonly path: string;
  readonly role: DatasetRole;
  /** A schema file whose types win over inference. */
  readonly schemaFile?: string | undefined;
  /** Columns that must be present. */
  readonly required?: readonly string[] | undefined;
  /**
   * The file's schema when the caller already read it (training reads the whole frame first): the
   * file is then not read a second time for inference.
   */
  readonly schema?: DatasetSchema | undefined;
  /** Parent versions as `name:version` or `name` (latest), for lineage. */
  readonly parents?: readonly string[] | undefined;
}

export interface AddDatasetResult {
  readonly version: DatasetVersion;
  /** False when the latest version already had these exact bytes and role: nothing new was written. */
  readonly created: boolean;
}

/**
 * Adds a file as the next version of a named dataset: validates and types it first (so a bad file
 * writes nothing), copies its bytes into the artifact store under their sha256, then records the
 * version with its schema and lineage. Adding the same bytes again is a no-op that returns the
 * existing version.
 */
export async function addDatasetVersion(
  deps: { datasets: DatasetRepository; artifacts: ArtifactStore; clock: Clock },
  input: AddDatasetInput,
): Promise<AddDatasetResult> {
  const name = assertName('dataset', input.name);
  const format = detectFormat(input.path);
  const overrides =
    input.schema !== undefined || input.schemaFile === undefined
      ? undefined
      : await parseSchemaFile(input.schemaFile);
  const parentIds = await resolveParents(deps.datasets, input.parents ?? []);
  const schema = input.schema ?? (await inferSchema(input.path, { overrides, required: input.required }));

  const { key, byteSize } = await deps.artifacts.putFile(input.path);
  const latest = await deps.datasets.findVersion(name);
  if (
    latest !== undefined &&
    latest.contentHash === key &&
    latest.role === input.role &&
    parentIds.length === 0
  ) {
    return { version: latest, created: false };
  }
  const version = await deps.datasets.addVersion(
    {
      datasetName: name,
      role: input.role,
      contentHash: key,
      format,
      rowCount: schema.rowCount,
      byteSize,
      schema,
      sourcePath: input.path,
      parentIds,
    },
    deps.clock.now(),
  );
  return { version, created: true };
}

async function resolveParents(datasets: DatasetRepository, parents: readonly string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const parent of parents) {
    const match = /^([^:]+)(?::(\d+))?$/.exec(parent);
    if (match === null) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `parent ${JSON.stringify(parent)} is not NAME or NAME:VERSION`,
      );
    }
    const version = match[2] === undefined ? undefined : Number(match[2]);
    ids.push((await datasets.getVersion(match[1]!, version)).id);
  }
  return ids;
}
