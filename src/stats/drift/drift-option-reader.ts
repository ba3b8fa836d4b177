import { SextantError } from '../../core/sextant-error.js';
import type { DriftOptions } from './drift-statistic.js';

/**
 * Reads and validates the per-call options of one drift statistic (`--test col=psi:buckets=20`). Unknown
 * option names and out-of-range values are INVALID_ARGUMENT errors that name the statistic and the
 * option, because a typo in an option must not silently fall back to the default. Numbers may arrive
 * as strings from the command line.
 *
 * @example new DriftOptionReader('psi', { buckets: '20' }, ['buckets']).integer('buckets', 10, 1) // 20
 */
export class DriftOptionReader {
  constructor(
    private readonly statistic: string,
    private readonly options: DriftOptions | undefined,
    allowed: readonly string[],
  ) {
    for (const key of Object.keys(options ?? {})) {
      if (!allowed.includes(key)) {
        const known = allowed.length > 0 ? `; it accepts ${allowed.join(', ')}` : '; it takes no options';
        throw new SextantError(
          'INVALID_ARGUMENT',
          `unknown option "${key}" for drift test ${statistic}${known}`,
          {
            statistic,
            option: key,
          },
        );
      }
    }
  }

  /** The option as given (undefined when absent), for options that accept a word or a number. */
  raw(key: string): number | string | boolean | undefined {
    return this.options?.[key];
  }

  /** A number option, `fallback` when absent; must be finite and at least `minimum` (above it if `exclusive`). */
  number(key: string, fallback: number, minimum = Number.NEGATIVE_INFINITY, exclusive = false): number {
    const raw = this.options?.[key];
    if (raw === undefined) return fallback;
    const value =
      typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
    if (!Number.isFinite(value) || value < minimum || (exclusive && value === minimum)) {
      this.fail(key, raw, `a number ${exclusive ? 'above' : 'of at least'} ${minimum}`);
    }
    return value;
  }

  /** An integer option of at least `minimum`. */
  integer(key: string, fallback: number, minimum: number): number {
    const value = this.number(key, fallback, minimum);
    if (!Number.isInteger(value)) this.fail(key, this.options?.[key], `an integer of at least ${minimum}`);
    return value;
  }

  /** One of `choices`. */
  choice<T extends string>(key: string, choices: readonly T[], fallback: T): T {
    const raw = this.options?.[key];
    if (raw === undefined) return fallback;
    const value = String(raw);
    if (!(choices as readonly string[]).includes(value)) this.fail(key, raw, `one of ${choices.join(', ')}`);
    return value as T;
  }

  private fail(key: string, value: unknown, expected: string): never {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `option ${key}=${String(value)} of drift test ${this.statistic} must be ${expected}`,
      { statistic: this.statistic, option: key, value },
    );
  }
}
