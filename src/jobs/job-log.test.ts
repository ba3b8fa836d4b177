import { describe, expect, it } from 'vitest';
import { JobLog } from './job-log.js';

describe('JobLog', () => {
  it('stamps each line with the clock and splits multi-line text', () => {
    let now = Date.parse('2024-05-01T00:00:00Z');
    const log = new JobLog({ now: () => new Date(now) });
    log.add('first');
    now += 250;
    log.add('second\r\nthird');
    expect(log.text()).toBe(
      [
        '2024-05-01T00:00:00.000Z first',
        '2024-05-01T00:00:00.250Z second',
        '2024-05-01T00:00:00.250Z third',
      ].join('\n'),
    );
  });

  it('keeps 2000 lines of at most 4000 characters and says how many it dropped', () => {
    const log = new JobLog({ now: () => new Date(0) });
    log.add('x'.repeat(5000));
    for (let i = 1; i < 2010; i += 1) log.add(`line ${i}`);
    const lines = log.text().split('\n');
    expect(lines).toHaveLength(2001);
    expect(lines[0]).toBe(`1970-01-01T00:00:00.000Z ${'x'.repeat(4000)}…`);
    expect(lines[1999]).toBe('1970-01-01T00:00:00.000Z line 1999');
    expect(lines[2000]).toBe('(10 more lines dropped: the log keeps 2000)');
  });
});
