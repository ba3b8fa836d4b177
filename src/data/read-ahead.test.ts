import { describe, expect, it } from 'vitest';
import { readAhead } from './read-ahead.js';

/** A source that logs when each item is asked for and when it is closed. */
function logged(items: number[], log: string[], failAt?: number): AsyncGenerator<number> {
  return (async function* () {
    try {
      for (const [index, item] of items.entries()) {
        log.push(`ask ${index}`);
        await new Promise((resolve) => setImmediate(resolve));
        if (index === failAt) throw new Error(`failed at ${index}`);
        yield item;
      }
    } finally {
      log.push('closed');
    }
  })();
}

describe('readAhead', () => {
  it('asks for the next item before the current one is used, and yields them all in order', async () => {
    const log: string[] = [];
    const seen: number[] = [];
    for await (const item of readAhead(logged([10, 20, 30], log))) {
      log.push(`use ${item}`);
      seen.push(item);
    }
    expect(seen).toEqual([10, 20, 30]);
    expect(log).toEqual(['ask 0', 'ask 1', 'use 10', 'ask 2', 'use 20', 'closed', 'use 30']);
  });

  it('settles the request in flight and closes the source when the caller stops early', async () => {
    const log: string[] = [];
    const work = async () => {
      for await (const item of readAhead(logged([1, 2, 3], log, 1))) {
        log.push(`use ${item}`);
        throw new Error('caller failed');
      }
    };
    await expect(work()).rejects.toThrow('caller failed');
    expect(log).toEqual(['ask 0', 'ask 1', 'use 1', 'closed']);
  });

  it('passes on an error of the source', async () => {
    const work = async () => {
      const seen: number[] = [];
      for await (const item of readAhead(logged([1, 2, 3], [], 2))) seen.push(item);
      return seen;
    };
    await expect(work()).rejects.toThrow('failed at 2');
  });
});
