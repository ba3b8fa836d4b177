import { SextantError } from '../core/sextant-error.js';

/** Awaits the promise and returns the SextantError it rejects with, throwing if it resolves or rejects otherwise. */
export async function catchSextantError(promise: Promise<unknown>): Promise<SextantError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SextantError) return error;
    throw error;
  }
  throw new Error('expected a SextantError');
}
