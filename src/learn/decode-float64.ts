import { SextantError } from '../core/sextant-error.js';

/**
 * Decodes {@link encodeFloat64}'s base64 back into float64 values. The byte count must be a multiple
 * of 8 and the text strict base64, so a truncated or edited artifact fails loudly.
 */
export function decodeFloat64(text: string): Float64Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new SextantError('INVALID_ARGUMENT', 'float64 array: not base64 text');
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 8 !== 0) {
    throw new SextantError('INVALID_ARGUMENT', `float64 array: ${bytes.length} bytes is not a multiple of 8`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Float64Array(bytes.length / 8);
  for (let i = 0; i < values.length; i++) values[i] = view.getFloat64(i * 8, true);
  return values;
}
