import { describe, expect, it } from 'vitest';
import { duckdbTypeKind } from './duckdb-type-kind.js';

describe('duckdbTypeKind', () => {
  it.each([
    ['BOOLEAN', 'boolean'],
    ['DOUBLE', 'float'],
    ['FLOAT', 'float'],
    ['DECIMAL(18,3)', 'float'],
    ['TINYINT', 'integer'],
    ['BIGINT', 'integer'],
    ['UHUGEINT', 'integer'],
    ['DATE', 'datetime'],
    ['TIMESTAMP', 'datetime'],
    ['TIMESTAMP_NS', 'datetime'],
    ['TIMESTAMP WITH TIME ZONE', 'datetime'],
    ['VARCHAR', 'string'],
    ['STRUCT(x BIGINT)', 'nested'],
    ['BIGINT[]', 'nested'],
    ['DOUBLE[3]', 'nested'],
    ['MAP(VARCHAR, INTEGER)', 'nested'],
    ['JSON', 'nested'],
    ['TIME', 'other'],
    ['UUID', 'other'],
    ['BLOB', 'other'],
  ])('%s is %s', (type, kind) => {
    expect(duckdbTypeKind(type)).toBe(kind);
  });
});
