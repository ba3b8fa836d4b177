import { ERROR_CATALOGUE, type ErrorCode } from './error-catalogue.js';

/**
 * The only error type Sextant throws on purpose. It carries a catalogue code, so that the server
 * can answer with the right HTTP status and the CLI with the right exit code, and a message that
 * is safe to show to a user (no stack, no internals).
 *
 * @example throw new SextantError('FILE_NOT_FOUND', `no such file: ${path}`, { path });
 */
export class SextantError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'SextantError';
    this.code = code;
    this.details = details;
  }

  /** The HTTP status the catalogue gives this error's code. */
  get status(): number {
    return ERROR_CATALOGUE[this.code].status;
  }

  /** The process exit code the catalogue gives this error's code. */
  get exitCode(): number {
    return ERROR_CATALOGUE[this.code].exit;
  }

  /** The error as a client sees it: code, message and details, never a stack. */
  toJSON(): { code: ErrorCode; message: string; details: Readonly<Record<string, unknown>> } {
    return { code: this.code, message: this.message, details: this.details };
  }
}

/** True when `error` is a {@link SextantError}, optionally of one code. */
export function isSextantError(error: unknown, code?: ErrorCode): error is SextantError {
  return error instanceof SextantError && (code === undefined || error.code === code);
}
