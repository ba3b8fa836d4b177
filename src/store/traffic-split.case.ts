import { describe, expect, it } from 'vitest';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { contract } from './contract-fixtures.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';

/** The traffic-split part of the ModelRepository contract: replace, clear, exact percents, aliases. */
export function describeTrafficSplitContract(ctx: StoreContractContext): void {
  describe('traffic splits', () => {
    it('is empty for a model without one; MODEL_NOT_FOUND for an unknown model', async () => {
      const { repo, name } = await canaryModel(ctx);
      expect(await repo.getTrafficSplit(name)).toEqual({ modelName: name, split: {}, actor: null, at: null });
      await contract.rejects(repo.getTrafficSplit(contract.name('unknown')), 'MODEL_NOT_FOUND');
      await contract.rejects(
        repo.setTrafficSplit(contract.name('unknown'), {}, 'tester', contract.at()),
        'MODEL_NOT_FOUND',
      );
    });

    it('stores percents exactly to two decimals, with who and when, and reads them back', async () => {
      const { repo, name } = await canaryModel(ctx);
      const stored = await repo.setTrafficSplit(
        name,
        { canary: 33.33, staging: 0.01 },
        'alice',
        contract.at(5),
      );
      const expected = {
        modelName: name,
        split: { canary: 33.33, staging: 0.01 },
        actor: 'alice',
        at: contract.at(5),
      };
      expect(stored).toEqual(expected);
      expect(await repo.getTrafficSplit(name)).toEqual(expected);
      // Another handle (a second server) sees the same split.
      const other = await ctx.open();
      expect(await other.models.getTrafficSplit(name)).toEqual(expected);
      await other.close();
    });

    it('replaces the whole split at once, and an empty split clears it', async () => {
      const { repo, name } = await canaryModel(ctx);
      await repo.setTrafficSplit(name, { canary: 10, staging: 5 }, 'alice', contract.at(1));
      const replaced = await repo.setTrafficSplit(name, { canary: 100 }, 'bob', contract.at(2));
      expect(replaced).toEqual({ modelName: name, split: { canary: 100 }, actor: 'bob', at: contract.at(2) });
      expect(await repo.setTrafficSplit(name, {}, 'bob', contract.at(3))).toEqual({
        modelName: name,
        split: {},
        actor: null,
        at: null,
      });
      expect((await repo.getTrafficSplit(name)).split).toEqual({});
    });

    it('refuses an alias the model does not have and keeps the old split (ALIAS_NOT_FOUND)', async () => {
      const { repo, name } = await canaryModel(ctx);
      await repo.setTrafficSplit(name, { canary: 10 }, 'alice', contract.at());
      const error = await contract.rejects(
        repo.setTrafficSplit(name, { canary: 20, nightly: 5 }, 'alice', contract.at(1)),
        'ALIAS_NOT_FOUND',
      );
      expect(error.details).toMatchObject({ alias: 'nightly' });
      expect((await repo.getTrafficSplit(name)).split).toEqual({ canary: 10 });
    });

    it('drops an alias from the split when the alias is removed, and keeps it when the alias moves', async () => {
      const { repo, name } = await canaryModel(ctx);
      await repo.setTrafficSplit(name, { canary: 10, staging: 20 }, 'alice', contract.at());
      await repo.moveAlias(move(name, 'canary', 1));
      expect((await repo.getTrafficSplit(name)).split).toEqual({ canary: 10, staging: 20 });
      await repo.moveAlias(move(name, 'staging', null));
      expect((await repo.getTrafficSplit(name)).split).toEqual({ canary: 10 });
    });
  });
}

/** A model with versions 1-3: production at 1, canary at 3, staging at 2. */
async function canaryModel(ctx: StoreContractContext): Promise<{ repo: ModelRepository; name: string }> {
  const repo = ctx.store().models;
  const name = contract.name('split');
  for (let i = 0; i < 3; i++) await repo.registerVersion(contract.modelVersion(name), contract.at());
  await repo.moveAlias(move(name, 'production', 1));
  await repo.moveAlias(move(name, 'canary', 3));
  await repo.moveAlias(move(name, 'staging', 2));
  return { repo, name };
}

function move(modelName: string, alias: string, version: number | null) {
  return { modelName, alias, version, actor: 'tester', reason: 'test', at: contract.at() };
}
