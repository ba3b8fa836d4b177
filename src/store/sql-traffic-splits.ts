import type { Kysely, Transaction } from 'kysely';
import type { TrafficSplit } from '../core/entities/traffic-split.js';
import { SextantError } from '../core/sextant-error.js';
import type { SqlDatabase } from './sql-database.js';

type Db = Kysely<SqlDatabase>;
type Trx = Transaction<SqlDatabase>;

/**
 * The traffic-split half of the model registry in SQL, kept apart from `SqlModelRepository` so that
 * file stays readable. The repository opens the transaction and locks the model row; this class only
 * reads and writes `traffic_splits`, so a split and an alias move never interleave.
 */
export class SqlTrafficSplits {
  /** Replaces the split of the (locked) model `modelId`; ALIAS_NOT_FOUND names the first missing alias. */
  async replace(
    trx: Trx,
    model: { id: number; name: string },
    split: Readonly<Record<string, number>>,
    actor: string,
    at: Date,
  ): Promise<TrafficSplit> {
    const aliases = Object.keys(split).sort();
    if (aliases.length > 0) {
      const existing = await trx
        .selectFrom('model_aliases')
        .select('alias')
        .where('model_id', '=', model.id)
        .where('alias', 'in', aliases)
        .execute();
      const found = new Set(existing.map((row) => row.alias));
      const missing = aliases.find((alias) => !found.has(alias));
      if (missing !== undefined)
        throw new SextantError('ALIAS_NOT_FOUND', `model "${model.name}" has no alias "${missing}"`, {
          model: model.name,
          alias: missing,
        });
    }
    await trx.deleteFrom('traffic_splits').where('model_id', '=', model.id).execute();
    if (aliases.length === 0) return { modelName: model.name, split: {}, actor: null, at: null };
    const setAt = at.getTime();
    await trx
      .insertInto('traffic_splits')
      .values(
        aliases.map((alias) => ({
          model_id: model.id,
          alias,
          hundredths: Math.round((split[alias] as number) * 100),
          actor,
          set_at: setAt,
        })),
      )
      .execute();
    return this.read(trx, model.name);
  }

  /** The split of model `name` (which the caller knows exists), empty when it has none. */
  async read(db: Db | Trx, name: string): Promise<TrafficSplit> {
    const rows = await db
      .selectFrom('traffic_splits as t')
      .innerJoin('registered_models as m', 'm.id', 't.model_id')
      .select(['t.alias', 't.hundredths', 't.actor', 't.set_at'])
      .where('m.name', '=', name)
      .orderBy('t.alias')
      .execute();
    const first = rows[0];
    if (first === undefined) return { modelName: name, split: {}, actor: null, at: null };
    return {
      modelName: name,
      split: Object.fromEntries(rows.map((row) => [row.alias, row.hundredths / 100])),
      actor: first.actor,
      at: new Date(first.set_at),
    };
  }

  /** Drops `alias` from the split before the alias itself is removed. */
  async dropAlias(trx: Trx, modelId: number, alias: string): Promise<void> {
    await trx
      .deleteFrom('traffic_splits')
      .where('model_id', '=', modelId)
      .where('alias', '=', alias)
      .execute();
  }
}
