import { SextantError } from '../core/sextant-error.js';

/**
 * Parses a JSON text column into the domain value it holds. A column that is not valid JSON means
 * the database was edited by hand or damaged; that surfaces as an INTERNAL error naming the column
 * instead of a bare SyntaxError from deep inside a repository.
 */
export function parseJsonColumn<T>(text: string, column: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new SextantError(
      'INTERNAL',
      `the stored ${column} is not valid JSON`,
      { column },
      { cause: error },
    );
  }
}
