import { describe, expect, it } from 'vitest';
import { catchSextantError } from '../../test-support/catch-sextant-error.js';
import type { GbdtOptions } from './gbdt-options.js';
import { resolveGbdtOptions } from './resolve-gbdt-options.js';

describe('resolveGbdtOptions', () => {
  it("fills in scikit-learn's defaults", () => {
    expect(resolveGbdtOptions()).toMatchObject({
      maxIter: 100,
      learningRate: 0.1,
      maxLeafNodes: 31,
      maxDepth: undefined,
      minSamplesLeaf: 20,
      l2Regularization: 0,
      maxBins: 255,
      binSubsample: 200_000,
      earlyStopping: 'auto',
      validationFraction: 0.1,
      nIterNoChange: 10,
      tol: 1e-7,
      seed: 0,
      threads: undefined,
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['maxIter', { maxIter: 0 }],
    ['maxIter', { maxIter: 1.5 }],
    ['learningRate', { learningRate: 0 }],
    ['learningRate', { learningRate: Number.NaN }],
    ['maxLeafNodes', { maxLeafNodes: 1 }],
    ['maxDepth', { maxDepth: 0 }],
    ['minSamplesLeaf', { minSamplesLeaf: 0 }],
    ['l2Regularization', { l2Regularization: -1 }],
    ['maxBins', { maxBins: 256 }],
    ['maxBins', { maxBins: 1 }],
    ['earlyStopping', { earlyStopping: 'yes' }],
    ['validationFraction', { validationFraction: 1 }],
    ['nIterNoChange', { nIterNoChange: 0 }],
    ['tol', { tol: -1 }],
    ['seed', { seed: -1 }],
    ['threads', { threads: 0 }],
    ['onProgress', { onProgress: 'bar' }],
    ['max_iter', { max_iter: 10 }],
  ])('rejects a bad %s with INVALID_ARGUMENT', async (option, options) => {
    const error = await catchSextantError((async () => resolveGbdtOptions(options as GbdtOptions))());
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.details).toEqual({ option });
  });
});
