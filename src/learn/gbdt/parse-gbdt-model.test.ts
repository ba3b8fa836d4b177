import { describe, expect, it } from 'vitest';
import { catchSextantError } from '../../test-support/catch-sextant-error.js';
import { encodeTypedArray } from './encode-typed-array.js';
import { parseGbdtModel } from './parse-gbdt-model.js';

/** A valid binary model: one stump on feature 0 at 0.5, missing values left. */
function stump(changes: Record<string, unknown> = {}, treeChanges: Record<string, unknown> = {}) {
  return {
    format: 'sextant-gbdt',
    version: 1,
    kind: 'binary',
    nFeatures: 2,
    classes: [0, 1],
    baseline: [0.25],
    trees: [
      {
        nodes: 3,
        feature: encodeTypedArray(Int32Array.of(0, -1, -1)),
        threshold: encodeTypedArray(Float64Array.of(0.5, 0, 0)),
        missingLeft: encodeTypedArray(Uint8Array.of(1, 0, 0)),
        left: encodeTypedArray(Int32Array.of(1, -1, -1)),
        right: encodeTypedArray(Int32Array.of(2, -1, -1)),
        value: encodeTypedArray(Float64Array.of(0, -1, 1)),
        ...treeChanges,
      },
    ],
    ...changes,
  };
}

async function fieldOf(json: unknown): Promise<unknown> {
  const error = await catchSextantError((async () => parseGbdtModel(json))());
  expect(error.code).toBe('INVALID_ARGUMENT');
  return error.details.field;
}

describe('parseGbdtModel', () => {
  it('loads a valid model', () => {
    const model = parseGbdtModel(stump());
    expect([...model.predictRaw(Float64Array.of(0.2, 9, 0.7, 9, Number.NaN, 9))]).toEqual([
      -0.75, 1.25, -0.75,
    ]);
  });

  it.each<[string, unknown, string]>([
    ['not an object', [], 'model'],
    ['another format', stump({ format: 'pickle' }), 'format'],
    ['an unknown kind', stump({ kind: 'ranking' }), 'kind'],
    ['no features', stump({ nFeatures: 0 }), 'nFeatures'],
    ['three classes for binary', stump({ classes: [0, 1, 2] }), 'classes'],
    ['unsorted classes', stump({ kind: 'multiclass', classes: [2, 1, 0], baseline: [0, 0, 0] }), 'classes'],
    ['a non-finite baseline', stump({ baseline: ['x'] }), 'baseline'],
    [
      'a tree count off the class count',
      stump({ kind: 'multiclass', classes: [0, 1, 2], baseline: [0, 0, 0] }),
      'trees',
    ],
    [
      'a feature out of range',
      stump({}, { feature: encodeTypedArray(Int32Array.of(2, -1, -1)) }),
      'trees[0].feature',
    ],
    [
      'a child pointing back',
      stump({}, { left: encodeTypedArray(Int32Array.of(0, -1, -1)) }),
      'trees[0].left/right',
    ],
    [
      'a child past the end',
      stump({}, { right: encodeTypedArray(Int32Array.of(3, -1, -1)) }),
      'trees[0].left/right',
    ],
    [
      'a NaN threshold',
      stump({}, { threshold: encodeTypedArray(Float64Array.of(Number.NaN, 0, 0)) }),
      'trees[0].threshold',
    ],
    [
      'an infinite leaf',
      stump({}, { value: encodeTypedArray(Float64Array.of(0, Number.POSITIVE_INFINITY, 0)) }),
      'trees[0].value',
    ],
    ['a short array', stump({}, { value: encodeTypedArray(Float64Array.of(0, 1)) }), 'trees[0].value'],
    ['a bad node count', stump({}, { nodes: -3 }), 'trees[0].nodes'],
  ])('rejects %s, naming the field', async (_, json, field) => {
    expect(await fieldOf(json)).toBe(field);
  });
});
