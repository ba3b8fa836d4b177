import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { readFrame } from './read-frame.js';
import { writeCsv } from './write-csv.js';

const { dir } = tempFolder('sextant-write-csv-');

describe('writeCsv', () => {
  it('quotes only what needs quoting and writes missing values as empty fields', async () => {
    const path = join(dir, 'q.csv');
    await writeCsv(path, [
      { a: 'plain', b: 1.5, c: null },
      { a: 'comma, "quote"\nnewline', b: Number.NaN, c: 'x' },
    ]);
    expect(readFileSync(path, 'utf8')).toBe('a,b,c\nplain,1.5,\n"comma, ""quote""\nnewline",,x\n');
    const { frame } = await readFrame(path, { columns: ['a'] });
    const column = frame.columns[0];
    expect(column?.type === 'categorical' ? column.dictionary : []).toContain('comma, "quote"\nnewline');
  });
});
