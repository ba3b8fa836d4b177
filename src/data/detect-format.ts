import { extname } from 'node:path';
import { SextantError } from '../core/sextant-error.js';
import type { FileFormat } from './file-format.js';

const FORMAT_BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.parquet': 'parquet',
};

/**
 * The format of a data file, from its extension (case-insensitive). The extension decides, not
 * the content, so that a file is always read the same way and a wrong name fails early with a
 * clear message instead of a confusing parse error.
 *
 * @example detectFormat('data/train.ndjson') // 'jsonl'
 * @throws SextantError FILE_FORMAT_UNSUPPORTED for any other extension.
 */
export function detectFormat(path: string): FileFormat {
  const extension = extname(path).toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  if (format === undefined) {
    const shown = extension === '' ? 'no extension' : `extension ${extension}`;
    throw new SextantError(
      'FILE_FORMAT_UNSUPPORTED',
      `${path}: unsupported file format (${shown}); use .csv, .tsv, .json, .jsonl, .ndjson or .parquet`,
      { path, extension },
    );
  }
  return format;
}
