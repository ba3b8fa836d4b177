import { describe, expect, it } from 'vitest';
import { isSextantError } from '../core/sextant-error.js';
import { parseSchemaOverrides } from './parse-schema-overrides.js';

const invalid = (text: string): string => {
  try {
    parseSchemaOverrides(text, 'schema.json');
  } catch (error) {
    expect(isSextantError(error, 'SCHEMA_INVALID')).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected SCHEMA_INVALID');
};

describe('parseSchemaOverrides', () => {
  it('reads type names and objects', () => {
    const text =
      '{"columns": {"zip": "categorical", "price": {"type": "numeric", "required": true}, ' +
      '"id": {"required": true}, "note": {"type": "text", "required": false}, "__proto__": "boolean"}}';
    const parsed = parseSchemaOverrides(text, 'schema.json');
    expect(parsed.source).toBe('schema.json');
    expect([...parsed.columns]).toEqual([
      ['zip', { type: 'categorical', required: false }],
      ['price', { type: 'numeric', required: true }],
      ['id', { required: true }],
      ['note', { type: 'text', required: false }],
      ['__proto__', { type: 'boolean', required: false }],
    ]);
  });

  it('rejects malformed JSON', () => {
    expect(invalid('{"columns": {')).toMatch(/^schema\.json: not valid JSON \(/);
  });

  it('rejects unknown type names, naming the column', () => {
    expect(invalid('{"columns": {"x": "float"}}')).toBe(
      'schema.json: column "x": unknown type "float" (use one of numeric, categorical, text, datetime, boolean)',
    );
    expect(invalid('{"columns": {"x": {"type": 3}}}')).toContain('column "x": unknown type 3');
  });

  it('rejects a wrong shape', () => {
    expect(invalid('[]')).toContain('schema.json: expected an object like');
    expect(invalid('{"cols": {}}')).toBe('schema.json: unknown key "cols" (only "columns" is allowed)');
    expect(invalid('{"columns": ["a"]}')).toContain('"columns" must be an object');
    expect(invalid('{"columns": {"x": 1}}')).toContain('column "x": expected a type name or an object');
    expect(invalid('{"columns": {"x": {"kind": "numeric"}}}')).toBe(
      'schema.json: column "x": unknown key "kind" (use "type" and "required")',
    );
    expect(invalid('{"columns": {"x": {"required": "yes"}}}')).toBe(
      'schema.json: column "x": "required" must be true or false',
    );
    expect(invalid('{"columns": {"x": {}}}')).toBe(
      'schema.json: column "x": give a "type", "required" or both',
    );
    expect(invalid('{"columns": {"": "text"}}')).toBe('schema.json: a column name is empty');
  });
});
