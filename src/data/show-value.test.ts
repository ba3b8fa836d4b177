import { describe, expect, it } from 'vitest';
import { showValue } from './show-value.js';

describe('showValue', () => {
  it('quotes and escapes so the message stays on one line', () => {
    expect(showValue('abc')).toBe('"abc"');
    expect(showValue('say "hi"\nbye')).toBe('"say \\"hi\\"\\nbye"');
  });

  it('cuts long values after 60 characters', () => {
    expect(showValue('x'.repeat(61))).toBe(`"${'x'.repeat(60)}..."`);
    expect(showValue('y'.repeat(60))).toBe(`"${'y'.repeat(60)}"`);
  });
});
