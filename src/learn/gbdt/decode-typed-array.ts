import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
import { SextantError } from '../../core/sextant-error.js';

type NumberArrayType = Int32ArrayConstructor | Uint8ArrayConstructor | Float64ArrayConstructor;

/**
 * Reads back what `encodeTypedArray` wrote, checking that it is base64 of exactly `length` elements;
 * anything else is INVALID_ARGUMENT naming `field`, since a damaged model must never load half-way.
 */
export function decodeTypedArray<T extends NumberArrayType>(
  text: unknown,
  Type: T,
  length: number,
  field: string,
): InstanceType<T> {
  const bytesPer = Type.BYTES_PER_ELEMENT;
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new SextantError('INVALID_ARGUMENT', `gbdt model field ${field} is not base64`, { field });
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length !== length * bytesPer) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `gbdt model field ${field} holds ${bytes.length} bytes, expected ${length * bytesPer}`,
      { field },
    );
  }
  if (endianness() === 'BE' && bytesPer === 4) bytes.swap32();
  if (endianness() === 'BE' && bytesPer === 8) bytes.swap64();
  // Copied into a fresh buffer: Buffer's pooled memory is not aligned for Float64.
  const out = new Type(length);
  new Uint8Array(out.buffer).set(bytes);
  return out as InstanceType<T>;
}
