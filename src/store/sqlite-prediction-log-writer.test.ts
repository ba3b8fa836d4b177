import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
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

const { dir } = tempFolder('sextant-log-writer-');

describe('SqlitePredictionLogWriter', () => {
  it('writes batches on its worker into the same rows the store reads, ignoring ids already logged', async () => {
    const path = `${dir}/batches.db`;
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

  it('stores inputs and outputs as the text the store writes, so they read back exactly', async () => {
    const path = `${dir}/exact-text.db`;
    const store = await createSqliteStore(path);
    const writer = new SqlitePredictionLogWriter(path);
    const at = new Date('2026-11-23T10:00:00.123Z');
    const inputs = {
      title: 'Serveur arrêté — 服务器宕机 🔥 e\u0301',
      quote: 'say "hi" \\ path\\to\n\ttab \u0000 \u2028 \ud800 lone',
      nested: { list: [1, 'two', { three: [true, false, null] }], empty: {}, none: [] },
      numbers: [0.1 + 0.2, 1e-7, 1e21, -5e-324, Number.MAX_SAFE_INTEGER, 123456789.000001],
      '10': 'integer-like key',
      'ключ 🔑': 'unicode key',
    };
    const cases: PredictionRecord[] = [
      { ...record(at), inputs, latencyMs: 0.1 + 0.2 },
      { ...record(at), inputs: {}, output: undefined, latencyMs: 1e-9 },
      { ...record(at), output: 'plain "string" ✓' },
      { ...record(at), output: { value: -273.15 } },
      { ...record(at), output: [1, [2, [3, { deep: 'é' }]]] },
      { ...record(at), output: null },
    ];
    expect(await writer.write(cases)).toBe(cases.length);
    const viaStore = cases.map((c) => ({ ...c, requestId: randomUUID() }));
    expect(await store.predictions.logPredictions(viaStore)).toBe(cases.length);
    for (const c of cases)
      expect(await store.predictions.findPrediction(c.requestId)).toEqual({ ...c, output: c.output ?? null });
    await writer.close();
    await store.close();
    const db = new Database(path, { readonly: true });
    const row = db.prepare(
      'select inputs_json, output_json, latency_ms, at, version, model_name from predictions where request_id = ?',
    );
    cases.forEach((c, i) => {
      const written = row.get(c.requestId) as Record<string, unknown>;
      expect(written).toEqual(row.get(viaStore[i]?.requestId));
      expect(written.inputs_json).toBe(JSON.stringify(c.inputs));
    });
    db.close();
  });

  it('counts inserted rows across statement-sized chunks, with repeats inside one batch', async () => {
    const path = `${dir}/chunks.db`;
    const store = await createSqliteStore(path);
    const writer = new SqlitePredictionLogWriter(path);
    const at = new Date('2026-11-23T10:00:00.123Z');
    const seen = Array.from({ length: 60 }, () => record(at));
    expect(await writer.write(seen)).toBe(60);
    for (const fresh of [1, 49, 50, 51, 137]) {
      const batch = Array.from({ length: fresh }, () => record(at));
      // Old ids before, between and after the new ones, and a new one twice.
      const mixed = [seen[0]!, ...batch.slice(0, 25), seen[59]!, ...batch.slice(25), batch[0]!, seen[30]!];
      expect(await writer.write(mixed)).toBe(fresh);
      seen.push(...batch);
    }
    expect(await writer.write([])).toBe(0);
    expect(await store.predictions.countPredictions()).toBe(seen.length);
    await writer.close();
    await store.close();
  });

  it('rejects a batch JSON cannot encode and goes on writing the next ones', async () => {
    const path = `${dir}/bad-batch.db`;
    const store = await createSqliteStore(path);
    const writer = new SqlitePredictionLogWriter(path);
    const at = new Date();
    const bad = { ...record(at), inputs: { n: 1n } };
    await expect(writer.write([record(at), bad])).rejects.toThrow(TypeError);
    expect(await writer.write([record(at)])).toBe(1);
    expect(await store.predictions.countPredictions()).toBe(1);
    await writer.close();
    await store.close();
  });
});
