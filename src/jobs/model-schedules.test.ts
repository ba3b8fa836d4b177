import { describe, expect, it } from 'vitest';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import type { JobContext } from './job-definition.js';
import { modelJobs } from './model-jobs.js';
import { modelSchedules } from './model-schedules.js';

describe('modelSchedules', () => {
  it('defaults to monitoring every 6 hours and retraining on Mondays at 03:00', () => {
    expect(modelSchedules({ name: 'tickets', tags: {} })).toEqual({
      monitor: '0 */6 * * *',
      retrain: '0 3 * * 1',
    });
  });

  it('lets a model tag win over the server option, which wins over the default; off disables', () => {
    const model = {
      name: 'tickets',
      tags: { 'sextant.monitor.schedule': '0 * * * *', 'sextant.retrain.schedule': 'OFF' },
    };
    expect(modelSchedules(model, { monitor: '30 */2 * * *', retrain: '0 4 * * 0' })).toEqual({
      monitor: '0 * * * *',
      retrain: null,
    });
    expect(modelSchedules({ name: 'churn', tags: {} }, { monitor: 'off', retrain: '0 4 * * 0' })).toEqual({
      monitor: null,
      retrain: '0 4 * * 0',
    });
  });

  it('names the tag or option an invalid schedule came from', async () => {
    const fromTag = await catchSextantError(
      Promise.resolve().then(() =>
        modelSchedules({ name: 'tickets', tags: { 'sextant.retrain.schedule': 'weekly' } }),
      ),
    );
    expect(fromTag.code).toBe('INVALID_ARGUMENT');
    expect(fromTag.message).toContain('tag sextant.retrain.schedule of model tickets');
    const fromOption = await catchSextantError(
      Promise.resolve().then(() => modelSchedules({ name: 'tickets', tags: {} }, { monitor: '0 0 0 * * *' })),
    );
    expect(fromOption.message).toContain('monitor schedule option');
  });
});

describe('modelJobs', () => {
  it("defines a model's monitor and retrain jobs with their schedules and runners", async () => {
    const calls: string[] = [];
    const runner = (kind: string) => async (modelName: string, context: JobContext) => {
      calls.push(`${kind} ${modelName} ${context.trigger}`);
    };
    const jobs = modelJobs(
      { name: 'tickets', tags: { 'sextant.retrain.schedule': 'off' } },
      { monitor: runner('monitor'), retrain: runner('retrain') },
    );
    expect(jobs.map(({ name, kind, modelName, schedule }) => ({ name, kind, modelName, schedule }))).toEqual([
      { name: 'monitor:tickets', kind: 'monitor', modelName: 'tickets', schedule: '0 */6 * * *' },
      { name: 'retrain:tickets', kind: 'retrain', modelName: 'tickets', schedule: null },
    ]);
    const context = {
      trigger: 'manual' as const,
      log: () => undefined,
      signal: new AbortController().signal,
    };
    await jobs[1]!.run(context);
    await jobs[0]!.run({ ...context, trigger: 'schedule' });
    expect(calls).toEqual(['retrain tickets manual', 'monitor tickets schedule']);
  });
});
