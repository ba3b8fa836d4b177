import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { parseSchemaFile } from './parse-schema-file.js';

const { dir, write } = tempFolder('sextant-schema-file-');

describe('parseSchemaFile', () => {
  it('reads a schema file', async () => {
    const path = write(
      'ok.json',
      '\uFEFF{"columns": {"zip": "categorical", "y": {"type": "numeric", "required": true}}}',
    );
    const parsed = await parseSchemaFile(path);
    expect(parsed.source).toBe(path);
    expect(parsed.columns.get('zip')).toEqual({ type: 'categorical', required: false });
    expect(parsed.columns.get('y')).toEqual({ type: 'numeric', required: true });
  });

  it('names the file in SCHEMA_INVALID', async () => {
    const path = write('bad.json', '{"columns": {"a": "number"}}');
    await expect(parseSchemaFile(path)).rejects.toMatchObject({
      code: 'SCHEMA_INVALID',
      message: `${path}: column "a": unknown type "number" (use one of numeric, categorical, text, datetime, boolean)`,
    });
    const empty = write('empty.json', '  \n');
    await expect(parseSchemaFile(empty)).rejects.toMatchObject({
      code: 'SCHEMA_INVALID',
      message: `${empty}: the schema file is empty`,
    });
  });

  it('reports a missing file as FILE_NOT_FOUND', async () => {
    const path = join(dir, 'nope.json');
    await expect(parseSchemaFile(path)).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: `${path}: no such file`,
    });
  });
});
