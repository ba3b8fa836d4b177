import { SextantError } from '../core/sextant-error.js';
import { decodeFloat64 } from './decode-float64.js';

/**
 * Reads the plain-JSON state of a fitted featurizer or model, checking each field's type as it goes.
 * Loading an artifact is parsing data, never running code: every `fromJSON` goes through this reader,
 * so a tampered or truncated file fails with INVALID_ARGUMENT naming the field, not with a TypeError
 * deep inside a prediction.
 */
export class StateReader {
  private readonly record: Readonly<Record<string, unknown>>;

  constructor(
    value: unknown,
    private readonly what: string,
  ) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail('must be an object');
    this.record = value as Record<string, unknown>;
  }

  /** Throws INVALID_ARGUMENT about this state. */
  fail(problem: string): never {
    throw new SextantError('INVALID_ARGUMENT', `${this.what}: ${problem}`, { what: this.what });
  }

  /** Checks `key` holds exactly `expected` (a format tag or version). */
  literal(key: string, expected: string | number): void {
    if (this.record[key] !== expected) this.fail(`${key} must be ${JSON.stringify(expected)}`);
  }

  string(key: string): string {
    const v = this.record[key];
    return typeof v === 'string' ? v : this.fail(`${key} must be a string`);
  }

  /** A finite number. */
  number(key: string): number {
    const v = this.record[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : this.fail(`${key} must be a finite number`);
  }

  /** An integer within [min, max]. */
  integer(key: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const v = this.number(key);
    return Number.isInteger(v) && v >= min && v <= max
      ? v
      : this.fail(`${key} must be an integer in [${min}, ${max}]`);
  }

  boolean(key: string): boolean {
    const v = this.record[key];
    return typeof v === 'boolean' ? v : this.fail(`${key} must be a boolean`);
  }

  strings(key: string): string[] {
    const v = this.record[key];
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
      this.fail(`${key} must be an array of strings`);
    return v as string[];
  }

  /** A float64 vector stored by `encodeFloat64`, optionally of a given length. */
  float64(key: string, length?: number): Float64Array {
    const values = decodeFloat64(this.string(key));
    if (length !== undefined && values.length !== length)
      this.fail(`${key} must hold ${length} values, not ${values.length}`);
    if (values.some((x) => !Number.isFinite(x))) this.fail(`${key} must hold finite values`);
    return values;
  }

  /** An array of raw values, each read further by the caller. */
  array(key: string): unknown[] {
    const v = this.record[key];
    return Array.isArray(v) ? v : this.fail(`${key} must be an array`);
  }

  /** The raw value of a field (for nested states read by their own reader). */
  raw(key: string): unknown {
    return this.record[key];
  }
}
