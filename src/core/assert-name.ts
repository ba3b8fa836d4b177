import { SextantError } from './sextant-error.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * Checks a user-chosen name (dataset, model, alias): 1 to 128 letters, digits, `.`, `_`, `-`,
 * starting with a letter or digit. Names end up in URLs, metric labels and file names, so the
 * set is kept small on purpose.
 */
export function assertName(kind: string, value: string): string {
  if (!NAME.test(value)) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `${kind} name ${JSON.stringify(value)} is invalid: use 1-128 letters, digits, '.', '_' or '-', starting with a letter or digit`,
      { kind, value },
    );
  }
  return value;
}
