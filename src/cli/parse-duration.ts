import { SextantError } from '../core/sextant-error.js';

const UNITS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Parses `90s`, `30m`, `24h`, `7d`, `2w` into milliseconds, or fails with INVALID_ARGUMENT naming the option. */
export function parseDuration(option: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)([smhdw])$/.exec(value.trim());
  const amount = match ? Number(match[1]) : Number.NaN;
  if (!match || !(amount > 0))
    throw new SextantError(
      'INVALID_ARGUMENT',
      `${option} must be a duration like 30m, 24h or 7d, got ${JSON.stringify(value)}`,
    );
  return amount * (UNITS[match[2] as string] as number);
}
