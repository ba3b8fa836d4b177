import type { DatasetSchema } from '../core/dataset-schema.js';
import type { Frame } from '../core/frame.js';
import { isSextantError } from '../core/sextant-error.js';
import { readFrame } from '../data/read-frame.js';
import type { ColumnOverride, SchemaOverrides } from '../data/schema-overrides.js';

/** Options of {@link readFrameLeniently}. */
export interface LenientReadOptions {
  /** Only these columns; those the file lacks are left out (and listed in `absent`). */
  readonly columns?: readonly string[];
  /** Types that win over inference (a schema file's, or the reference's for the current side). */
  readonly overrides?: SchemaOverrides;
  readonly onProgress?: (rowsRead: number, totalRows: number) => void;
  /** The file's row count, when counted already (see readFrame). */
  readonly rowCount?: number;
}

/**
 * readFrame for drift, where a column the file lacks or that holds no value is something to report
 * rather than a reason to stop: a selected column the file lacks is dropped and listed in `absent`,
 * and a column without a single value (COLUMN_ALL_NULL, whose type cannot be inferred) is read again
 * declared categorical, so it arrives all missing and the report says "insufficient data". Each
 * case costs one more open of the file, at most once per such column. Every other error (missing
 * file, parse error, invalid value) is readFrame's, unchanged.
 */
export async function readFrameLeniently(
  path: string,
  options: LenientReadOptions = {},
): Promise<{ frame: Frame; schema: DatasetSchema; absent: string[] }> {
  let columns = options.columns;
  const declared = new Map<string, ColumnOverride>(options.overrides?.columns ?? []);
  const absent: string[] = [];
  for (;;) {
    try {
      const overrides: SchemaOverrides = {
        source: options.overrides?.source ?? 'the reference',
        columns: declared,
      };
      const { frame, schema } = await readFrame(path, {
        overrides,
        ...(columns === undefined ? {} : { columns }),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
        ...(options.rowCount === undefined ? {} : { rowCount: options.rowCount }),
      });
      return { frame, schema, absent };
    } catch (error) {
      const column = isSextantError(error) ? error.details.column : undefined;
      if (typeof column !== 'string') throw error;
      if (
        isSextantError(error, 'COLUMN_MISSING') &&
        columns?.includes(column) &&
        !declared.get(column)?.required
      ) {
        columns = columns.filter((name) => name !== column);
        absent.push(column);
        if (columns.length === 0)
          return { frame: { rowCount: 0, columns: [] }, schema: { rowCount: 0, columns: [] }, absent };
      } else if (isSextantError(error, 'COLUMN_ALL_NULL') && !declared.has(column)) {
        declared.set(column, { type: 'categorical', required: false });
      } else {
        throw error;
      }
    }
  }
}
