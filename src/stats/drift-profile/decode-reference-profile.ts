import type { ColumnType } from '../../core/column-type.js';
import { COLUMN_TYPES } from '../../core/column-type.js';
import { SextantError } from '../../core/sextant-error.js';
import type { ColumnProfile } from './column-profile.js';
import { isReferenceProfile } from './is-reference-profile.js';
import { REFERENCE_PROFILE_VERSION, type ReferenceProfile } from './reference-profile.js';
import { REFERENCE_PROFILE_MAGIC } from './reference-profile-magic.js';

type Json = Record<string, unknown>;

/**
 * Reads a profile written by encodeReferenceProfile, checking the magic bytes, the format name and
 * version, every column's shape and that every array lies inside the file. Values are copied out of
 * `bytes`, so the result does not keep the file's buffer alive.
 *
 * @example const profile = decodeReferenceProfile(await readFile(path), path);
 * @throws SextantError PROFILE_INVALID naming `source` and the problem (a format version other
 *   than REFERENCE_PROFILE_VERSION included).
 */
export function decodeReferenceProfile(bytes: Uint8Array, source: string): ReferenceProfile {
  const fail = (problem: string): never => {
    throw new SextantError('PROFILE_INVALID', `${source}: not a usable reference profile: ${problem}`, {
      path: source,
    });
  };
  if (!isReferenceProfile(bytes) || bytes.length < REFERENCE_PROFILE_MAGIC.length + 4) {
    fail('it does not start with the profile signature');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(REFERENCE_PROFILE_MAGIC.length, true);
  const headerStart = REFERENCE_PROFILE_MAGIC.length + 4;
  if (headerStart + headerLength > bytes.length) fail('the header is cut short');
  let header: Json = {};
  try {
    header = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(
        bytes.subarray(headerStart, headerStart + headerLength),
      ),
    );
  } catch {
    fail('the header is not valid JSON');
  }
  if (header.format !== 'sextant-reference-profile') fail('the header does not name the profile format');
  if (header.version !== REFERENCE_PROFILE_VERSION) {
    fail(
      `format version ${String(header.version)} is not supported (this Sextant reads version ${REFERENCE_PROFILE_VERSION}); build the profile again`,
    );
  }
  const dataStart = Math.ceil((headerStart + headerLength) / 8) * 8;
  const count = (value: unknown, what: string): number =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0
      ? value
      : fail(`${what} is not a count`);
  const columns = (Array.isArray(header.columns) ? header.columns : fail('it has no column list')) as Json[];
  const decoded = columns.map((column, index): ColumnProfile => {
    const name = typeof column.name === 'string' ? column.name : fail(`column ${index} has no name`);
    const type = COLUMN_TYPES.includes(column.type as ColumnType)
      ? (column.type as ColumnType)
      : fail(`column "${name}" has an unknown type`);
    const base = {
      name,
      rows: count(column.rows, `column "${name}" rows`),
      missing: count(column.missing, `column "${name}" missing`),
    };
    const pairs = (value: unknown, what: string): Map<string, number> => {
      if (!Array.isArray(value)) fail(`column "${name}" ${what} are not a list`);
      return new Map(
        (value as unknown[]).map((pair) =>
          Array.isArray(pair) && typeof pair[0] === 'string'
            ? [pair[0], count(pair[1], `column "${name}" ${what}`)]
            : fail(`column "${name}" ${what} are malformed`),
        ),
      );
    };
    if (column.kind === 'numeric' && (type === 'numeric' || type === 'datetime')) {
      const place = (column.values ?? {}) as Json;
      const offset = count(place.offset, `column "${name}" offset`);
      const length = count(place.length, `column "${name}" length`);
      if (offset % 8 !== 0 || dataStart + offset + length * 8 > bytes.length)
        fail(`column "${name}" values lie outside the file`);
      const values = new Float64Array(length);
      for (let i = 0; i < length; i++) values[i] = view.getFloat64(dataStart + offset + i * 8, true);
      return {
        ...base,
        type,
        kind: 'numeric',
        positiveInfinity: count(column.positiveInfinity, `column "${name}" positiveInfinity`),
        negativeInfinity: count(column.negativeInfinity, `column "${name}" negativeInfinity`),
        count: count(column.count, `column "${name}" count`),
        values,
        sorted: true,
      };
    }
    if (column.kind === 'categorical' && (type === 'categorical' || type === 'boolean')) {
      return { ...base, type, kind: 'categorical', counts: pairs(column.counts, 'counts') };
    }
    if (column.kind === 'text' && type === 'text') {
      return {
        ...base,
        type,
        kind: 'text',
        documents: count(column.documents, `column "${name}" documents`),
        tokens: count(column.tokens, `column "${name}" tokens`),
        words: pairs(column.words, 'words'),
      };
    }
    return fail(`column "${name}" has kind ${String(column.kind)}, which does not fit type ${type}`);
  });
  return {
    version: REFERENCE_PROFILE_VERSION,
    source: typeof header.source === 'string' ? header.source : source,
    rowCount: count(header.rowCount, 'rowCount'),
    createdAt: typeof header.createdAt === 'string' ? header.createdAt : '',
    maxValues: count(header.maxValues, 'maxValues'),
    columns: decoded,
  };
}
