import { describe, expect, it } from 'vitest';
import { decideColumnType } from './decide-column-type.js';

const decide = (sourceType: string, presentCount: number, distinctCount: number) =>
  decideColumnType({ sourceType, presentCount, distinctCount });

describe('decideColumnType', () => {
  it('makes floating-point numeric whatever the cardinality', () => {
    expect(decide('DOUBLE', 100, 2)).toEqual({ type: 'numeric', reason: 'DOUBLE is floating-point' });
    expect(decide('DECIMAL(9,2)', 5, 5).type).toBe('numeric');
    expect(decide('FLOAT', 1, 1).type).toBe('numeric');
  });

  it('makes integers categorical up to 10 distinct values and numeric above', () => {
    expect(decide('BIGINT', 1000, 10)).toEqual({
      type: 'categorical',
      reason: 'BIGINT with 10 distinct values (at most 10)',
    });
    expect(decide('INTEGER', 1000, 11)).toEqual({
      type: 'numeric',
      reason: 'INTEGER with 11 distinct values (more than 10)',
    });
    expect(decide('TINYINT', 3, 1).reason).toBe('TINYINT with 1 distinct value (at most 10)');
  });

  it('makes booleans boolean and dates datetime', () => {
    expect(decide('BOOLEAN', 10, 2)).toEqual({ type: 'boolean', reason: 'BOOLEAN values' });
    expect(decide('DATE', 10, 10)).toEqual({ type: 'datetime', reason: 'DATE values (dates and times)' });
    expect(decide('TIMESTAMP WITH TIME ZONE', 10, 1).type).toBe('datetime');
  });

  it('makes strings text only above 20 values with more than half distinct', () => {
    expect(decide('VARCHAR', 21, 11)).toEqual({
      type: 'text',
      reason: 'VARCHAR with 11 distinct of 21 values (more than half distinct)',
    });
    expect(decide('VARCHAR', 22, 11)).toEqual({
      type: 'categorical',
      reason: 'VARCHAR with 11 distinct of 22 values (at most half distinct)',
    });
  });

  it('keeps small string samples categorical', () => {
    expect(decide('VARCHAR', 20, 20)).toEqual({
      type: 'categorical',
      reason: 'VARCHAR with only 20 values (20 or fewer cannot show free text)',
    });
  });

  it('makes strings that all read as timestamps datetime', () => {
    expect(
      decideColumnType({ sourceType: 'VARCHAR', presentCount: 3, distinctCount: 3, allTimestamps: true }),
    ).toEqual({
      type: 'datetime',
      reason: 'VARCHAR values that all read as timestamps (ISO 8601)',
    });
    expect(
      decideColumnType({ sourceType: 'UUID', presentCount: 3, distinctCount: 3, allTimestamps: true }).type,
    ).toBe('categorical');
  });

  it('applies the string rule to other types through their text form', () => {
    expect(decide('UUID', 100, 100).type).toBe('text');
    expect(decide('STRUCT(a INTEGER)', 100, 3).type).toBe('categorical');
  });
});
