import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';
import { formatNumber } from './format-number';
import { formatPercent } from './format-percent';
import { formatTime } from './format-time';

describe('formatting', () => {
  it('keeps integers whole, rounds others to 4 significant digits, dashes missing values', () => {
    expect(formatNumber(1234567)).toBe('1234567');
    expect(formatNumber(0.912345)).toBe('0.9123');
    expect(formatNumber(12.34567)).toBe('12.35');
    expect(formatNumber(0.00001234)).toBe('1.23e-5');
    expect(formatNumber(null)).toBe('–');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('shows shares as percentages and durations in readable units', () => {
    expect(formatPercent(0.8512)).toBe('85.1%');
    expect(formatPercent(undefined)).toBe('–');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_400)).toBe('12.4 s');
    expect(formatDuration(185_000)).toBe('3 min 05 s');
  });

  it('shows times in UTC whatever the zone of the offset given', () => {
    expect(formatTime('2024-05-01T14:00:03+02:00')).toBe('2024-05-01 12:00:03 UTC');
    expect(formatTime('2024-05-01T12:00:03.456Z', true)).toBe('05-01 12:00');
    expect(formatTime('not a date')).toBe('not a date');
    expect(formatTime(null)).toBe('–');
  });
});
