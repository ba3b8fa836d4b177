import { describe, expect, it } from 'vitest';
import type { Frame } from '../core/frame.js';
import { FeaturePipeline } from './feature-pipeline.js';
import { planFeatures } from './plan-features.js';

const tickets: Frame = {
  rowCount: 4,
  columns: [
    { name: 'id', type: 'numeric', values: Float64Array.of(1, 2, 3, 4) },
    { name: 'title', type: 'text', values: ['Server down', 'billing question', null, 'server error down'] },
    { name: 'tier', type: 'categorical', codes: Int32Array.of(0, 1, 0, -1), dictionary: ['gold', 'free'] },
    { name: 'amount', type: 'numeric', values: Float64Array.of(10, Number.NaN, 30, 20) },
    { name: 'urgent', type: 'boolean', values: Uint8Array.of(1, 0, 0, 1) },
  ],
};
const options = { categorical: { minFrequency: 1 }, text: { minDf: 1 } };

describe('FeaturePipeline', () => {
  it('composes featurizers from column types, skipping target and exclusions', () => {
    expect(planFeatures(tickets.columns, 'urgent', { exclude: ['id'] })).toEqual([
      { column: 'title', kind: 'text' },
      { column: 'tier', kind: 'categorical' },
      { column: 'amount', kind: 'numeric' },
    ]);
    expect(planFeatures(tickets.columns, 'urgent', { categorical: ['id'], only: true })).toEqual([
      { column: 'id', kind: 'categorical' },
    ]);
  });

  it('rejects conflicting, unknown and target overrides', () => {
    expect(() =>
      planFeatures(tickets.columns, 'urgent', { text: ['tier'], categorical: ['tier'] }),
    ).toThrowError(/both/);
    expect(() => planFeatures(tickets.columns, 'urgent', { numeric: ['nope'] })).toThrowError(
      /not in the data/,
    );
    expect(() => planFeatures(tickets.columns, 'urgent', { numeric: ['urgent'] })).toThrowError(/target/);
  });

  it('outputs CSR when any input is text, with features stacked in plan order', () => {
    const plan = planFeatures(tickets.columns, 'urgent', { exclude: ['id'] });
    const { pipeline, features } = FeaturePipeline.fit(tickets, plan, options);
    expect(pipeline.layout).toBe('sparse');
    expect(features.kind).toBe('csr');
    expect(pipeline.featureNames).toEqual([
      'title:billing',
      'title:billing question',
      'title:down',
      'title:error',
      'title:error down',
      'title:question',
      'title:server',
      'title:server down',
      'title:server error',
      'tier=free',
      'tier=gold',
      'tier=__missing__',
      'amount',
      'amount__missing',
    ]);
    expect(features.cols).toBe(14);
    expect(pipeline.transform(tickets)).toEqual(features);
  });

  it('outputs dense for tabular inputs and round-trips through JSON', () => {
    const plan = planFeatures(tickets.columns, 'urgent', { exclude: ['title'] });
    const { pipeline, features } = FeaturePipeline.fit(tickets, plan, options);
    expect(features.kind).toBe('dense');
    const loaded = FeaturePipeline.fromJSON(JSON.parse(JSON.stringify(pipeline)));
    expect(loaded.transform(tickets)).toEqual(features);
    expect(loaded.featureNames).toEqual(pipeline.featureNames);
  });

  it('names a missing input column', () => {
    const { pipeline } = FeaturePipeline.fit(tickets, [{ column: 'amount', kind: 'numeric' }]);
    expect(() => pipeline.transform({ rowCount: 0, columns: [] })).toThrowError(/column "amount" is missing/);
  });
});
