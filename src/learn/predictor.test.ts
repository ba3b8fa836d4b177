import { describe, expect, it } from 'vitest';
import { generateTickets } from '../data/generate-tickets.js';
import { FeaturePipeline } from './feature-pipeline.js';
import { frameFromRecords } from './frame-from-records.js';
import { LogisticRegression } from './logistic-regression.js';
import type { ModelArtifact } from './model-artifact.js';
import type { ModelSignature } from './model-signature.js';
import { Predictor } from './predictor.js';

const records = generateTickets({ rows: 800, seed: 5 }).map((ticket, i) => ({
  ...ticket,
  // A numeric input with gaps, so dense and sparse blocks are stacked together.
  age_hours: i % 13 === 0 ? null : (i * 7) % 50,
}));
const signature: ModelSignature = {
  inputs: [
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'text', required: true },
    { name: 'source', type: 'categorical', required: true, categories: ['email', 'phone', 'chat', 'web'] },
    {
      name: 'customer_tier',
      type: 'categorical',
      required: true,
      categories: ['enterprise', 'premium', 'standard', 'free'],
    },
    { name: 'age_hours', type: 'numeric', required: false },
  ],
  output: { target: 'urgent', task: 'binary', classes: ['0', '1'] },
};

type Plan = { column: string; kind: 'text' | 'categorical' | 'numeric' }[];

/** A logistic model trained on `records` with `plan`, predicting `target`, as an artifact would load it. */
function trainedPredictor(
  plan: Plan,
  target: 'urgent' | 'customer_tier',
): { predictor: Predictor; signature: ModelSignature } {
  const classes = target === 'urgent' ? ['0', '1'] : ['enterprise', 'free', 'premium', 'standard'];
  const sig: ModelSignature = {
    inputs: signature.inputs.filter((input) => plan.some((p) => p.column === input.name)),
    output: { target, task: classes.length === 2 ? 'binary' : 'multiclass', classes },
  };
  const frame = frameFromRecords(records, sig);
  const { pipeline, features } = FeaturePipeline.fit(frame, plan, { text: { ngramRange: [1, 2] } });
  const model = LogisticRegression.fit(
    features,
    records.map((r) => classes.indexOf(String(r[target]))),
    { classCount: classes.length },
  );
  const artifact = {
    format: 'sextant-model',
    formatVersion: 1,
    task: sig.output.task,
    algorithm: 'logistic',
    signature: sig,
    pipeline: pipeline.toJSON(),
    model: model.toJSON(),
    training: {
      createdAt: '2026-12-06T00:00:00.000Z',
      rows: records.length,
      holdoutRows: 0,
      seed: 1,
      params: {},
      metrics: {},
      baselineMetrics: {},
      datasetHash: null,
    },
  } as unknown as ModelArtifact;
  return { predictor: Predictor.fromArtifact(artifact), signature: sig };
}

const text: Plan = [
  { column: 'title', kind: 'text' },
  { column: 'description', kind: 'text' },
];
const CASES = [
  {
    name: 'text, categorical and numeric inputs: the matrix path',
    plan: [
      ...text,
      { column: 'source', kind: 'categorical' },
      { column: 'customer_tier', kind: 'categorical' },
      { column: 'age_hours', kind: 'numeric' },
    ] as Plan,
    target: 'urgent' as const,
    direct: false,
  },
  {
    name: 'text and categorical inputs, two classes: rows scored directly',
    plan: [
      ...text,
      { column: 'source', kind: 'categorical' },
      { column: 'customer_tier', kind: 'categorical' },
    ] as Plan,
    target: 'urgent' as const,
    direct: true,
  },
  {
    name: 'text and categorical inputs, four classes: rows scored directly',
    plan: [...text, { column: 'source', kind: 'categorical' }] as Plan,
    target: 'customer_tier' as const,
    direct: true,
  },
];

describe.each(CASES)('Predictor.predictRecords (the serving path): $name', ({ plan, target, direct }) => {
  const { predictor, signature: sig } = trainedPredictor(plan, target);
  const batchPath = (rows: readonly Record<string, unknown>[]) =>
    predictor.predictFrame(frameFromRecords(rows, sig));

  it(direct ? 'scores rows straight from the featurizers' : 'keeps the matrix path', () => {
    expect(predictor.scoresRowsDirectly).toBe(direct);
  });

  it('gives exactly the batch path predictions, one request after another', () => {
    const expected = batchPath(records.slice(0, 60));
    const oneByOne = records.slice(0, 60).flatMap((record) => predictor.predictRecords([record]));
    expect(oneByOne).toEqual(expected);
    // Several classes occur, so the comparison covers more than one constant answer.
    expect(new Set(oneByOne.map((p) => (p as { label: string }).label)).size).toBeGreaterThan(1);
  });

  it('agrees on batches of every size, unknown categories and missing values included', () => {
    const odd = records.slice(0, 300).map((record, i) => ({
      ...record,
      source: i % 7 === 0 ? 'carrier pigeon' : record.source,
      customer_tier: i % 11 === 0 ? null : record.customer_tier,
      description: i % 5 === 0 ? '' : i % 9 === 0 ? null : record.description,
      title: i % 8 === 0 ? `${record.title} — Überlastung, ÉCHEC 500!!` : record.title,
    }));
    for (const size of [1, 2, 17, 300]) {
      const batch = odd.slice(0, size);
      expect(predictor.predictRecords(batch)).toEqual(batchPath(batch));
    }
    // A large batch (beyond the arena's first buffer) followed by a small one: no stale state.
    const big = Array.from({ length: 4000 }, (_, i) => odd[i % odd.length]!);
    expect(predictor.predictRecords(big)).toEqual(batchPath(big));
    expect(predictor.predictRecords([odd[3]!])).toEqual(batchPath([odd[3]!]));
  });
});
