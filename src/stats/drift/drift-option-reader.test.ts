import { describe, expect, it } from 'vitest';
import { isSextantError } from '../../core/sextant-error.js';
import { DriftOptionReader } from './drift-option-reader.js';

function invalid(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(isSextantError(error, 'INVALID_ARGUMENT')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected INVALID_ARGUMENT');
}

describe('DriftOptionReader', () => {
  it('reads numbers given as numbers or strings, and falls back when absent', () => {
    const reader = new DriftOptionReader('psi', { buckets: '20', base: 2 }, ['buckets', 'base']);
    expect(reader.integer('buckets', 10, 1)).toBe(20);
    expect(reader.number('base', Math.E, 1, true)).toBe(2);
    expect(new DriftOptionReader('psi', undefined, ['buckets']).integer('buckets', 10, 1)).toBe(10);
  });

  it('rejects unknown options, naming the statistic and what it accepts', () => {
    expect(invalid(() => new DriftOptionReader('psi', { bucket: 5 }, ['buckets']))).toMatch(
      /bucket.*psi.*buckets/,
    );
    expect(invalid(() => new DriftOptionReader('energy', { x: 1 }, []))).toMatch(/takes no options/);
  });

  it('rejects out-of-range, non-integer and non-numeric values', () => {
    const reader = new DriftOptionReader('psi', { buckets: 0, size: 2.5, base: 1, word: 'ten' }, [
      'buckets',
      'size',
      'base',
      'word',
    ]);
    expect(invalid(() => reader.integer('buckets', 10, 1))).toMatch(/buckets=0/);
    expect(invalid(() => reader.integer('size', 10, 1))).toMatch(/integer/);
    expect(invalid(() => reader.number('base', Math.E, 1, true))).toMatch(/above 1/);
    expect(invalid(() => reader.number('word', 1))).toMatch(/word=ten/);
  });

  it('reads a choice', () => {
    const reader = new DriftOptionReader('ks', { method: 'exact' }, ['method']);
    expect(reader.choice('method', ['auto', 'exact'], 'auto')).toBe('exact');
    expect(
      invalid(() =>
        new DriftOptionReader('ks', { method: 'fast' }, ['method']).choice('method', ['auto'], 'auto'),
      ),
    ).toMatch(/one of auto/);
  });
});
