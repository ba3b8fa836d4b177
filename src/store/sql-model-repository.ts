import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AliasChange, AliasMove, ModelAlias } from '../core/entities/alias.js';
import type {
  ModelVersion,
  ModelVersionStatus,
  NewModelVersion,
  RegisteredModel,
} from '../core/entities/model-version.js';
import type { TrafficSplit } from '../core/entities/traffic-split.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { SextantError } from '../core/sextant-error.js';
import { parseJsonColumn } from './parse-json-column.js';
import type { SqlDatabase } from './sql-database.js';
import type { SqlDialectProfile } from './sql-dialect-profile.js';
import { SqlModelAliases } from './sql-model-aliases.js';
import { SqlTrafficSplits } from './sql-traffic-splits.js';

type Db = Kysely<SqlDatabase>;
type Trx = Transaction<SqlDatabase>;
type ModelRow = Selectable<SqlDatabase['registered_models']>;
type VersionRow = Selectable<SqlDatabase['model_versions']> & { model_name: string };

/**
 * The model registry in SQL. Every change to a model's versions or aliases first locks the model's
 * row (where the backend has row locks), so on PostgreSQL two processes cannot both read "alias
 * points at 3" and write conflicting history, nor archive a version while another moves an alias
 * onto it. Version numbers come from a counter on that row, as for datasets: gap-free, never reused
 * after a delete.
 */
export class SqlModelRepository implements ModelRepository {
  private readonly traffic = new SqlTrafficSplits();
  private readonly aliases: SqlModelAliases;

  constructor(
    private readonly db: Db,
    private readonly profile: SqlDialectProfile,
  ) {
    this.aliases = new SqlModelAliases(db, this.traffic);
  }

  registerVersion(input: NewModelVersion, at: Date): Promise<ModelVersion> {
    return this.db.transaction().execute(async (trx) => {
      const createdAt = at.getTime();
      await trx
        .insertInto('registered_models')
        .values({
          name: input.modelName,
          description: '',
          tags_json: '{}',
          version_count: 0,
          created_at: createdAt,
        })
        .onConflict((conflict) => conflict.column('name').doNothing())
        .execute();
      // The UPDATE holds the model row's lock until commit: concurrent registrations queue here.
      const model = await trx
        .updateTable('registered_models')
        .set((eb) => ({ version_count: eb('version_count', '+', 1) }))
        .where('name', '=', input.modelName)
        .returning(['id', 'version_count'])
        .executeTakeFirstOrThrow();
      const row = await trx
        .insertInto('model_versions')
        .values({
          model_id: model.id,
          version: model.version_count,
          run_id: input.runId,
          artifact_key: input.artifactKey,
          signature_json: JSON.stringify(input.signature),
          metrics_json: JSON.stringify(input.metrics),
          description: input.description,
          tags_json: JSON.stringify(input.tags),
          dataset_version_ids_json: JSON.stringify(input.datasetVersionIds),
          status: 'active',
          created_at: createdAt,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toModelVersion({ ...row, model_name: input.modelName });
    });
  }

  async findModel(name: string): Promise<RegisteredModel | undefined> {
    const row = await this.db
      .selectFrom('registered_models')
      .selectAll()
      .where('name', '=', name)
      .executeTakeFirst();
    return row === undefined ? undefined : toModel(row);
  }

  async getModel(name: string): Promise<RegisteredModel> {
    return (await this.findModel(name)) ?? modelNotFound(name);
  }

  async listModels(): Promise<RegisteredModel[]> {
    const rows = await this.db.selectFrom('registered_models').selectAll().orderBy('name').execute();
    return rows.map(toModel);
  }

  async updateModel(
    name: string,
    patch: { description?: string; tags?: Record<string, string> },
  ): Promise<RegisteredModel> {
    const changes = {
      ...(patch.description === undefined ? {} : { description: patch.description }),
      ...(patch.tags === undefined ? {} : { tags_json: JSON.stringify(patch.tags) }),
    };
    if (Object.keys(changes).length === 0) return this.getModel(name);
    const row = await this.db
      .updateTable('registered_models')
      .set(changes)
      .where('name', '=', name)
      .returningAll()
      .executeTakeFirst();
    return row === undefined ? modelNotFound(name) : toModel(row);
  }

  async findVersion(name: string, version: number): Promise<ModelVersion | undefined> {
    const row = await this.versions(this.db)
      .where('m.name', '=', name)
      .where('v.version', '=', version)
      .executeTakeFirst();
    return row === undefined ? undefined : toModelVersion(row);
  }

  async getVersion(name: string, version: number): Promise<ModelVersion> {
    const found = await this.findVersion(name, version);
    if (found !== undefined) return found;
    await this.getModel(name);
    return versionNotFound(name, version);
  }

  async listVersions(name: string): Promise<ModelVersion[]> {
    const rows = await this.versions(this.db).where('m.name', '=', name).orderBy('v.version').execute();
    return rows.map(toModelVersion);
  }

  updateVersion(
    name: string,
    version: number,
    patch: { description?: string; tags?: Record<string, string> },
  ): Promise<ModelVersion> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.lockedVersion(trx, name, version);
      const changes = {
        ...(patch.description === undefined ? {} : { description: patch.description }),
        ...(patch.tags === undefined ? {} : { tags_json: JSON.stringify(patch.tags) }),
      };
      if (Object.keys(changes).length === 0) return toModelVersion(row);
      await trx.updateTable('model_versions').set(changes).where('id', '=', row.id).execute();
      return toModelVersion({ ...row, ...changes });
    });
  }

  setVersionStatus(name: string, version: number, status: ModelVersionStatus): Promise<ModelVersion> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.lockedVersion(trx, name, version);
      if (status === 'archived') await assertNotAliased(trx, row, 'archive');
      await trx.updateTable('model_versions').set({ status }).where('id', '=', row.id).execute();
      return toModelVersion({ ...row, status });
    });
  }

  deleteVersion(name: string, version: number): Promise<{ artifactKey: string }> {
    return this.db.transaction().execute(async (trx) => {
      const row = await this.lockedVersion(trx, name, version);
      await assertNotAliased(trx, row, 'delete');
      await trx.deleteFrom('model_versions').where('id', '=', row.id).execute();
      return { artifactKey: row.artifact_key };
    });
  }

  async isArtifactReferenced(artifactKey: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('model_versions')
      .select('id')
      // Keys are sha256 hex (checked by every artifact store), so they hold no LIKE wildcards.
      .where((eb) =>
        eb.or([eb('artifact_key', '=', artifactKey), eb('tags_json', 'like', `%"${artifactKey}"%`)]),
      )
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  moveAlias(move: AliasMove): Promise<AliasChange> {
    return this.db.transaction().execute(async (trx) => {
      const modelId = await this.lockModel(trx, move.modelName);
      const versionId =
        move.version === null ? null : await this.assignableVersion(trx, modelId, move, move.version);
      return this.aliases.move(trx, modelId, move, versionId);
    });
  }

  findAlias(name: string, alias: string): Promise<ModelAlias | undefined> {
    return this.aliases.find(name, alias);
  }

  getAlias(name: string, alias: string): Promise<ModelAlias> {
    return this.aliases.get(name, alias);
  }

  listAliases(name: string): Promise<ModelAlias[]> {
    return this.aliases.list(name);
  }

  aliasHistory(name: string, alias?: string): Promise<AliasChange[]> {
    return this.aliases.history(name, alias);
  }

  versionAt(name: string, alias: string, at: Date): Promise<number | undefined> {
    return this.aliases.versionAt(name, alias, at);
  }

  setTrafficSplit(
    name: string,
    split: Readonly<Record<string, number>>,
    actor: string,
    at: Date,
  ): Promise<TrafficSplit> {
    return this.db.transaction().execute(async (trx) => {
      const id = await this.lockModel(trx, name);
      return this.traffic.replace(trx, { id, name }, split, actor, at);
    });
  }

  async getTrafficSplit(name: string): Promise<TrafficSplit> {
    await this.getModel(name);
    return this.traffic.read(this.db, name);
  }

  private versions(db: Db | Trx) {
    return db
      .selectFrom('model_versions as v')
      .innerJoin('registered_models as m', 'm.id', 'v.model_id')
      .selectAll('v')
      .select('m.name as model_name');
  }

  /** The model's id, with its row locked for the rest of the transaction; MODEL_NOT_FOUND. */
  private async lockModel(trx: Trx, name: string): Promise<number> {
    const row = await trx
      .selectFrom('registered_models')
      .select('id')
      .where('name', '=', name)
      .$if(this.profile.selectForUpdate, (qb) => qb.forUpdate())
      .executeTakeFirst();
    return row === undefined ? modelNotFound(name) : row.id;
  }

  private async lockedVersion(trx: Trx, name: string, version: number): Promise<VersionRow> {
    const modelId = await this.lockModel(trx, name);
    const row = await this.versions(trx)
      .where('v.model_id', '=', modelId)
      .where('v.version', '=', version)
      .executeTakeFirst();
    return row ?? versionNotFound(name, version);
  }

  /**
   * The row id of `version` of the locked model, for `move` to point its alias at;
   * MODEL_VERSION_NOT_FOUND, or INVALID_ARGUMENT when the version is archived.
   */
  private async assignableVersion(
    trx: Trx,
    modelId: number,
    move: AliasMove,
    version: number,
  ): Promise<number> {
    const target = await this.versions(trx)
      .where('v.model_id', '=', modelId)
      .where('v.version', '=', version)
      .executeTakeFirst();
    if (target === undefined) versionNotFound(move.modelName, version);
    if (target.status === 'archived') {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `version ${version} of model "${move.modelName}" is archived; re-activate it before pointing "${move.alias}" at it`,
        { model: move.modelName, alias: move.alias, version },
      );
    }
    return target.id;
  }
}

async function assertNotAliased(trx: Trx, version: VersionRow, action: string): Promise<void> {
  const aliases = await trx
    .selectFrom('model_aliases')
    .select('alias')
    .where('version_id', '=', version.id)
    .execute();
  if (aliases.length === 0) return;
  const names = aliases.map((row) => row.alias).sort();
  throw new SextantError(
    'VERSION_IN_USE',
    `cannot ${action} version ${version.version} of model "${version.model_name}": alias ${names.map((a) => `"${a}"`).join(', ')} points at it`,
    { model: version.model_name, version: version.version, aliases: names },
  );
}

function modelNotFound(name: string): never {
  throw new SextantError('MODEL_NOT_FOUND', `no registered model named "${name}"`, { model: name });
}

function versionNotFound(name: string, version: number): never {
  throw new SextantError('MODEL_VERSION_NOT_FOUND', `model "${name}" has no version ${version}`, {
    model: name,
    version,
  });
}

function toModel(row: ModelRow): RegisteredModel {
  return {
    name: row.name,
    description: row.description,
    tags: parseJsonColumn<Record<string, string>>(row.tags_json, 'model tags'),
    createdAt: new Date(row.created_at),
  };
}

function toModelVersion(row: VersionRow): ModelVersion {
  return {
    modelName: row.model_name,
    version: row.version,
    runId: row.run_id,
    artifactKey: row.artifact_key,
    signature: parseJsonColumn<Record<string, unknown>>(row.signature_json, 'model signature'),
    metrics: parseJsonColumn<Record<string, number>>(row.metrics_json, 'model metrics'),
    description: row.description,
    tags: parseJsonColumn<Record<string, string>>(row.tags_json, 'model version tags'),
    datasetVersionIds: parseJsonColumn<number[]>(row.dataset_version_ids_json, 'model lineage'),
    status: row.status as ModelVersionStatus,
    createdAt: new Date(row.created_at),
  };
}
