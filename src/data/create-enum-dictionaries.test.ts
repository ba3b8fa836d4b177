import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEnumDictionaries } from './create-enum-dictionaries.js';
import { FileSource } from './file-source.js';
import { withDuckDB } from './with-duckdb.js';

const dir = mkdtempSync(join(tmpdir(), 'sextant-enum-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createEnumDictionaries', () => {
  it('creates one ENUM per column with its distinct non-null labels', async () => {
    const path = join(dir, 'labels.csv');
    writeFileSync(path, 'a,b\nx,\ny,\nx,\n"it\'s ""q""",\n');
    const { dictionaries, codes } = await withDuckDB(async (connection) => {
      const source = await FileSource.open(connection, path);
      const made = await createEnumDictionaries(source, ['"a"', '"b"']);
      const rows = await source.rows(`enum_code(CAST("a" AS ${made[0]?.typeName}))`);
      return { dictionaries: made, codes: rows.map(([code]) => code) };
    });
    expect(dictionaries.map((d) => d.typeName)).toEqual(['sextant_enum_0', 'sextant_enum_1']);
    expect([...(dictionaries[0]?.labels ?? [])].sort()).toEqual(['it\'s "q"', 'x', 'y']);
    expect(dictionaries[1]?.labels).toEqual([]);
    const labels = dictionaries[0]?.labels ?? [];
    expect(codes.map((code) => labels[Number(code)])).toEqual(['x', 'y', 'x', 'it\'s "q"']);
  });

  it('does nothing without columns', async () => {
    const path = join(dir, 'none.csv');
    writeFileSync(path, 'a\n1\n');
    const made = await withDuckDB(async (connection) =>
      createEnumDictionaries(await FileSource.open(connection, path), []),
    );
    expect(made).toEqual([]);
  });
});
