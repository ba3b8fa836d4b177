import { describe, expect, it } from 'vitest';
import type { PredictionRecord } from '../core/entities/prediction-record.js';
import { contract } from './contract-fixtures.case.js';
import type { StoreContractContext } from './store-contract-context.case.js';

/** The PredictionRepository part of the metadata-store contract: the log, feedback and the join. */
export function describePredictionRepositoryContract(ctx: StoreContractContext): void {
  describe('predictions and feedback', () => {
    it('logs a batch and reads each prediction back as sent', async () => {
      const model = contract.name('model');
      const repo = ctx.store().predictions;
      const batch = [
        prediction(model, 0, { output: { label: 'urgent', proba: [0.2, 0.8] } }),
        prediction(model, 1, { output: 3.25, inputs: { text: 'héllo "quoted"', n: null, flag: true } }),
        prediction(model, 2, { output: null }),
      ];
      expect(await repo.logPredictions(batch)).toBe(3);
      for (const record of batch) expect(await repo.findPrediction(record.requestId)).toEqual(record);
      expect(await repo.findPrediction(contract.name('unknown'))).toBeUndefined();
      expect(await repo.logPredictions([])).toBe(0);
    });

    it('ignores request ids already logged, in earlier batches and within a batch', async () => {
      const model = contract.name('model');
      const repo = ctx.store().predictions;
      const first = prediction(model, 0, { output: 'first' });
      expect(await repo.logPredictions([first])).toBe(1);
      const replay = { ...first, output: 'replayed' };
      const fresh = prediction(model, 1);
      expect(await repo.logPredictions([replay, fresh, fresh])).toBe(1);
      expect((await repo.findPrediction(first.requestId))?.output).toBe('first');
      expect(await repo.countPredictions(model)).toBe(2);
    });

    it('writes a batch in one transaction: a bad row leaves none of the batch', async () => {
      const model = contract.name('model');
      const repo = ctx.store().predictions;
      const good = prediction(model, 0);
      const bad = { ...prediction(model, 1), version: null as unknown as number };
      await expect(repo.logPredictions([good, bad])).rejects.toThrow();
      expect(await repo.findPrediction(good.requestId)).toBeUndefined();
      expect(await repo.countPredictions(model)).toBe(0);
    });

    it('logs batches larger than one statement can carry', async () => {
      const model = contract.name('model');
      const repo = ctx.store().predictions;
      const batch = Array.from({ length: 12_000 }, (_, i) => prediction(model, i));
      expect(await repo.logPredictions(batch)).toBe(12_000);
      expect(await repo.countPredictions(model)).toBe(12_000);
    });

    it('counts predictions per model and in total', async () => {
      const [a, b] = [contract.name('model'), contract.name('model')];
      const repo = ctx.store().predictions;
      const before = await repo.countPredictions();
      await repo.logPredictions([prediction(a, 0), prediction(a, 1), prediction(b, 2)]);
      expect(await repo.countPredictions(a)).toBe(2);
      expect(await repo.countPredictions(b)).toBe(1);
      expect(await repo.countPredictions()).toBe(before + 3);
      expect(await repo.countPredictions(contract.name('unknown'))).toBe(0);
    });

    it('records feedback idempotently and refuses a conflicting value (FEEDBACK_CONFLICT)', async () => {
      const repo = ctx.store().predictions;
      const requestId = contract.name('req');
      const actual = { label: 'urgent', scores: { a: 1, b: 2 } };
      expect(await repo.recordFeedback({ requestId, actual, at: contract.at() })).toBe('inserted');
      const reordered = { scores: { b: 2, a: 1 }, label: 'urgent' };
      expect(await repo.recordFeedback({ requestId, actual: reordered, at: contract.at(5) })).toBe(
        'duplicate',
      );
      const error = await contract.rejects(
        repo.recordFeedback({ requestId, actual: { label: 'normal' }, at: contract.at(6) }),
        'FEEDBACK_CONFLICT',
      );
      expect(error.details).toMatchObject({ requestId });
      const scalar = contract.name('req');
      expect(await repo.recordFeedback({ requestId: scalar, actual: 0, at: contract.at() })).toBe('inserted');
      await contract.rejects(
        repo.recordFeedback({ requestId: scalar, actual: '0', at: contract.at() }),
        'FEEDBACK_CONFLICT',
      );
    });

    it('joins feedback onto predictions in a window, newest first', async () => {
      const model = contract.name('model');
      const repo = ctx.store().predictions;
      const records = [0, 1, 2, 3].map((i) => prediction(model, i * 1000, { version: i < 3 ? 1 : 2 }));
      const early = contract.name('req');
      // A label may arrive before its prediction is flushed: it must still join.
      await repo.recordFeedback({ requestId: records[1]!.requestId, actual: 'yes', at: contract.at(1500) });
      await repo.recordFeedback({ requestId: early, actual: false, at: contract.at(10) });
      await repo.logPredictions([...records, prediction(model, 500, { requestId: early })]);
      await repo.logPredictions([prediction(contract.name('other'), 1000)]);

      const all = await repo.listLabelled({ modelName: model });
      expect(all.map((p) => p.at.getTime() - contract.at().getTime())).toEqual([3000, 2000, 1000, 500, 0]);
      expect(all[2]).toEqual({
        ...records[1],
        actual: 'yes',
        hasFeedback: true,
        feedbackAt: contract.at(1500),
      });
      expect(all[0]).toMatchObject({ actual: null, hasFeedback: false, feedbackAt: null });
      expect(all[3]).toMatchObject({ requestId: early, actual: false, hasFeedback: true });

      const window = await repo.listLabelled({
        modelName: model,
        from: contract.at(1000),
        to: contract.at(3000),
      });
      expect(window.map((p) => p.requestId)).toEqual([records[2]!.requestId, records[1]!.requestId]);
      expect((await repo.listLabelled({ modelName: model, version: 2 })).map((p) => p.requestId)).toEqual([
        records[3]!.requestId,
      ]);
      expect(await repo.listLabelled({ modelName: model, limit: 2 })).toHaveLength(2);
      expect(await repo.listLabelled({ modelName: contract.name('unknown') })).toEqual([]);
    });
  });
}

function prediction(
  modelName: string,
  offsetMs: number,
  overrides: Partial<PredictionRecord> = {},
): PredictionRecord {
  return {
    requestId: contract.name('req'),
    modelName,
    version: 1,
    inputs: { text: 'printer on fire', amount: 12.5 },
    output: 'urgent',
    latencyMs: 1.75,
    at: contract.at(offsetMs),
    ...overrides,
  };
}
