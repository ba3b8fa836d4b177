import { describe, expect, it } from 'vitest';
import { catchSextantError } from '../../test-support/catch-sextant-error.js';
import { encodeClasses } from './encode-classes.js';

describe('encodeClasses', () => {
  it('maps labels to indices in increasing label order', () => {
    const { classes, codes } = encodeClasses(Float64Array.of(7, -1, 7, 3));
    expect(classes).toEqual([-1, 3, 7]);
    expect([...codes]).toEqual([2, 0, 2, 1]);
  });

  it('rejects a missing label', async () => {
    const error = await catchSextantError((async () => encodeClasses(Float64Array.of(1, Number.NaN)))());
    expect(error.code).toBe('INVALID_ARGUMENT');
  });
});
