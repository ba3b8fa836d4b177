import type { Kysely, Selectable, Transaction } from 'kysely';
import type { AliasChange, AliasMove, ModelAlias } from '../core/entities/alias.js';
import { SextantError } from '../core/sextant-error.js';
import type { SqlDatabase } from './sql-database.js';
import type { SqlTrafficSplits } from './sql-traffic-splits.js';

type Db = Kysely<SqlDatabase>;
type Trx = Transaction<SqlDatabase>;
type HistoryRow = Omit<Selectable<SqlDatabase['alias_history']>, 'model_id'> & { model_name: string };

/**
 * The alias half of the model registry in SQL, kept apart from `SqlModelRepository` as the
 * traffic split is. The repository opens the transaction, locks the model row and checks the target
 * version; this class only reads and writes `model_aliases` and `alias_history`, so every move is
 * recorded in the same transaction that makes it.
 */
export class SqlModelAliases {
  constructor(
    private readonly db: Db,
    private readonly traffic: SqlTrafficSplits,
  ) {}

  /**
   * Points the alias at version row `versionId` (the version `move.version`), or removes it when
   * `versionId` is null, and records the move; ALIAS_NOT_FOUND when removing an alias that is not there.
   */
  async move(trx: Trx, modelId: number, move: AliasMove, versionId: number | null): Promise<AliasChange> {
    const current = await trx
      .selectFrom('model_aliases as a')
      .innerJoin('model_versions as v', 'v.id', 'a.version_id')
      .select('v.version')
      .where('a.model_id', '=', modelId)
      .where('a.alias', '=', move.alias)
      .executeTakeFirst();
    const at = move.at.getTime();
    if (versionId === null) {
      if (current === undefined) aliasNotFound(move.modelName, move.alias);
      await this.traffic.dropAlias(trx, modelId, move.alias);
      await trx
        .deleteFrom('model_aliases')
        .where('model_id', '=', modelId)
        .where('alias', '=', move.alias)
        .execute();
    } else {
      await trx
        .insertInto('model_aliases')
        .values({ model_id: modelId, alias: move.alias, version_id: versionId, updated_at: at })
        .onConflict((conflict) =>
          conflict.columns(['model_id', 'alias']).doUpdateSet({ version_id: versionId, updated_at: at }),
        )
        .execute();
    }
    const change = {
      alias: move.alias,
      from_version: current?.version ?? null,
      to_version: move.version,
      actor: move.actor,
      reason: move.reason,
      at,
    };
    const { id } = await trx
      .insertInto('alias_history')
      .values({ ...change, model_id: modelId })
      .returning('id')
      .executeTakeFirstOrThrow();
    return toAliasChange({ ...change, id, model_name: move.modelName });
  }

  async find(name: string, alias: string): Promise<ModelAlias | undefined> {
    const row = await this.aliases()
      .where('m.name', '=', name)
      .where('a.alias', '=', alias)
      .executeTakeFirst();
    return row === undefined ? undefined : toAlias(row);
  }

  async get(name: string, alias: string): Promise<ModelAlias> {
    return (await this.find(name, alias)) ?? aliasNotFound(name, alias);
  }

  async list(name: string): Promise<ModelAlias[]> {
    const rows = await this.aliases().where('m.name', '=', name).orderBy('a.alias').execute();
    return rows.map(toAlias);
  }

  async history(name: string, alias?: string): Promise<AliasChange[]> {
    const rows = await this.moves(name)
      .$if(alias !== undefined, (qb) => qb.where('h.alias', '=', alias!))
      .orderBy('h.at', 'desc')
      .orderBy('h.id', 'desc')
      .execute();
    return rows.map(toAliasChange);
  }

  async versionAt(name: string, alias: string, at: Date): Promise<number | undefined> {
    // The last move at or before `at` says where the alias pointed; ties on the instant go to the
    // later row, which is the later move.
    const row = await this.moves(name)
      .where('h.alias', '=', alias)
      .where('h.at', '<=', at.getTime())
      .orderBy('h.at', 'desc')
      .orderBy('h.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.to_version ?? undefined;
  }

  private aliases() {
    return this.db
      .selectFrom('model_aliases as a')
      .innerJoin('registered_models as m', 'm.id', 'a.model_id')
      .innerJoin('model_versions as v', 'v.id', 'a.version_id')
      .select(['m.name as model_name', 'a.alias', 'v.version', 'a.updated_at']);
  }

  private moves(name: string) {
    return this.db
      .selectFrom('alias_history as h')
      .innerJoin('registered_models as m', 'm.id', 'h.model_id')
      .select([
        'h.id',
        'm.name as model_name',
        'h.alias',
        'h.from_version',
        'h.to_version',
        'h.actor',
        'h.reason',
        'h.at',
      ])
      .where('m.name', '=', name);
  }
}

function aliasNotFound(name: string, alias: string): never {
  throw new SextantError('ALIAS_NOT_FOUND', `model "${name}" has no alias "${alias}"`, {
    model: name,
    alias,
  });
}

function toAlias(row: {
  model_name: string;
  alias: string;
  version: number;
  updated_at: number;
}): ModelAlias {
  return {
    modelName: row.model_name,
    alias: row.alias,
    version: row.version,
    updatedAt: new Date(row.updated_at),
  };
}

function toAliasChange(row: HistoryRow): AliasChange {
  return {
    id: row.id,
    modelName: row.model_name,
    alias: row.alias,
    fromVersion: row.from_version,
    toVersion: row.to_version,
    actor: row.actor,
    reason: row.reason,
    at: new Date(row.at),
  };
}
