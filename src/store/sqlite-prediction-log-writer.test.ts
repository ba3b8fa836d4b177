import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PredictionRecord } from '../core/entities/prediction-record.js';
import { tempFolder } from '../test-support/temp-files.js';
import { createSqliteStore } from './create-sqlite-store.js';
import { SqlitePredictionLogWriter } from './sqlite-prediction-log-writer.js';

const record = (at: Date): PredictionRecord => ({
  requestId: randomUUID(),
  modelName: 'tickets',
  version: 1,
  inputs: { title: 'server down', tier: 'premium', n: 3 },
  output: { label: '1', probabilities: { '0': 0.25, '1': 0.75 } },
  latencyMs: 0.5,
  at,
});

describe('SqlitePredictionLogWriter', () => {
  it('writes batches on its worker into the same rows the store reads, ignoring ids already logged', async () => {
    const { dir } = tempFolder('sextant-log-writer-');
    const path = `${dir}/sextant.db`;
    const store = await createSqliteStore(path);
    const writer = new SqlitePredictionLogWriter(path);
    const at = new Date('2026-11-23T10:00:00.123Z');
    const batch = Array.from({ length: 250 }, () => record(at));
    expect(await writer.write(batch)).toBe(250);
    expect(await writer.write([...batch.slice(0, 10), record(at)])).toBe(1);
    expect(await store.predictions.countPredictions('tickets')).toBe(251);
    expect(await store.predictions.findPrediction(batch[7]?.requestId as string)).toEqual(batch[7]);
    // A store transaction while the worker writes waits for the lock instead of failing.
    const writing = writer.write(Array.from({ length: 2000 }, () => record(at)));
    await store.predictions.recordFeedback({ requestId: batch[0]?.requestId as string, actual: '1', at });
    expect(await writing).toBe(2000);
    await writer.close();
    await expect(writer.write([record(at)])).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await store.close();
  });

  it('rejects writes with DATABASE_UNAVAILABLE when the database cannot be opened', async () => {
    const writer = new SqlitePredictionLogWriter('/nonexistent-folder/for/sure/sextant.db');
    await expect(writer.write([record(new Date())])).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    await writer.close();
  });
});
