import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/seeded-random.js';
import { addBinnedPredictions } from './add-binned-predictions.js';
import { allocateTrainingMemory } from './allocate-training-memory.js';
import { binFeatures } from './bin-features.js';
import { fitBinThresholds } from './fit-bin-thresholds.js';
import { GbdtModel } from './gbdt-model.js';
import { TrainingThreads } from './training-threads.js';
import { TreeGrower } from './tree-grower.js';

/** Rows with 10 % missing values and squared-error gradients with structure in x0, missing x0 and x1. */
function setUp(n: number, nCols: number, minSamplesLeaf: number) {
  const random = new SeededRandom(3);
  const x = Float64Array.from({ length: n * nCols }, () =>
    random.next() < 0.1 ? Number.NaN : random.normal(),
  );
  const all = Uint32Array.from({ length: n }, (_, i) => i);
  const thresholds = fitBinThresholds(x, nCols, all, 255, 200_000, random);
  const memory = allocateTrainingMemory(n, nCols, 1, 10, 8, false);
  binFeatures(x, nCols, all, thresholds, memory.bins);
  for (let i = 0; i < n; i++) {
    const x0 = x[i * nCols]!;
    memory.grad[i] =
      (Number.isNaN(x0) ? 2 : x0 > 0 ? 1 : -1) + (x[i * nCols + 1]! > 0.5 ? 0.5 : 0) - 0.1 * random.normal();
    memory.hess[i] = 1;
  }
  const threads = new TrainingThreads(memory, 1);
  const settings = {
    maxLeafNodes: 8,
    maxDepth: undefined,
    learningRate: 0.5,
    minSamplesLeaf,
    l2Regularization: 0,
    minHessian: 1e-3,
  };
  return { x, memory, grower: new TreeGrower(threads, thresholds, settings) };
}

describe('TreeGrower', () => {
  it('adds to the training scores what the tree predicts on raw and on binned rows', () => {
    const n = 3000;
    const { x, memory, grower } = setUp(n, 3, 20);
    const { tree, binThreshold } = grower.grow(0);
    const leaves = [...tree.feature].filter((f) => f < 0).length;
    expect(leaves).toBe(8);
    expect(tree.feature.length).toBe(2 * leaves - 1);
    const fromRaw = new GbdtModel('regression', 3, [], Float64Array.of(0), [tree]).predictRaw(x);
    const fromBins = new Float64Array(n);
    addBinnedPredictions(tree, binThreshold, memory.bins, n, fromBins);
    expect([...fromBins]).toEqual([...memory.raw]);
    expect([...fromRaw]).toEqual([...memory.raw]);
    // Missing x0 carries the largest gradient, so its rows must end up with the most negative value.
    const missingRow = [...Array(n).keys()].find((i) => Number.isNaN(x[i * 3]!))!;
    expect(memory.raw[missingRow]).toBeLessThan(-0.5);
  });

  it('keeps min_samples_leaf rows in every leaf', () => {
    const n = 2000;
    const { x, grower } = setUp(n, 3, 150);
    const { tree } = grower.grow(0);
    const counts = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      let node = 0;
      while (tree.feature[node]! >= 0) {
        const v = x[i * 3 + tree.feature[node]!]!;
        const left = v <= tree.threshold[node]! || (Number.isNaN(v) && tree.missingLeft[node] === 1);
        node = left ? tree.left[node]! : tree.right[node]!;
      }
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
    expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(150);
  });
});
