import { readFile } from 'node:fs/promises';
import { SextantError } from '../core/sextant-error.js';
import { parseSchemaOverrides } from './parse-schema-overrides.js';
import type { SchemaOverrides } from './schema-overrides.js';

/**
 * Reads and parses a schema file that fixes column types and required columns, to pass as
 * `overrides` to inferSchema and readFrame. The format is in docs/data.md:
 * `{"columns": {"zip": "categorical", "price": {"type": "numeric", "required": true}}}`.
 *
 * @throws SextantError FILE_NOT_FOUND when the file cannot be read, SCHEMA_INVALID when it is
 * malformed (bad JSON, wrong shape, unknown type), naming the file and the problem.
 */
export async function parseSchemaFile(path: string): Promise<SchemaOverrides> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw new SextantError('FILE_NOT_FOUND', `${path}: ${reason}`, { path });
  }
  if (text.trim() === '')
    throw new SextantError('SCHEMA_INVALID', `${path}: the schema file is empty`, { path });
  return parseSchemaOverrides(text.replace(/^\uFEFF/, ''), path);
}
