import { describe, expect, it } from 'vitest';
import type { AliasMove } from '../core/entities/alias.js';
import { contract } from './contract-fixtures.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';

/** The ModelRepository part of the metadata-store contract: versions, status, deletion. */
export function describeModelRepositoryContract(ctx: StoreContractContext): void {
  describe('models', () => {
    it('creates the model on first registration and numbers versions per model', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      const input = contract.modelVersion(name, { runId: 'run-1', datasetVersionIds: [3, 1] });
      const v1 = await repo.registerVersion(input, contract.at());
      expect(v1).toEqual({ ...input, version: 1, status: 'active', createdAt: contract.at() });
      expect((await repo.registerVersion(contract.modelVersion(name), contract.at(1))).version).toBe(2);
      expect(
        (await repo.registerVersion(contract.modelVersion(contract.name('model')), contract.at())).version,
      ).toBe(1);
      expect(await repo.getModel(name)).toEqual({
        name,
        description: '',
        tags: {},
        createdAt: contract.at(),
      });
      expect(await repo.getVersion(name, 1)).toEqual(v1);
    });

    it('finds, gets and lists models; MODEL_NOT_FOUND for an unknown one', async () => {
      const [a, b] = [contract.name('list-a'), contract.name('list-b')];
      const repo = ctx.store().models;
      await repo.registerVersion(contract.modelVersion(b), contract.at());
      await repo.registerVersion(contract.modelVersion(a), contract.at());
      expect(await repo.findModel(contract.name('unknown'))).toBeUndefined();
      await contract.rejects(repo.getModel(contract.name('unknown')), 'MODEL_NOT_FOUND');
      const names = (await repo.listModels()).map((m) => m.name);
      expect(names).toEqual([...names].sort());
      expect(names).toEqual(expect.arrayContaining([a, b]));
    });

    it('updates description and tags; an empty patch changes nothing', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      await repo.registerVersion(contract.modelVersion(name), contract.at());
      const updated = await repo.updateModel(name, { description: 'urgency', tags: { owner: 'ml' } });
      expect(updated).toEqual({
        name,
        description: 'urgency',
        tags: { owner: 'ml' },
        createdAt: contract.at(),
      });
      expect((await repo.updateModel(name, { tags: {} })).description).toBe('urgency');
      expect(await repo.updateModel(name, {})).toEqual({ ...updated, tags: {} });
      await contract.rejects(
        repo.updateModel(contract.name('unknown'), { description: 'x' }),
        'MODEL_NOT_FOUND',
      );
    });

    it("updates a version's description and whole tag set, under the same errors as getVersion", async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      const v1 = await repo.registerVersion(contract.modelVersion(name), contract.at());
      const updated = await repo.updateVersion(name, v1.version, {
        description: 'champion',
        tags: { team: 'ml' },
      });
      expect(updated).toEqual({ ...v1, description: 'champion', tags: { team: 'ml' } });
      expect(await repo.getVersion(name, v1.version)).toEqual(updated);
      expect(await repo.updateVersion(name, v1.version, {})).toEqual(updated);
      expect((await repo.updateVersion(name, v1.version, { tags: {} })).description).toBe('champion');
      await contract.rejects(repo.updateVersion(name, 99, { description: 'x' }), 'MODEL_VERSION_NOT_FOUND');
      await contract.rejects(
        repo.updateVersion(contract.name('unknown'), 1, { description: 'x' }),
        'MODEL_NOT_FOUND',
      );
    });

    it('finds versions; getVersion tells an unknown model from an unknown version', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      await repo.registerVersion(contract.modelVersion(name), contract.at());
      await repo.registerVersion(contract.modelVersion(name), contract.at(1));
      expect(await repo.findVersion(name, 3)).toBeUndefined();
      await contract.rejects(repo.getVersion(name, 3), 'MODEL_VERSION_NOT_FOUND');
      await contract.rejects(repo.getVersion(contract.name('unknown'), 1), 'MODEL_NOT_FOUND');
      expect((await repo.listVersions(name)).map((v) => v.version)).toEqual([1, 2]);
      expect(await repo.listVersions(contract.name('unknown'))).toEqual([]);
    });

    it('assigns unique, gap-free numbers to concurrent registrations', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      const registered = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          repo.registerVersion(contract.modelVersion(name), contract.at(i)),
        ),
      );
      const numbers = registered.map((v) => v.version).sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });

    it('archives and re-activates a version', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      await repo.registerVersion(contract.modelVersion(name), contract.at());
      expect((await repo.setVersionStatus(name, 1, 'archived')).status).toBe('archived');
      expect((await repo.getVersion(name, 1)).status).toBe('archived');
      expect((await repo.setVersionStatus(name, 1, 'active')).status).toBe('active');
      await contract.rejects(repo.setVersionStatus(name, 9, 'archived'), 'MODEL_VERSION_NOT_FOUND');
      await contract.rejects(
        repo.setVersionStatus(contract.name('unknown'), 1, 'archived'),
        'MODEL_NOT_FOUND',
      );
    });

    it('refuses to archive or delete a version an alias points at (VERSION_IN_USE)', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      await repo.registerVersion(contract.modelVersion(name), contract.at());
      await repo.registerVersion(contract.modelVersion(name), contract.at());
      await repo.moveAlias(move(name, 'production', 1));
      const error = await contract.rejects(repo.setVersionStatus(name, 1, 'archived'), 'VERSION_IN_USE');
      expect(error.details).toMatchObject({ aliases: ['production'] });
      await contract.rejects(repo.deleteVersion(name, 1), 'VERSION_IN_USE');
      expect((await repo.getVersion(name, 1)).status).toBe('active');
      await repo.moveAlias(move(name, 'production', 2));
      expect((await repo.setVersionStatus(name, 1, 'archived')).status).toBe('archived');
    });

    it('deletes a version, returns its artifact key and never reuses its number', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      const key = contract.name('artifact');
      await repo.registerVersion(contract.modelVersion(name), contract.at());
      await repo.registerVersion(contract.modelVersion(name, { artifactKey: key }), contract.at());
      expect(await repo.isArtifactReferenced(key)).toBe(true);
      expect(await repo.deleteVersion(name, 2)).toEqual({ artifactKey: key });
      expect(await repo.findVersion(name, 2)).toBeUndefined();
      expect(await repo.isArtifactReferenced(key)).toBe(false);
      expect((await repo.registerVersion(contract.modelVersion(name), contract.at())).version).toBe(3);
      await contract.rejects(repo.deleteVersion(name, 2), 'MODEL_VERSION_NOT_FOUND');
      await contract.rejects(repo.deleteVersion(contract.name('unknown'), 1), 'MODEL_NOT_FOUND');
    });

    it('knows whether any version references an artifact', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      const key = contract.name('artifact');
      expect(await repo.isArtifactReferenced(key)).toBe(false);
      await repo.registerVersion(contract.modelVersion(name, { artifactKey: key }), contract.at());
      await repo.registerVersion(contract.modelVersion(name, { artifactKey: key }), contract.at());
      await repo.deleteVersion(name, 1);
      expect(await repo.isArtifactReferenced(key)).toBe(true);
    });

    it('counts a key held in a tag value (the reference profile) as a reference', async () => {
      const name = contract.name('model');
      const repo = ctx.store().models;
      const profile = contract.name('profile');
      await repo.registerVersion(
        contract.modelVersion(name, { tags: { 'sextant.reference_profile': profile, note: 'x' } }),
        contract.at(),
      );
      expect(await repo.isArtifactReferenced(profile)).toBe(true);
      // A key that merely starts like the tag's value is another key.
      expect(await repo.isArtifactReferenced(profile.slice(0, -1))).toBe(false);
      await repo.deleteVersion(name, 1);
      expect(await repo.isArtifactReferenced(profile)).toBe(false);
    });
  });
}

function move(modelName: string, alias: string, version: number | null, at = contract.at()): AliasMove {
  return { modelName, alias, version, actor: 'tester', reason: 'test', at };
}
