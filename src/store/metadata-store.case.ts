import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { contract } from './contract-fixtures.case.js';
import { describeDatasetRepositoryContract } from './dataset-repository.case.js';
import { describeModelAliasesContract } from './model-aliases.case.js';
import { describeModelRepositoryContract } from './model-repository.case.js';
import { describeMonitoringRepositoryContract } from './monitoring-repository.case.js';
import { describePredictionRepositoryContract } from './prediction-repository.case.js';
import { describeRunRepositoryContract } from './run-repository.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';
import { describeTokenRepositoryContract } from './token-repository.case.js';
import { describeTrafficSplitContract } from './traffic-split.case.js';

/**
 * Registers the contract every MetadataStore implementation must pass: each port method, its
 * error codes, and the transactional guarantees (gap-free numbering under concurrency, atomic
 * alias moves, all-or-nothing prediction batches). A backend's test file calls it with a way to
 * open the store on a fresh database; `open` may be called more than once and every handle must
 * see the same data. `cleanup` runs after the last handle is closed.
 *
 * @example describeMetadataStoreContract('SQLite', () => createSqliteStore(file), () => rm(dir));
 */
export function describeMetadataStoreContract(
  label: string,
  open: () => Promise<MetadataStore>,
  cleanup?: () => Promise<void>,
): void {
  describe(`MetadataStore contract: ${label}`, () => {
    let shared: MetadataStore | undefined;
    const ctx: StoreContractContext = {
      store: () => {
        if (shared === undefined) throw new Error('the contract store is not open');
        return shared;
      },
      open,
    };

    beforeAll(async () => {
      shared = await open();
    });
    afterAll(async () => {
      await shared?.close();
      await cleanup?.();
    });

    describe('store', () => {
      it('reports its capabilities and applied migrations', async () => {
        const { capabilities } = ctx.store();
        expect(typeof capabilities.concurrentWriters).toBe('boolean');
        expect(typeof capabilities.sharedJobQueue).toBe('boolean');
        expect(capabilities.description.length).toBeGreaterThan(0);
        expect(await ctx.store().appliedMigrations()).toEqual(['0001-initial', '0002-traffic-splits']);
      });

      it('gives a second handle the same data, and closing twice is harmless', async () => {
        const name = contract.name('handles');
        await ctx.store().models.registerVersion(contract.modelVersion(name), contract.at());
        const other = await ctx.open();
        expect((await other.models.getVersion(name, 1)).modelName).toBe(name);
        await other.close();
        await other.close();
      });
    });

    describeDatasetRepositoryContract(ctx);
    describeRunRepositoryContract(ctx);
    describeModelRepositoryContract(ctx);
    describeModelAliasesContract(ctx);
    describeTrafficSplitContract(ctx);
    describePredictionRepositoryContract(ctx);
    describeMonitoringRepositoryContract(ctx);
    describeTokenRepositoryContract(ctx);
  });
}
