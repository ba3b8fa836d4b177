import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHeaderFields } from './read-header-fields.js';

const dir = mkdtempSync(join(tmpdir(), 'sextant-header-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('readHeaderFields', () => {
  it('reads quoted fields with commas, escaped quotes and newlines', async () => {
    const path = write('a.csv', '\uFEFFid, "last, first" ,"say ""hi""","two\nlines",\r\n1,2,3,4,5\n');
    expect(await readHeaderFields(path, ',', true)).toEqual([
      'id',
      'last, first',
      'say "hi"',
      'two\nlines',
      '',
    ]);
  });

  it('reads a header with no newline after it', async () => {
    expect(await readHeaderFields(write('b.csv', 'a,b,a'), ',', true)).toEqual(['a', 'b', 'a']);
  });

  it('reads TSV without quoting', async () => {
    const path = write('c.tsv', 'a\t"b\tc"\nx\ty\tz\n');
    expect(await readHeaderFields(path, '\t', false)).toEqual(['a', '"b', 'c"']);
  });
});
