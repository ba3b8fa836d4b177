import { describe, expect, it } from 'vitest';
import { defaultDriftStatisticCatalog } from '../stats/drift-engine/default-drift-statistic-catalog.js';
import { parseDriftSettings } from './parse-drift-settings.js';

const parse = (options: Parameters<typeof parseDriftSettings>[0]) =>
  parseDriftSettings(options, defaultDriftStatisticCatalog);

describe('parseDriftSettings', () => {
  it('reads all-columns, per-type and per-column values, the later one winning', () => {
    const settings = parse({
      test: ['psi:buckets=20', 'type:categorical=chisquare', 'age=ks:method=exact', 'age=wasserstein_norm'],
      threshold: ['0.2', 'type:text=0.3', 'a=b=0.4'],
      fail: ['age=0.9'],
      driftShare: '0.3',
      columns: ['age'],
    });
    expect(settings).toEqual({
      columns: ['age'],
      test: {
        all: { name: 'psi', options: { buckets: 20 } },
        byType: { categorical: { name: 'chisquare' } },
        byColumn: new Map([['age', { name: 'wasserstein_norm' }]]),
      },
      threshold: { all: 0.2, byType: { text: 0.3 }, byColumn: new Map([['a=b', 0.4]]) },
      failThreshold: { byType: {}, byColumn: new Map([['age', 0.9]]) },
      driftShare: 0.3,
    });
  });

  it('reads test options as numbers, booleans or strings', () => {
    const settings = parse({ test: ['x=ks:method=asymptotic:flag=true:n=3'] });
    expect(settings.test?.byColumn?.get('x')).toEqual({
      name: 'ks',
      options: { method: 'asymptotic', flag: true, n: 3 },
    });
  });

  it('refuses unknown tests and types, bad numbers and drift shares', () => {
    expect(() => parse({ test: ['x=nope'] })).toThrow(/unknown test "nope" \(use one of .*chisquare.*\)/);
    expect(() => parse({ test: ['type:float=ks'] })).toThrow(/unknown column type "float"/);
    expect(() => parse({ threshold: ['x=abc'] })).toThrow(/--threshold: "abc" is not a number/);
    expect(() => parse({ threshold: ['=0.1'] })).toThrow(/expected VALUE, COLUMN=VALUE or type:TYPE=VALUE/);
    expect(() => parse({ test: ['x=ks:method'] })).toThrow(/options are written NAME:OPTION=VALUE/);
    expect(() => parse({ driftShare: '0' })).toThrow(/--drift-share must be in \(0, 1\]/);
  });
});
