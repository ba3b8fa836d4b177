import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/seeded-random.js';
import { catchSextantError } from '../../test-support/catch-sextant-error.js';
import { GbdtModel } from './gbdt-model.js';
import { parseGbdtModel } from './parse-gbdt-model.js';
import { trainGbdt } from './train-gbdt.js';

function data(n: number, nCols: number, seed: number, nClasses: number) {
  const random = new SeededRandom(seed);
  const x = Float64Array.from({ length: n * nCols }, () =>
    random.next() < 0.05 ? Number.NaN : random.normal(),
  );
  const y = Float64Array.from({ length: n }, (_, i) => {
    const score =
      (x[i * nCols] || 0) + (x[i * nCols + 1] || 0) * (x[i * nCols + 2] || 0) + 0.3 * random.normal();
    return nClasses === 0 ? score : Math.min(nClasses - 1, Math.max(0, Math.floor(score + nClasses / 2)));
  });
  return { x, nRows: n, nCols, y };
}

describe('GbdtModel', () => {
  it.each([
    ['binary', 'classification', 2],
    ['multiclass', 'classification', 4],
    ['regression', 'regression', 0],
  ] as const)('survives a JSON round trip with identical %s predictions', (kind, task, nClasses) => {
    const train = data(2000, 5, 1, nClasses);
    const { model } = trainGbdt(task, train, { maxIter: 20 });
    expect(model.kind).toBe(kind);
    const text = JSON.stringify(model);
    const loaded = parseGbdtModel(JSON.parse(text));
    const probe = data(500, 5, 2, nClasses).x;
    expect([...loaded.predictRaw(probe)]).toEqual([...model.predictRaw(probe)]);
    expect([...loaded.predict(probe)]).toEqual([...model.predict(probe)]);
    expect(JSON.stringify(loaded)).toBe(text);
  });

  it('gives two probability columns for binary models, summing to one', () => {
    const { model } = trainGbdt('classification', data(1000, 5, 3, 2), { maxIter: 10 });
    const probe = data(50, 5, 4, 2).x;
    const proba = model.predictProba(probe);
    const raw = model.predictRaw(probe);
    expect(proba.length).toBe(100);
    for (let i = 0; i < 50; i++) {
      expect(proba[2 * i]! + proba[2 * i + 1]!).toBeCloseTo(1, 12);
      expect(proba[2 * i + 1]).toBeCloseTo(1 / (1 + Math.exp(-raw[i]!)), 12);
    }
  });

  it('rejects rows of the wrong width and probabilities of a regression', async () => {
    const { model } = trainGbdt('regression', data(500, 5, 5, 0), { maxIter: 3 });
    expect((await catchSextantError((async () => model.predict(new Float64Array(7)))())).code).toBe(
      'INVALID_ARGUMENT',
    );
    expect((await catchSextantError((async () => model.predictProba(new Float64Array(5)))())).code).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('predicts one row in microseconds', () => {
    const { model } = trainGbdt('classification', data(20_000, 20, 6, 2), {
      maxIter: 100,
      earlyStopping: false,
    });
    expect(model.trees.length).toBe(100);
    const row = data(1, 20, 7, 2).x;
    for (let i = 0; i < 2000; i++) model.predictProba(row);
    const runs = 20_000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) model.predictProba(row);
    const micros = Number(process.hrtime.bigint() - start) / 1000 / runs;
    console.info(`gbdt one-row predictProba, 100 trees of 31 leaves: ${micros.toFixed(2)} µs`);
    expect(micros).toBeLessThan(100);
  });

  it('adds the trees of each raw score to its baseline', () => {
    const leaf = (value: number) => ({
      feature: Int32Array.of(-1),
      threshold: Float64Array.of(0),
      missingLeft: Uint8Array.of(0),
      left: Int32Array.of(-1),
      right: Int32Array.of(-1),
      value: Float64Array.of(value),
    });
    const model = new GbdtModel('multiclass', 1, [0, 1, 2], Float64Array.of(1, 2, 3), [
      leaf(10),
      leaf(20),
      leaf(30),
      leaf(100),
      leaf(200),
      leaf(300),
    ]);
    expect(model.nIterations).toBe(2);
    expect([...model.predictRaw(Float64Array.of(0, 0))]).toEqual([111, 222, 333, 111, 222, 333]);
    expect([...model.predict(Float64Array.of(5))]).toEqual([2]);
  });
});
