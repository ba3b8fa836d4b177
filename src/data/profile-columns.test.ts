import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { FileSource } from './file-source.js';
import { profileColumns } from './profile-columns.js';
import { withDuckDB } from './with-duckdb.js';

const { write } = tempFolder('sextant-profile-columns-');

describe('profileColumns', () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `${i * 0.5},${i % 7},d${i % 3000}`);
  const path = write('values.csv', `x,small,label\n${rows.join('\n')}\n`);
  const profile = (estimateDistinct: boolean) =>
    withDuckDB(async (connection) => {
      const source = await FileSource.open(connection, path);
      return profileColumns(
        source,
        source.columns.map((column) => ({ column })),
        { estimateDistinct },
      );
    });

  it('counts distinct values exactly by default', async () => {
    const { rowCount, counts } = await profile(false);
    expect(rowCount).toBe(5000);
    expect(counts.map((c) => [c.distinctCount, c.distinctApproximate])).toEqual([
      [5000, false],
      [7, false],
      [3000, false],
    ]);
  });

  it('estimates float distinct counts on request and keeps integer and string counts exact', async () => {
    const { counts } = await profile(true);
    const [x, small, label] = counts;
    expect(x?.distinctApproximate).toBe(true);
    expect(Math.abs((x?.distinctCount ?? 0) - 5000)).toBeLessThanOrEqual(0.15 * 5000);
    expect([small?.distinctCount, small?.distinctApproximate]).toEqual([7, false]);
    expect([label?.distinctCount, label?.distinctApproximate]).toEqual([3000, false]);
  });
});
