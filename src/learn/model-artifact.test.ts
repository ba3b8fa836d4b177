import { describe, expect, it } from 'vitest';
import { isSextantError } from '../core/sextant-error.js';
import { decodeModelArtifact, encodeModelArtifact, type ModelArtifact } from './model-artifact.js';

const artifact: ModelArtifact = {
  format: 'sextant-model',
  formatVersion: 1,
  task: 'binary',
  algorithm: 'logistic',
  signature: {
    inputs: [{ name: 'tier', type: 'categorical', required: true, categories: ['premium', 'standard'] }],
    output: { target: 'urgent', task: 'binary', classes: ['0', '1'] },
  },
  pipeline: { steps: [] },
  model: { weights: [0.5], intercept: -0.1 },
  training: {
    createdAt: '2026-11-23T00:00:00.000Z',
    rows: 80,
    holdoutRows: 20,
    seed: 42,
    params: { C: 1 },
    metrics: { accuracy: 0.9 },
    baselineMetrics: { accuracy: 0.5 },
    datasetHash: null,
  },
};

describe('model artifact format', () => {
  it('round-trips through bytes', () => {
    expect(decodeModelArtifact(encodeModelArtifact(artifact))).toEqual(artifact);
  });

  const bad = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['not JSON', bad('{"format":'), /not UTF-8 JSON/],
    ['another format', bad('{"format":"pickle"}'), /format is not sextant-model/],
    [
      'a future version',
      bad(JSON.stringify({ ...artifact, formatVersion: 2 })),
      /format version 2 is not supported/,
    ],
    ['an unknown task', bad(JSON.stringify({ ...artifact, task: 'ranking' })), /task/],
    [
      'a broken signature',
      bad(JSON.stringify({ ...artifact, signature: { inputs: [{}], output: {} } })),
      /signature input/,
    ],
    ['no model', bad(JSON.stringify({ ...artifact, model: undefined })), /model/],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), /not UTF-8 JSON/],
  ])('refuses %s with MODEL_ARTIFACT_INVALID', (_label, bytes, message) => {
    expect(() => decodeModelArtifact(bytes)).toThrow(
      expect.toSatisfy(
        (e: unknown) => isSextantError(e, 'MODEL_ARTIFACT_INVALID') && message.test((e as Error).message),
      ),
    );
  });
});
