import { describe, expect, it } from 'vitest';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { tempFolder } from '../test-support/temp-files.js';
import { countRows } from './count-rows.js';

const { write } = tempFolder('sextant-count-rows-');

describe('countRows', () => {
  it('counts data rows as readFrame reads them: quoted newlines inside a row, JSON lines', async () => {
    expect(await countRows(write('q.csv', 'a,b\n1,"x\ny"\n2,z\n3,w\n'))).toBe(3);
    expect(await countRows(write('h.csv', 'a,b\n'))).toBe(0);
    expect(await countRows(write('l.jsonl', '{"a":1}\n{"a":2}\n'))).toBe(2);
  });

  it('reports a missing file as opening it does', async () => {
    const error = await catchSextantError(countRows(`${write('x.csv', 'a\n1\n')}.missing.csv`));
    expect(error.code).toBe('FILE_NOT_FOUND');
  });
});
