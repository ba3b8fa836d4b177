import { SextantError } from '../core/sextant-error.js';

/** Parses a CLI option as a positive integer, or fails with INVALID_ARGUMENT naming the option. */
export function parsePositiveInt(option: string, value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `${option} must be a positive integer, got ${JSON.stringify(value)}`,
    );
  }
  return parsed;
}
