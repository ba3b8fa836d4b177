import { describe, expect, it } from 'vitest';
import { catchSextantError } from '../test-support/catch-sextant-error.js';
import { assertCron } from './assert-cron.js';

const rejection = async (expression: string) =>
  catchSextantError(
    Promise.resolve().then(() => assertCron(expression, 'tag sextant.monitor.schedule of model m')),
  );

describe('assertCron', () => {
  it('accepts standard five-field expressions and trims them', () => {
    for (const expression of [
      '0 */6 * * *',
      '0 3 * * 1',
      '*/15 8-18 * * MON-FRI',
      '0 0 1,15 JAN,JUL *',
      '5 4 * * 0',
    ]) {
      expect(assertCron(` ${expression} `, 'test')).toBe(expression);
    }
  });

  it('rejects other field counts, nicknames and extensions, naming the source', async () => {
    const cases: [string, string][] = [
      ['0 0 */6 * * *', 'has 6 fields'],
      ['0 3 * *', 'has 4 fields'],
      ['@weekly', 'has 1 field;'],
      ['0 3 L * *', 'uses syntax beyond'],
      ['0 3 ? * 1', 'uses syntax beyond'],
      ['0 3 * * FRI#2', 'uses syntax beyond'],
    ];
    for (const [expression, problem] of cases) {
      const error = await rejection(expression);
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.message).toContain(problem);
      expect(error.message).toContain('(tag sextant.monitor.schedule of model m)');
      expect(error.details).toEqual({
        schedule: expression,
        source: 'tag sextant.monitor.schedule of model m',
      });
    }
  });

  it("rejects values croner cannot place, with croner's reason", async () => {
    expect((await rejection('0 25 * * *')).message).toContain('hour');
    expect((await rejection('61 * * * *')).message).toContain('minute');
    expect((await rejection('0 0 * 13 *')).message).toContain('month');
    expect((await rejection('0 0 * * XYZ')).code).toBe('INVALID_ARGUMENT');
  });
});
