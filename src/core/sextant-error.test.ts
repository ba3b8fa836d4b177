import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from './error-catalogue.js';
import { isSextantError, SextantError } from './sextant-error.js';

describe('SextantError', () => {
  it('takes status and exit code from the catalogue', () => {
    const error = new SextantError('DATASET_NOT_FOUND', 'no dataset weather', { name: 'weather' });
    expect(error.status).toBe(404);
    expect(error.exitCode).toBe(1);
    expect(isSextantError(error, 'DATASET_NOT_FOUND')).toBe(true);
    expect(isSextantError(error, 'RUN_NOT_FOUND')).toBe(false);
    expect(isSextantError(new Error('x'))).toBe(false);
  });

  it('serializes without a stack', () => {
    const json = JSON.stringify(new SextantError('INTERNAL', 'boom'));
    expect(JSON.parse(json)).toEqual({ code: 'INTERNAL', message: 'boom', details: {} });
    expect(json).not.toContain('at ');
  });

  it('gives every code a 4xx or 5xx status and a summary', () => {
    for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
      expect(entry.status, code).toBeGreaterThanOrEqual(400);
      expect(entry.status, code).toBeLessThan(600);
      expect(entry.summary.length, code).toBeGreaterThan(10);
    }
  });
});
