import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/seeded-random.js';
import { catchSextantError } from '../../test-support/catch-sextant-error.js';
import type { GbdtProgress } from './gbdt-options.js';
import { type GbdtTrainingData, trainGbdt } from './train-gbdt.js';

/** n rows of nCols uniform(-1, 1) features and a target computed from each row. */
function rows(
  n: number,
  nCols: number,
  seed: number,
  target: (row: Float64Array, random: SeededRandom) => number,
) {
  const random = new SeededRandom(seed);
  const x = new Float64Array(n * nCols);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = x.subarray(i * nCols, (i + 1) * nCols);
    for (let j = 0; j < nCols; j++) row[j] = random.next() * 2 - 1;
    y[i] = target(row, random);
  }
  return { x, nRows: n, nCols, y };
}

function accuracy(predicted: Float64Array, truth: Float64Array): number {
  let correct = 0;
  for (let i = 0; i < truth.length; i++) if (predicted[i] === truth[i]) correct++;
  return correct / truth.length;
}

const xor = (row: Float64Array) => (row[0]! > 0.3 !== row[1]! < 0 ? 1 : 0);

describe('trainGbdt', () => {
  it('learns x0 > 0.3 xor x1 < 0 to over 95 % accuracy', () => {
    const { model } = trainGbdt('classification', rows(4000, 4, 1, xor));
    const test = rows(2000, 4, 2, xor);
    expect(model.kind).toBe('binary');
    expect(accuracy(model.predict(test.x), test.y)).toBeGreaterThan(0.95);
  });

  it('keeps the original class labels', () => {
    const data = rows(1000, 2, 3, (row) => (row[0]! > 0 ? 7 : -2));
    const { model } = trainGbdt('classification', data, { maxIter: 10 });
    expect(model.classes).toEqual([-2, 7]);
    expect(accuracy(model.predict(data.x), data.y)).toBeGreaterThan(0.99);
  });

  it('regresses a step function', () => {
    const step = (row: Float64Array) => (row[0]! > 0.2 ? 3 : -1) + (row[1]! > -0.5 ? 1 : 0);
    const { model } = trainGbdt('regression', rows(3000, 3, 4, step));
    const test = rows(1000, 3, 5, step);
    const predicted = model.predict(test.x);
    let sum = 0;
    for (let i = 0; i < predicted.length; i++) sum += (predicted[i]! - test.y[i]!) ** 2;
    expect(Math.sqrt(sum / predicted.length)).toBeLessThan(0.15);
  });

  it('separates three blobs, one tree per class per iteration', () => {
    const centres = [
      [-2, 0],
      [2, 0],
      [0, 3],
    ];
    const blobs = (n: number, seed: number) => {
      const random = new SeededRandom(seed);
      const x = new Float64Array(n * 2);
      const y = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const k = i % 3;
        x[2 * i] = centres[k]![0]! + 0.6 * random.normal();
        x[2 * i + 1] = centres[k]![1]! + 0.6 * random.normal();
        y[i] = k;
      }
      return { x, nRows: n, nCols: 2, y };
    };
    const result = trainGbdt('classification', blobs(1500, 6), { maxIter: 30 });
    expect(result.model.kind).toBe('multiclass');
    expect(result.model.trees.length).toBe(90);
    const test = blobs(900, 7);
    expect(accuracy(result.model.predict(test.x), test.y)).toBeGreaterThan(0.95);
    const proba = result.model.predictProba(test.x);
    expect(proba[0]! + proba[1]! + proba[2]!).toBeCloseTo(1, 12);
  });

  it.each([
    [1, 'with the positives'],
    [0, 'with the negatives'],
  ])('learns that missing values belong %s', (missingLabel) => {
    const data = rows(3000, 2, 8, (row, random) => {
      if (random.next() < 0.2) {
        row[0] = Number.NaN;
        return missingLabel;
      }
      return row[0]! > 0 ? 1 : 0;
    });
    const { model } = trainGbdt('classification', data, { maxIter: 20 });
    const probe = Float64Array.of(Number.NaN, 0.5, Number.NaN, -0.5, 0.8, 0, -0.8, 0);
    expect([...model.predict(probe)]).toEqual([missingLabel, missingLabel, 1, 0]);
  });

  it('stops early on noise, keeping the loss curves', () => {
    const result = trainGbdt(
      'classification',
      rows(3000, 5, 9, (_, random) => (random.next() < 0.5 ? 1 : 0)),
      {
        earlyStopping: true,
        maxIter: 200,
      },
    );
    expect(result.stoppedEarly).toBe(true);
    expect(result.nIterations).toBeLessThan(60);
    expect(result.model.nIterations).toBe(result.nIterations);
    expect(result.validationLoss.length).toBe(result.nIterations + 1);
  });

  it("turns early stopping on above 10000 rows when 'auto'", () => {
    const options = { maxIter: 2 };
    expect(trainGbdt('classification', rows(10_000, 2, 10, xor), options).earlyStopping).toBe(false);
    expect(trainGbdt('classification', rows(10_001, 2, 10, xor), options).earlyStopping).toBe(true);
  });

  it('reports progress after every iteration', () => {
    const seen: GbdtProgress[] = [];
    const result = trainGbdt('classification', rows(2000, 3, 11, xor), {
      maxIter: 15,
      earlyStopping: true,
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen.map((p) => p.iteration)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(seen.every((p) => p.maxIter === 15 && p.validationLoss !== undefined)).toBe(true);
    expect(seen[14]!.trainLoss).toBeLessThan(seen[0]!.trainLoss);
    expect(result.trainLoss).toEqual(seen.map((p) => p.trainLoss));
    expect(result.validationLoss.slice(1)).toEqual(seen.map((p) => p.validationLoss));
  });

  it('gives a byte-identical model for the same seed', () => {
    const data = rows(3000, 4, 12, (row, random) => (row[0]! + 0.5 * random.normal() > 0 ? 1 : 0));
    const train = (seed: number) =>
      JSON.stringify(trainGbdt('classification', data, { seed, earlyStopping: true, maxIter: 20 }).model);
    expect(train(1)).toBe(train(1));
    expect(train(1)).not.toBe(train(2));
  });

  it.each([
    ['binary', 'classification', 2],
    ['multiclass', 'classification', 3],
    ['regression', 'regression', 0],
  ] as const)('gives the same %s model on one thread as on several', (_, task, nClasses) => {
    const data = rows(40_000, 6, 13, (row, random) => {
      const score = row[0]! * row[1]! + row[2]! + 0.3 * random.normal();
      return nClasses === 0 ? score : Math.min(nClasses - 1, Math.max(0, Math.round(score + 0.5)));
    });
    const one = trainGbdt(task, data, { maxIter: 3, threads: 1, onProgress: () => {} });
    const two = trainGbdt(task, data, { maxIter: 3, threads: 2, onProgress: () => {} });
    expect(one.threads).toBe(1);
    expect(two.threads).toBe(2);
    expect(JSON.stringify(two.model)).toBe(JSON.stringify(one.model));
    expect(two.trainLoss).toEqual(one.trainLoss);
  });

  it('honours maxLeafNodes and maxDepth', () => {
    const data = rows(3000, 4, 14, xor);
    for (const tree of trainGbdt('classification', data, { maxIter: 5, maxLeafNodes: 5 }).model.trees) {
      expect([...tree.feature].filter((f) => f < 0).length).toBeLessThanOrEqual(5);
    }
    for (const tree of trainGbdt('classification', data, { maxIter: 5, maxDepth: 2 }).model.trees) {
      const depth = (node: number): number =>
        tree.feature[node]! < 0 ? 0 : 1 + Math.max(depth(tree.left[node]!), depth(tree.right[node]!));
      expect(depth(0)).toBeLessThanOrEqual(2);
    }
  });

  it.each<[string, 'classification' | 'regression', Partial<GbdtTrainingData>]>([
    ['x of the wrong length', 'classification', { x: new Float64Array(5) }],
    ['a single class', 'classification', { y: new Float64Array(100) }],
    ['a missing regression target', 'regression', { y: new Float64Array(100).fill(Number.NaN) }],
    ['a missing class label', 'classification', { y: new Float64Array(100).fill(Number.NaN) }],
  ])('rejects %s with INVALID_ARGUMENT', async (_, task, change) => {
    const data = { ...rows(100, 2, 15, xor), ...change };
    const error = await catchSextantError((async () => trainGbdt(task, data))());
    expect(error.code).toBe('INVALID_ARGUMENT');
  });

  it('rejects an unknown task and too few rows for a validation split', async () => {
    const data = rows(100, 2, 16, xor);
    const unknown = await catchSextantError((async () => trainGbdt('ranking' as 'regression', data))());
    expect(unknown.code).toBe('INVALID_ARGUMENT');
    const tiny = { ...rows(2, 2, 17, xor), y: Float64Array.of(0, 1) };
    const split = await catchSextantError(
      (async () => trainGbdt('classification', tiny, { earlyStopping: true }))(),
    );
    expect(split.code).toBe('INVALID_ARGUMENT');
  });
});
