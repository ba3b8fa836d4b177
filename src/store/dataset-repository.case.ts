import { describe, expect, it } from 'vitest';
import { contract } from './contract-fixtures.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';

/** The DatasetRepository part of the metadata-store contract. */
export function describeDatasetRepositoryContract(ctx: StoreContractContext): void {
  describe('datasets', () => {
    it('numbers versions 1, 2, 3 per name, independently for each name', async () => {
      const [a, b] = [contract.name('ds'), contract.name('ds')];
      const repo = ctx.store().datasets;
      expect((await repo.addVersion(contract.datasetVersion(a), contract.at())).version).toBe(1);
      expect((await repo.addVersion(contract.datasetVersion(b), contract.at())).version).toBe(1);
      expect((await repo.addVersion(contract.datasetVersion(a), contract.at())).version).toBe(2);
      expect((await repo.addVersion(contract.datasetVersion(a), contract.at())).version).toBe(3);
    });

    it('round-trips every field, with lineage in the given order', async () => {
      const name = contract.name('ds');
      const repo = ctx.store().datasets;
      const p1 = await repo.addVersion(contract.datasetVersion(contract.name('parent')), contract.at());
      const p2 = await repo.addVersion(contract.datasetVersion(contract.name('parent')), contract.at());
      const input = contract.datasetVersion(name, {
        role: 'combined',
        contentHash: 'c'.repeat(64),
        format: 'parquet',
        sourcePath: null,
        parentIds: [p2.id, p1.id],
      });
      const added = await repo.addVersion(input, contract.at(5));
      expect(added).toEqual({ ...input, id: added.id, version: 1, createdAt: contract.at(5) });
      const read = await repo.getVersion(name, 1);
      expect(read).toEqual(added);
      expect(typeof read.byteSize).toBe('number');
      expect(read.createdAt).toBeInstanceOf(Date);
      expect(await repo.findVersionById(added.id)).toEqual(added);
    });

    it('finds the latest version or a given one; undefined when absent', async () => {
      const name = contract.name('ds');
      const repo = ctx.store().datasets;
      await repo.addVersion(contract.datasetVersion(name, { role: 'reference' }), contract.at());
      await repo.addVersion(contract.datasetVersion(name, { role: 'batch' }), contract.at(1));
      expect((await repo.findVersion(name))?.version).toBe(2);
      expect((await repo.findVersion(name, 1))?.role).toBe('reference');
      expect(await repo.findVersion(name, 3)).toBeUndefined();
      expect(await repo.findVersion(contract.name('unknown'))).toBeUndefined();
      expect(await repo.findVersionById(2_000_000_000)).toBeUndefined();
    });

    it('getVersion throws DATASET_NOT_FOUND for an unknown name or version', async () => {
      const name = contract.name('ds');
      const repo = ctx.store().datasets;
      await repo.addVersion(contract.datasetVersion(name), contract.at());
      await contract.rejects(repo.getVersion(contract.name('unknown')), 'DATASET_NOT_FOUND');
      await contract.rejects(repo.getVersion(name, 2), 'DATASET_NOT_FOUND');
      expect((await repo.getVersion(name)).version).toBe(1);
    });

    it('finds the newest version with a content hash', async () => {
      const name = contract.name('ds');
      const repo = ctx.store().datasets;
      const hash = 'd'.repeat(64);
      await repo.addVersion(contract.datasetVersion(name, { contentHash: hash }), contract.at());
      await repo.addVersion(contract.datasetVersion(name, { contentHash: 'e'.repeat(64) }), contract.at());
      await repo.addVersion(contract.datasetVersion(name, { contentHash: hash }), contract.at());
      expect((await repo.findVersionByHash(name, hash))?.version).toBe(3);
      expect(await repo.findVersionByHash(name, 'f'.repeat(64))).toBeUndefined();
      expect(await repo.findVersionByHash(contract.name('unknown'), hash)).toBeUndefined();
    });

    it('lists versions oldest first, and nothing for an unknown name', async () => {
      const name = contract.name('ds');
      const repo = ctx.store().datasets;
      const first = await repo.addVersion(contract.datasetVersion(name), contract.at());
      await repo.addVersion(contract.datasetVersion(name, { parentIds: [first.id] }), contract.at(1));
      const versions = await repo.listVersions(name);
      expect(versions.map((v) => v.version)).toEqual([1, 2]);
      expect(versions[1]?.parentIds).toEqual([first.id]);
      expect(await repo.listVersions(contract.name('unknown'))).toEqual([]);
    });

    it('lists every dataset by name with its latest version and version count', async () => {
      const [a, b] = [contract.name('list-a'), contract.name('list-b')];
      const repo = ctx.store().datasets;
      await repo.addVersion(contract.datasetVersion(b), contract.at());
      await repo.addVersion(contract.datasetVersion(a), contract.at());
      const latest = await repo.addVersion(contract.datasetVersion(a, { role: 'batch' }), contract.at(1));
      const summaries = await repo.listDatasets();
      const names = summaries.map((s) => s.name);
      expect(names).toEqual([...names].sort());
      expect(summaries.find((s) => s.name === a)).toEqual({ name: a, versionCount: 2, latest });
      expect(summaries.find((s) => s.name === b)?.versionCount).toBe(1);
    });

    it('refuses an unknown parent with DATASET_NOT_FOUND and keeps the numbering gap-free', async () => {
      const name = contract.name('ds');
      const repo = ctx.store().datasets;
      await contract.rejects(
        repo.addVersion(contract.datasetVersion(name, { parentIds: [2_000_000_000] }), contract.at()),
        'DATASET_NOT_FOUND',
      );
      expect(await repo.listVersions(name)).toEqual([]);
      expect((await repo.addVersion(contract.datasetVersion(name), contract.at())).version).toBe(1);
    });

    it('assigns unique, gap-free numbers to concurrent adds', async () => {
      const name = contract.name('ds');
      const repo = ctx.store().datasets;
      const added = await Promise.all(
        Array.from({ length: 20 }, (_, i) => repo.addVersion(contract.datasetVersion(name), contract.at(i))),
      );
      const numbers = added.map((v) => v.version).sort((x, y) => x - y);
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect((await repo.listVersions(name)).length).toBe(20);
    });

    it('assigns unique numbers to concurrent adds from two handles when writers may be concurrent', async () => {
      if (!ctx.store().capabilities.concurrentWriters) return;
      const name = contract.name('ds');
      const other = await ctx.open();
      try {
        const adds = Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? ctx.store() : other).datasets.addVersion(
            contract.datasetVersion(name),
            contract.at(i),
          ),
        );
        const numbers = (await Promise.all(adds)).map((v) => v.version).sort((x, y) => x - y);
        expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      } finally {
        await other.close();
      }
    });
  });
}
