import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../core/clock.js';
import type { MetadataStore } from '../core/ports/metadata-store.js';
import { readFrame } from '../data/read-frame.js';
import { trainModel } from '../jobs/train-model.js';
import { createSqliteStore, LocalArtifactStore } from '../store/index.js';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { loadPredictor } from './load-predictor.js';
import { predictFile } from './predict-file.js';

const { dir, write } = tempFolder('sextant-predict-file-');
let store: MetadataStore;
let artifacts: LocalArtifactStore;
let deps: { models: MetadataStore['models']; artifacts: LocalArtifactStore };

// `shop` holds digits but is a category (a schema file says so); `label` is an input, not the target.
const rows = Array.from({ length: 240 }, (_, i) => {
  const x = i % 20;
  const shop = [101, 202, 303][i % 3] as number;
  return {
    x,
    shop,
    label: i % 2 === 0 ? 'odd-looking' : 'even-looking',
    spend: 3 * x + (shop === 303 ? 10 : 0) + (i % 7) / 10,
    big: 3 * x + (shop === 303 ? 10 : 0) > 30 ? 'high' : 'low',
  };
});
const csv = (records: readonly Record<string, unknown>[]) =>
  [Object.keys(records[0]!).join(','), ...records.map((r) => Object.values(r).join(','))].join('\n');

beforeAll(async () => {
  store = await createSqliteStore(join(dir, 'sextant.db'));
  artifacts = new LocalArtifactStore(join(dir, 'artifacts'));
  deps = { models: store.models, artifacts };
  const data = write('train.csv', csv(rows));
  const schemaFile = write('schema.json', JSON.stringify({ columns: { shop: 'categorical' } }));
  const train = (modelName: string, target: string, exclude: string[]) =>
    trainModel(
      { datasets: store.datasets, runs: store.runs, models: store.models, artifacts, clock: systemClock },
      { dataPath: data, target, modelName, schemaFile, features: { exclude } },
    );
  expect((await train('big', 'big', ['spend'])).status).toBe('succeeded');
  expect((await train('spend', 'spend', ['big', 'label'])).status).toBe('succeeded');
});
afterAll(() => store.close());

describe('predictFile', () => {
  it('writes the inputs plus label and one probability column per class as CSV', async () => {
    const data = write(
      'batch.csv',
      csv(rows.slice(0, 30).map(({ x, shop, label, big }) => ({ big, shop, x, label }))),
    );
    const out = join(dir, 'big.csv');
    const result = await predictFile(deps, { ref: { modelName: 'big' }, dataPath: data, outPath: out });
    expect(result).toMatchObject({ model: 'big', version: 1, rows: 30, format: 'csv' });
    expect(result.columns).toEqual([
      'x',
      'shop',
      'label',
      'predicted_label',
      'probability_high',
      'probability_low',
    ]);
    const { frame } = await readFrame(out);
    expect(frame.rowCount).toBe(30);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('x,shop,label,predicted_label,probability_high,probability_low');
    // The same rows through the serving path give the same predictions.
    const predictor = await loadPredictor(artifacts, await store.models.getVersion('big', 1));
    const expected = predictor.predictRecords(
      rows.slice(0, 30).map(({ x, shop, label }) => ({ x, shop: String(shop), label })),
    );
    lines.slice(1).forEach((line, i) => {
      const [, shop, , predicted, high, low] = line.split(',');
      const want = expected[i] as { label: string; probabilities: Record<string, number> };
      expect(shop).toBe(String(rows[i]!.shop));
      expect(predicted).toBe(want.label);
      expect(Number(high)).toBeCloseTo(want.probabilities.high!, 12);
      expect(Number(high) + Number(low)).toBeCloseTo(1, 12);
    });
    // The model separates its classes: most training rows come back right.
    const right = lines.slice(1).filter((line, i) => line.split(',')[3] === rows[i]!.big).length;
    expect(right).toBeGreaterThan(24);
  });

  it('writes JSON lines with a value column for a regression model, pinned by version', async () => {
    const data = write('spend.csv', csv(rows.slice(0, 10)));
    const out = join(dir, 'spend.jsonl');
    const result = await predictFile(deps, {
      ref: { modelName: 'spend', version: 1 },
      dataPath: data,
      outPath: out,
    });
    expect(result.format).toBe('jsonl');
    const records = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(10);
    expect(Object.keys(records[0])).toEqual(['x', 'shop', 'value']);
    expect(records[0].shop).toBe('101');
    for (const [i, r] of records.entries()) expect(Math.abs(r.value - rows[i]!.spend)).toBeLessThan(3);
  });

  it('refuses an unknown output extension before reading, and data without an input column', async () => {
    const data = write('short.csv', 'x,label\n1,a\n');
    const format = await catchSextantError(
      predictFile(deps, { ref: { modelName: 'nope' }, dataPath: data, outPath: join(dir, 'out.txt') }),
    );
    expect(format.code).toBe('FILE_FORMAT_UNSUPPORTED');
    const missing = await catchSextantError(
      predictFile(deps, { ref: { modelName: 'big' }, dataPath: data, outPath: join(dir, 'o.csv') }),
    );
    expect(missing.code).toBe('COLUMN_MISSING');
    expect(missing.message).toContain('shop');
    const unwritable = await catchSextantError(
      predictFile(deps, {
        ref: { modelName: 'spend' },
        dataPath: write('ok.csv', csv(rows.slice(0, 3))),
        outPath: join(dir, 'no-such-folder', 'o.csv'),
      }),
    );
    expect(unwritable.code).toBe('INVALID_ARGUMENT');
  });
});
