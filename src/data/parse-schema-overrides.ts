import { COLUMN_TYPES, type ColumnType } from '../core/column-type.js';
import { SextantError } from '../core/sextant-error.js';
import type { ColumnOverride, SchemaOverrides } from './schema-overrides.js';
import { showValue } from './show-value.js';

const EXAMPLE = '{"columns": {"city": "categorical", "price": {"type": "numeric", "required": true}}}';

/**
 * Parses the text of a schema file (see docs/data.md):
 * `{"columns": {"name": "categorical", "other": {"type": "numeric", "required": true}}}`.
 * Each column maps to a type name, or to an object with `type` and/or `required`.
 *
 * Strict on purpose: an unknown key or type name is a typo that would otherwise silently
 * leave inference in charge. Throws SCHEMA_INVALID naming `source` and the problem.
 */
export function parseSchemaOverrides(text: string, source: string): SchemaOverrides {
  const fail = (problem: string): never => {
    throw new SextantError('SCHEMA_INVALID', `${source}: ${problem}`, { path: source });
  };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/, ".*" is not valid JSON$/s, '') : '';
    return fail(`not valid JSON (${detail})`);
  }
  if (!isObject(document)) return fail(`expected an object like ${EXAMPLE}`);
  for (const key of Object.keys(document)) {
    if (key !== 'columns') fail(`unknown key ${showValue(key)} (only "columns" is allowed)`);
  }
  const entries = document.columns;
  if (!isObject(entries)) return fail(`"columns" must be an object like ${EXAMPLE}`);
  const columns = new Map<string, ColumnOverride>();
  for (const [name, entry] of Object.entries(entries)) {
    if (name.trim() === '') fail('a column name is empty');
    const where = `column ${showValue(name)}`;
    if (typeof entry === 'string') {
      columns.set(name, { type: checkType(entry, where, fail), required: false });
    } else if (isObject(entry)) {
      for (const key of Object.keys(entry)) {
        if (key !== 'type' && key !== 'required')
          fail(`${where}: unknown key ${showValue(key)} (use "type" and "required")`);
      }
      if (entry.required !== undefined && typeof entry.required !== 'boolean') {
        fail(`${where}: "required" must be true or false`);
      }
      if (entry.type === undefined && entry.required === undefined)
        fail(`${where}: give a "type", "required" or both`);
      const type = entry.type === undefined ? undefined : checkType(entry.type, where, fail);
      columns.set(name, { ...(type === undefined ? {} : { type }), required: entry.required === true });
    } else {
      fail(`${where}: expected a type name or an object like {"type": "numeric", "required": true}`);
    }
  }
  return { source, columns };
}

function checkType(value: unknown, where: string, fail: (problem: string) => never): ColumnType {
  if (typeof value === 'string' && (COLUMN_TYPES as readonly string[]).includes(value))
    return value as ColumnType;
  return fail(`${where}: unknown type ${JSON.stringify(value)} (use one of ${COLUMN_TYPES.join(', ')})`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
