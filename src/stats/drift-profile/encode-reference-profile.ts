import type { ReferenceProfile } from './reference-profile.js';
import { REFERENCE_PROFILE_MAGIC } from './reference-profile-magic.js';

/** Text columns keep their most frequent words, at most this many, in a saved profile. */
export const PROFILE_MAX_WORDS = 10_000;

/**
 * Serializes a reference profile (docs/drift.md, "Reference profile"): the 8-byte magic `SXTPROF\0`,
 * a little-endian uint32 with the byte length of a UTF-8 JSON header, the header, zero padding to a
 * multiple of 8, then the numeric columns' sorted values as little-endian float64, each column's
 * place given in the header as `values: { offset, length }` (offset in bytes after the padding).
 * The header carries `format: "sextant-reference-profile"` and `version`, checked on reading.
 *
 * @example await writeFile('reference.sxprofile', encodeReferenceProfile(profile));
 */
export function encodeReferenceProfile(profile: ReferenceProfile): Uint8Array {
  let offset = 0;
  const arrays: Float64Array[] = [];
  const columns = profile.columns.map((column) => {
    const { name, type, kind, rows, missing } = column;
    const base = { name, type, kind, rows, missing };
    if (column.kind === 'numeric') {
      const { positiveInfinity, negativeInfinity, count, values } = column;
      const place = { offset, length: values.length };
      arrays.push(values);
      offset += values.byteLength;
      return { ...base, positiveInfinity, negativeInfinity, count, values: place };
    }
    if (column.kind === 'categorical') return { ...base, counts: [...column.counts] };
    const words = [...column.words].sort((a, b) => b[1] - a[1]).slice(0, PROFILE_MAX_WORDS);
    return { ...base, documents: column.documents, tokens: column.tokens, words };
  });
  const header = new TextEncoder().encode(
    JSON.stringify({
      format: 'sextant-reference-profile',
      version: profile.version,
      source: profile.source,
      rowCount: profile.rowCount,
      createdAt: profile.createdAt,
      maxValues: profile.maxValues,
      columns,
    }),
  );
  const dataStart = Math.ceil((REFERENCE_PROFILE_MAGIC.length + 4 + header.length) / 8) * 8;
  const bytes = new Uint8Array(dataStart + offset);
  bytes.set(REFERENCE_PROFILE_MAGIC, 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(REFERENCE_PROFILE_MAGIC.length, header.length, true);
  bytes.set(header, REFERENCE_PROFILE_MAGIC.length + 4);
  let at = dataStart;
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++, at += 8) view.setFloat64(at, values[i]!, true);
  }
  return bytes;
}
