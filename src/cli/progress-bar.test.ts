import { describe, expect, it } from 'vitest';
import { createProgressBar } from './progress-bar.js';

describe('createProgressBar', () => {
  it('draws in place, throttles redraws and ends its line once', () => {
    const out: string[] = [];
    let time = 0;
    const bar = createProgressBar(
      (t) => out.push(t),
      () => time,
    );
    bar.update('loading', 0, 10);
    time = 50;
    bar.update('loading', 5, 10);
    time = 200;
    bar.update('loading', 5, 10);
    bar.update('loading', 10, 10);
    bar.finish();
    bar.finish();
    expect(out).toEqual([
      `\rloading [${'.'.repeat(30)}] 0/10 0%`,
      `\rloading [${'#'.repeat(15)}${'.'.repeat(15)}] 5/10 50%`,
      `\rloading [${'#'.repeat(30)}] 10/10 100%`,
      '\n',
    ]);
  });
});
