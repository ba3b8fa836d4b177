import { describe, expect, it } from 'vitest';
import type { AliasMove } from '../core/entities/alias.js';
import type { ModelRepository } from '../core/ports/model-repository.js';
import { contract } from './contract-fixtures.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';

/** The alias part of the ModelRepository contract: moves, history, point-in-time answers. */
export function describeModelAliasesContract(ctx: StoreContractContext): void {
  describe('model aliases', () => {
    it('creates, moves and lists aliases, writing one history row per move', async () => {
      const { repo, name } = await modelWithVersions(ctx, 2);
      const created = await repo.moveAlias(move(name, 'production', 1, 10));
      expect(created).toMatchObject({
        modelName: name,
        alias: 'production',
        fromVersion: null,
        toVersion: 1,
      });
      expect(created.at).toEqual(contract.at(10));
      const moved = await repo.moveAlias({
        ...move(name, 'production', 2, 20),
        actor: 'alice',
        reason: 'better f1',
      });
      expect(moved).toMatchObject({ fromVersion: 1, toVersion: 2, actor: 'alice', reason: 'better f1' });
      expect(moved.id).toBeGreaterThan(created.id);
      await repo.moveAlias(move(name, 'staging', 1, 30));
      expect(await repo.getAlias(name, 'production')).toEqual({
        modelName: name,
        alias: 'production',
        version: 2,
        updatedAt: contract.at(20),
      });
      expect((await repo.listAliases(name)).map((a) => [a.alias, a.version])).toEqual([
        ['production', 2],
        ['staging', 1],
      ]);
      expect((await repo.aliasHistory(name)).map((c) => [c.alias, c.toVersion])).toEqual([
        ['staging', 1],
        ['production', 2],
        ['production', 1],
      ]);
      expect(await repo.aliasHistory(name, 'production')).toEqual([moved, created]);
    });

    it('refuses an unknown model or version and changes nothing', async () => {
      const { repo, name } = await modelWithVersions(ctx, 1);
      await repo.moveAlias(move(name, 'production', 1));
      await contract.rejects(repo.moveAlias(move(name, 'production', 7)), 'MODEL_VERSION_NOT_FOUND');
      await contract.rejects(
        repo.moveAlias(move(contract.name('unknown'), 'production', 1)),
        'MODEL_NOT_FOUND',
      );
      expect((await repo.getAlias(name, 'production')).version).toBe(1);
      expect(await repo.aliasHistory(name)).toHaveLength(1);
    });

    it('refuses to point an alias at an archived version', async () => {
      const { repo, name } = await modelWithVersions(ctx, 1);
      await repo.setVersionStatus(name, 1, 'archived');
      await contract.rejects(repo.moveAlias(move(name, 'production', 1)), 'INVALID_ARGUMENT');
      expect(await repo.findAlias(name, 'production')).toBeUndefined();
    });

    it('removes an alias with version null and records the removal', async () => {
      const { repo, name } = await modelWithVersions(ctx, 1);
      await repo.moveAlias(move(name, 'canary', 1));
      const removed = await repo.moveAlias(move(name, 'canary', null, 5));
      expect(removed).toMatchObject({ fromVersion: 1, toVersion: null });
      expect(await repo.findAlias(name, 'canary')).toBeUndefined();
      await contract.rejects(repo.getAlias(name, 'canary'), 'ALIAS_NOT_FOUND');
      await contract.rejects(repo.moveAlias(move(name, 'canary', null)), 'ALIAS_NOT_FOUND');
      expect(await repo.listAliases(name)).toEqual([]);
    });

    it('answers which version an alias pointed at, at any instant', async () => {
      const { repo, name } = await modelWithVersions(ctx, 3);
      await repo.moveAlias(move(name, 'production', 1, 100));
      await repo.moveAlias(move(name, 'production', 2, 200));
      await repo.moveAlias(move(name, 'production', 3, 200));
      await repo.moveAlias(move(name, 'production', null, 300));
      await repo.moveAlias(move(name, 'staging', 1, 250));
      expect(await repo.versionAt(name, 'production', contract.at(99))).toBeUndefined();
      expect(await repo.versionAt(name, 'production', contract.at(100))).toBe(1);
      expect(await repo.versionAt(name, 'production', contract.at(199))).toBe(1);
      expect(await repo.versionAt(name, 'production', contract.at(200))).toBe(3);
      expect(await repo.versionAt(name, 'production', contract.at(299))).toBe(3);
      expect(await repo.versionAt(name, 'production', contract.at(300))).toBeUndefined();
      expect(await repo.versionAt(name, 'staging', contract.at(299))).toBe(1);
      expect(await repo.versionAt(contract.name('unknown'), 'production', contract.at(200))).toBeUndefined();
    });

    it('keeps the history of a version after the version is deleted', async () => {
      const { repo, name } = await modelWithVersions(ctx, 2);
      await repo.moveAlias(move(name, 'production', 1, 10));
      await repo.moveAlias(move(name, 'production', 2, 20));
      await repo.deleteVersion(name, 1);
      expect(await repo.versionAt(name, 'production', contract.at(15))).toBe(1);
      expect((await repo.aliasHistory(name)).map((c) => c.fromVersion)).toEqual([1, null]);
    });

    it('serialises concurrent moves of one alias into one consistent history chain', async () => {
      const { repo, name } = await modelWithVersions(ctx, 3);
      // One instant for all moves, so the history's order is the order the moves committed in.
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => repo.moveAlias(move(name, 'production', (i % 3) + 1, 0))),
      );
      const chain = (await repo.aliasHistory(name, 'production')).reverse();
      expect(chain).toHaveLength(12);
      expect(chain[0]?.fromVersion).toBeNull();
      for (let i = 1; i < chain.length; i++) expect(chain[i]?.fromVersion).toBe(chain[i - 1]?.toVersion);
      expect((await repo.getAlias(name, 'production')).version).toBe(chain[11]?.toVersion);
    });
  });
}

async function modelWithVersions(
  ctx: StoreContractContext,
  count: number,
): Promise<{ repo: ModelRepository; name: string }> {
  const repo = ctx.store().models;
  const name = contract.name('aliased');
  for (let i = 0; i < count; i++) await repo.registerVersion(contract.modelVersion(name), contract.at());
  return { repo, name };
}

function move(modelName: string, alias: string, version: number | null, offsetMs = 0): AliasMove {
  return { modelName, alias, version, actor: 'tester', reason: 'test', at: contract.at(offsetMs) };
}
