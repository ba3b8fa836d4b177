import type { Kysely, Transaction } from 'kysely';
import type { DatasetSchema } from '../core/dataset-schema.js';
import type {
  DatasetRole,
  DatasetSummary,
  DatasetVersion,
  NewDatasetVersion,
} from '../core/entities/dataset-version.js';
import type { DatasetRepository } from '../core/ports/dataset-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { chunk } from './chunk.js';
import { parseJsonColumn } from './parse-json-column.js';
import type { SqlDatabase } from './sql-database.js';
import type { SqlDialectProfile } from './sql-dialect-profile.js';

type Db = Kysely<SqlDatabase>;

/** A version row with its dataset's name, before lineage is attached. */
interface VersionRow {
  id: number;
  name: string;
  version: number;
  role: string;
  content_hash: string;
  format: string;
  row_count: number;
  byte_size: number;
  schema_json: string;
  source_path: string | null;
  created_at: number;
}

/**
 * Datasets and their immutable versions in SQL. Version numbers come from a counter on the
 * dataset's row, bumped by an UPDATE inside the adding transaction: the UPDATE holds the row
 * lock until commit, so concurrent adders (several PostgreSQL connections) queue and each sees its
 * predecessor's number, and a rolled-back add gives its number back. No gaps, no duplicates, no retry.
 */
export class SqlDatasetRepository implements DatasetRepository {
  constructor(
    private readonly db: Db,
    private readonly profile: SqlDialectProfile,
  ) {}

  addVersion(input: NewDatasetVersion, at: Date): Promise<DatasetVersion> {
    return this.db.transaction().execute(async (trx) => {
      const createdAt = at.getTime();
      await trx
        .insertInto('datasets')
        .values({ name: input.datasetName, version_count: 0, created_at: createdAt })
        .onConflict((conflict) => conflict.column('name').doNothing())
        .execute();
      const dataset = await trx
        .updateTable('datasets')
        .set((eb) => ({ version_count: eb('version_count', '+', 1) }))
        .where('name', '=', input.datasetName)
        .returning(['id', 'version_count'])
        .executeTakeFirstOrThrow();
      const parentIds = [...new Set(input.parentIds)];
      await assertVersionsExist(trx, parentIds);
      const { id } = await trx
        .insertInto('dataset_versions')
        .values({
          dataset_id: dataset.id,
          version: dataset.version_count,
          role: input.role,
          content_hash: input.contentHash,
          format: input.format,
          row_count: input.rowCount,
          byte_size: input.byteSize,
          schema_json: JSON.stringify(input.schema),
          source_path: input.sourcePath,
          created_at: createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (parentIds.length > 0) {
        await trx
          .insertInto('dataset_version_parents')
          .values(parentIds.map((parentId, position) => ({ child_id: id, parent_id: parentId, position })))
          .execute();
      }
      return { ...input, id, version: dataset.version_count, parentIds, createdAt: new Date(createdAt) };
    });
  }

  async findVersion(name: string, version?: number): Promise<DatasetVersion | undefined> {
    const row = await this.versions()
      .where('d.name', '=', name)
      .$if(version !== undefined, (qb) => qb.where('v.version', '=', version!))
      .orderBy('v.version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : (await this.withLineage([row]))[0];
  }

  async getVersion(name: string, version?: number): Promise<DatasetVersion> {
    const found = await this.findVersion(name, version);
    if (found !== undefined) return found;
    const known = await this.db
      .selectFrom('datasets')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst();
    const message =
      known === undefined ? `no dataset named "${name}"` : `dataset "${name}" has no version ${version}`;
    throw new SextantError('DATASET_NOT_FOUND', message, { name, version: version ?? null });
  }

  async findVersionById(id: number): Promise<DatasetVersion | undefined> {
    const row = await this.versions().where('v.id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : (await this.withLineage([row]))[0];
  }

  async findVersionByHash(name: string, contentHash: string): Promise<DatasetVersion | undefined> {
    const row = await this.versions()
      .where('d.name', '=', name)
      .where('v.content_hash', '=', contentHash)
      .orderBy('v.version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : (await this.withLineage([row]))[0];
  }

  async listVersions(name: string): Promise<DatasetVersion[]> {
    const rows = await this.versions().where('d.name', '=', name).orderBy('v.version', 'asc').execute();
    return this.withLineage(rows);
  }

  async listDatasets(): Promise<DatasetSummary[]> {
    // Versions are never deleted, so the counter is both the count and the latest number.
    const rows = await this.versions()
      .whereRef('v.version', '=', 'd.version_count')
      .select('d.version_count')
      .orderBy('d.name', 'asc')
      .execute();
    const versions = await this.withLineage(rows);
    return rows.map((row, i) => ({ name: row.name, versionCount: row.version_count, latest: versions[i]! }));
  }

  private versions() {
    return this.db
      .selectFrom('dataset_versions as v')
      .innerJoin('datasets as d', 'd.id', 'v.dataset_id')
      .select([
        'v.id',
        'd.name',
        'v.version',
        'v.role',
        'v.content_hash',
        'v.format',
        'v.row_count',
        'v.byte_size',
        'v.schema_json',
        'v.source_path',
        'v.created_at',
      ]);
  }

  /** Attaches each version's parents, in the order they were given, with one query per chunk. */
  private async withLineage(rows: readonly VersionRow[]): Promise<DatasetVersion[]> {
    const parents = new Map<number, number[]>();
    for (const ids of chunk(
      rows.map((row) => row.id),
      this.profile.maxParameters,
    )) {
      const links = await this.db
        .selectFrom('dataset_version_parents')
        .select(['child_id', 'parent_id'])
        .where('child_id', 'in', ids)
        .orderBy('child_id')
        .orderBy('position')
        .execute();
      for (const link of links)
        parents.set(link.child_id, [...(parents.get(link.child_id) ?? []), link.parent_id]);
    }
    return rows.map((row) => toDatasetVersion(row, parents.get(row.id) ?? []));
  }
}

/** Lineage must point at real versions: refuse an unknown parent instead of a foreign key error. */
async function assertVersionsExist(trx: Transaction<SqlDatabase>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await trx.selectFrom('dataset_versions').select('id').where('id', 'in', ids).execute();
  const known = new Set(found.map((row) => row.id));
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0) {
    throw new SextantError('DATASET_NOT_FOUND', `no dataset version with id ${missing.join(', ')}`, {
      parentIds: missing,
    });
  }
}

function toDatasetVersion(row: VersionRow, parentIds: number[]): DatasetVersion {
  return {
    id: row.id,
    datasetName: row.name,
    version: row.version,
    role: row.role as DatasetRole,
    contentHash: row.content_hash,
    format: row.format,
    rowCount: row.row_count,
    byteSize: row.byte_size,
    schema: parseJsonColumn<DatasetSchema>(row.schema_json, 'dataset schema'),
    sourcePath: row.source_path,
    parentIds,
    createdAt: new Date(row.created_at),
  };
}
