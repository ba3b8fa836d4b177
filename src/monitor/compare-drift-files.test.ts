import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { compareDriftFiles } from './compare-drift-files.js';
import { driftStatisticCatalog } from './drift-statistic-catalog.js';

const { write } = tempFolder('sextant-compare-drift-');

/** 3 numeric columns and a label, 40 000 rows: 240 000 numeric values in both files, enough for workers. */
function csv(name: string, shift: number): string {
  const lines = ['a,b,c,label'];
  for (let i = 0; i < 40_000; i++) {
    const u = ((i * 7919) % 40_000) / 40_000;
    lines.push(`${(u + shift).toFixed(5)},${(u * u).toFixed(5)},${i % 97},${i % 3 === 0 ? 'x' : 'y'}`);
  }
  return write(name, `${lines.join('\n')}\n`);
}

describe('compareDriftFiles', () => {
  const reference = csv('reference.csv', 0);
  const current = csv('current.csv', 0.2);

  it('compares numeric columns on worker threads with the default catalog, with the same report', async () => {
    const now = () => new Date('2026-11-23T00:00:00Z');
    const onWorkers = await compareDriftFiles({ reference, current, now });
    const inProcess = await compareDriftFiles({ reference, current, now, catalog: driftStatisticCatalog });
    const single = await compareDriftFiles({ reference, current, now, threads: 0 });
    expect(onWorkers.status === 'ok' && onWorkers.execution).toBe('workers');
    expect(inProcess.status === 'ok' && inProcess.execution).toBe('in-process');
    expect(single.status === 'ok' && single.execution).toBe('in-process');
    const report = (result: typeof onWorkers) => (result.status === 'ok' ? result.report : undefined);
    expect(report(onWorkers)).toEqual(report(inProcess));
    expect(report(onWorkers)).toEqual(report(single));
    expect(report(onWorkers)?.columns.find((column) => column.name === 'a')?.drifted).toBe(true);
  });
});
