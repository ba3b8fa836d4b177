import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { readHeaderFields } from './read-header-fields.js';

const { write } = tempFolder('sextant-header-');

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
