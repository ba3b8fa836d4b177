import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { checkFile } from './check-file.js';
import { inferSchema } from './infer-schema.js';

const { dir, write } = tempFolder('sextant-check-file-');

describe('checkFile', () => {
  it('returns the size of a readable file', async () => {
    expect(await checkFile(write('ok.csv', 'a\n1\n'))).toBe(4);
  });

  it('reports a missing file as FILE_NOT_FOUND', async () => {
    const path = join(dir, 'missing.csv');
    await expect(checkFile(path)).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: `${path}: no such file`,
    });
  });

  it('reports a directory as FILE_NOT_FOUND', async () => {
    const path = join(dir, 'folder.csv');
    mkdirSync(path);
    await expect(checkFile(path)).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: `${path}: not a regular file`,
    });
  });

  it('reports an empty or blank file as FILE_EMPTY', async () => {
    for (const [name, text] of [
      ['empty.csv', ''],
      ['blank.jsonl', '\n\n  \r\n'],
      ['bom.csv', '\uFEFF\n'],
    ]) {
      const path = write(name ?? '', text ?? '');
      await expect(checkFile(path)).rejects.toMatchObject({
        code: 'FILE_EMPTY',
        message: `${path}: the file is empty`,
      });
    }
  });

  it('runs before DuckDB sees the file', async () => {
    const path = join(dir, 'nope.parquet');
    await expect(inferSchema(path)).rejects.toMatchObject({
      code: 'FILE_NOT_FOUND',
      message: `${path}: no such file`,
    });
    const empty = write('empty.parquet', '');
    await expect(inferSchema(empty)).rejects.toMatchObject({ code: 'FILE_EMPTY' });
  });
});
