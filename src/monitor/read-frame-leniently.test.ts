import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { readFrameLeniently } from './read-frame-leniently.js';

const folder = tempFolder('sextant-lenient-');

describe('readFrameLeniently', () => {
  it('reads a column without any value as an all-missing categorical column', async () => {
    const path = folder.write('a.csv', 'x,empty\n1.5,\n2.5,\n');
    const { frame, absent } = await readFrameLeniently(path);
    expect(absent).toEqual([]);
    expect(frame.columns.map((column) => [column.name, column.type])).toEqual([
      ['x', 'numeric'],
      ['empty', 'categorical'],
    ]);
    expect(frame.columns[1]!.type === 'categorical' && Array.from(frame.columns[1]!.codes)).toEqual([-1, -1]);
  });

  it('leaves out selected columns the file lacks and lists them', async () => {
    const path = folder.write('b.csv', 'x,y\n1,a\n2,b\n');
    const { frame, absent } = await readFrameLeniently(path, { columns: ['y', 'nope', 'x', 'gone'] });
    expect(frame.columns.map((column) => column.name)).toEqual(['y', 'x']);
    expect(absent).toEqual(['nope', 'gone']);
  });

  it('keeps readFrame errors for bad files and required columns', async () => {
    await expect(readFrameLeniently(folder.write('c.csv', 'x,y\n1\n'))).rejects.toMatchObject({
      code: 'FILE_PARSE_ERROR',
    });
    const required = { source: 'schema.json', columns: new Map([['z', { required: true }]]) };
    await expect(
      readFrameLeniently(folder.write('d.csv', 'x\n1\n'), { columns: ['z'], overrides: required }),
    ).rejects.toMatchObject({ code: 'COLUMN_MISSING' });
  });
});
