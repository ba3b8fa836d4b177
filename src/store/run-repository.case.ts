import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NewRun } from '../core/entities/run.js';
import { contract } from './contract-fixtures.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';

/** The RunRepository part of the metadata-store contract. */
export function describeRunRepositoryContract(ctx: StoreContractContext): void {
  describe('runs', () => {
    it('starts a run as running with an empty outcome', async () => {
      const input = newRun();
      const run = await ctx.store().runs.start(input);
      expect(run).toEqual({
        ...input,
        status: 'running',
        metrics: {},
        artifactKey: null,
        result: {},
        error: null,
        finishedAt: null,
        durationMs: null,
      });
      expect(await ctx.store().runs.getRun(input.id)).toEqual(run);
    });

    it('finishes a run once, with its outcome and duration', async () => {
      const repo = ctx.store().runs;
      const input = newRun();
      await repo.start(input);
      const finished = await repo.finish(input.id, {
        status: 'succeeded',
        metrics: { accuracy: 0.9 },
        artifactKey: 'f'.repeat(64),
        result: { steps: ['train', 'evaluate'] },
        finishedAt: contract.at(1234),
      });
      expect(finished).toMatchObject({
        status: 'succeeded',
        metrics: { accuracy: 0.9 },
        artifactKey: 'f'.repeat(64),
        result: { steps: ['train', 'evaluate'] },
        error: null,
        finishedAt: contract.at(1234),
        durationMs: 1234,
      });
      expect(await repo.getRun(input.id)).toEqual(finished);
      await contract.rejects(
        repo.finish(input.id, { status: 'failed', finishedAt: contract.at(9) }),
        'INVALID_ARGUMENT',
      );
      expect((await repo.getRun(input.id)).status).toBe('succeeded');
    });

    it('records a failure without touching what the outcome leaves out', async () => {
      const repo = ctx.store().runs;
      const input = newRun();
      await repo.start(input);
      const failed = await repo.finish(input.id, {
        status: 'failed',
        error: 'boom',
        finishedAt: contract.at(5),
      });
      expect(failed).toMatchObject({
        status: 'failed',
        error: 'boom',
        metrics: {},
        result: {},
        artifactKey: null,
      });
    });

    it('throws RUN_NOT_FOUND for an unknown id; refuses a duplicate id', async () => {
      const repo = ctx.store().runs;
      const id = randomUUID();
      expect(await repo.findRun(id)).toBeUndefined();
      await contract.rejects(repo.getRun(id), 'RUN_NOT_FOUND');
      await contract.rejects(
        repo.finish(id, { status: 'succeeded', finishedAt: contract.at() }),
        'RUN_NOT_FOUND',
      );
      const input = newRun();
      await repo.start(input);
      await contract.rejects(repo.start(input), 'INVALID_ARGUMENT');
    });

    it('lists runs newest first, by kind and model, with a limit', async () => {
      const repo = ctx.store().runs;
      const model = contract.name('model');
      const train = await repo.start(newRun({ modelName: model, startedAt: contract.at(10_000_000) }));
      const monitor = await repo.start(
        newRun({ modelName: model, kind: 'monitor', startedAt: contract.at(10_000_001) }),
      );
      const ofModel = await repo.listRuns({ modelName: model });
      expect(ofModel.map((r) => r.id)).toEqual([monitor.id, train.id]);
      expect((await repo.listRuns({ modelName: model, kind: 'train' })).map((r) => r.id)).toEqual([train.id]);
      expect(await repo.listRuns({ modelName: model, limit: 1 })).toHaveLength(1);
      expect(await repo.countRuns({ modelName: model })).toBe(ofModel.length);
      expect(await repo.countRuns({ modelName: model, kind: 'train' })).toBe(1);
      expect(await repo.countRuns({ modelName: `${model}-none` })).toBe(0);
      const all = await repo.listRuns();
      expect(all.length).toBeLessThanOrEqual(50);
      const starts = all.map((r) => r.startedAt.getTime());
      expect(starts).toEqual([...starts].sort((a, b) => b - a));
    });
  });
}

function newRun(overrides: Partial<NewRun> = {}): NewRun {
  return {
    id: randomUUID(),
    kind: 'train',
    modelName: null,
    params: { algorithm: 'logistic', l2: 0.01, columns: ['text'] },
    datasetVersionIds: [4, 2],
    gitCommit: 'abc1234',
    startedAt: contract.at(),
    ...overrides,
  };
}
