import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../core/column-type.js';
import { mayRejectValues } from './may-reject-values.js';

describe('mayRejectValues', () => {
  it('is false only where every present value converts', () => {
    const table = (sourceType: string) =>
      (['numeric', 'datetime', 'boolean', 'categorical', 'text'] as ColumnType[]).map((type) =>
        mayRejectValues({ name: 'x', sourceType }, type),
      );
    expect(table('DOUBLE')).toEqual([false, true, true, false, false]);
    expect(table('BIGINT')).toEqual([false, true, true, false, false]);
    expect(table('BOOLEAN')).toEqual([false, true, false, false, false]);
    expect(table('VARCHAR')).toEqual([true, true, true, false, false]);
    expect(table('TIMESTAMP')).toEqual([true, true, true, false, false]);
    expect(table('STRUCT(a INTEGER)')).toEqual([true, true, true, false, false]);
  });
});
