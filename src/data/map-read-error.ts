import type { DuckDBConnection } from '@duckdb/node-api';
import { SextantError } from '../core/sextant-error.js';
import type { FileFormat } from './file-format.js';
import { findJsonCastFailure } from './find-json-cast-failure.js';
import { findRecordLine } from './find-record-line.js';
import { locateJsonSyntaxError } from './locate-json-syntax-error.js';
import { readHeaderFields } from './read-header-fields.js';
import { showValue } from './show-value.js';
import type { SourceColumn } from './source-column.js';
import { sourceSql } from './source-sql.js';
import { sqlIdentifier } from './sql-identifier.js';

/** What the mapper may use to pin an error down: the open connection and the file. */
export interface ReadErrorContext {
  readonly connection: DuckDBConnection;
  readonly path: string;
  readonly format: FileFormat;
  /** The columns and the types DuckDB gave them, once known. */
  readonly columns?: readonly SourceColumn[];
}

/**
 * Turns an error DuckDB raised while reading a file into a SextantError with a one-line message
 * that names the file and, where DuckDB knows it, the physical line (or row) and column:
 * ragged rows and broken quoting become FILE_PARSE_ERROR, a value that does not fit the type
 * guessed from the first rows becomes VALUE_INVALID, a repeated JSON key DUPLICATE_COLUMN.
 *
 * Why: DuckDB's messages are long, list DuckDB options as fixes, and count records rather than
 * lines. They are never shown as they are; anything unrecognised keeps only its first line.
 */
export async function mapReadError(error: unknown, context: ReadErrorContext): Promise<SextantError> {
  if (error instanceof SextantError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const { path, format } = context;
  const csvLine = /CSV Error on Line: (\d+)/.exec(message)?.[1];
  if (csvLine !== undefined) return mapCsvError(message, Number(csvLine), context);
  if (/Error when sniffing file/.test(message) && (format === 'csv' || format === 'tsv')) {
    return diagnoseLayout(context);
  }
  const duplicateKey = /has duplicate key "(.*?)"/.exec(message)?.[1];
  if (duplicateKey !== undefined) {
    return new SextantError(
      'DUPLICATE_COLUMN',
      `${path}: key ${showValue(duplicateKey)} appears twice in one object`,
      {
        path,
        column: duplicateKey,
      },
    );
  }
  if (format === 'json' || format === 'jsonl') {
    const mapped = await mapJsonError(message, context, format);
    if (mapped !== undefined) return mapped;
  }
  if (format === 'parquet' && !/Out of Memory/i.test(message)) {
    return parseError(path, `not a valid Parquet file (${firstLine(message)})`);
  }
  if (/No files found/.test(message)) {
    return new SextantError('FILE_NOT_FOUND', `${path}: no such file`, { path });
  }
  if (/Out of Memory/i.test(message)) {
    return new SextantError('INTERNAL', `${path}: out of memory while reading the file`, { path });
  }
  return parseError(path, `cannot be read: ${firstLine(message)}`);
}

async function mapCsvError(message: string, duckdbLine: number, context: ReadErrorContext) {
  const { path, format } = context;
  const physical = await findRecordLine(path, {
    quoted: format === 'csv',
    target: duckdbLine,
    countBlank: true,
  });
  const line = physical ?? duckdbLine;
  const conversion =
    /Error when converting column "(.*?)"\. Could not convert string "(.*)" to '([^']+)'/s.exec(message);
  if (conversion !== null) {
    const [, column = '', value = '', type = ''] = conversion;
    return guessedTypeError(path, `line ${line}`, column, value, type);
  }
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (counts !== null) {
    return parseError(path, `line ${line}: expected ${counts[1]} fields, found ${counts[2]}`, line);
  }
  if (/unterminated quote/i.test(message)) {
    return parseError(path, `line ${line}: a quoted value is never closed`, line);
  }
  if (/Invalid unicode/i.test(message)) {
    return parseError(path, `line ${line}: the file is not UTF-8 encoded`, line);
  }
  const before = message.split(/\n(?:Possible (?:fixes|solutions?)|LINE \d+:|\s+file = )/i)[0] ?? '';
  const lines = before
    .split('\n')
    .filter((text) => text.trim() !== '' && !/^(CSV Error on Line|Original Line):/.test(text));
  const problem = (lines.at(-1) ?? 'malformed row').trim().replace(/\.$/, '');
  return parseError(path, `line ${line}: ${problem.charAt(0).toLowerCase()}${problem.slice(1)}`, line);
}

async function diagnoseLayout(context: ReadErrorContext): Promise<SextantError> {
  const { connection, path, format } = context;
  const header = await readHeaderFields(path, format === 'csv' ? ',' : '\t', format === 'csv');
  const counts = header.map((name) => `count(${sqlIdentifier(name)})`).join(', ');
  try {
    await connection.run(`SELECT ${counts} FROM ${sourceSql(path, format, { headerOnly: header })}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const csvLine = /CSV Error on Line: (\d+)/.exec(message)?.[1];
    if (csvLine !== undefined) return mapCsvError(message, Number(csvLine), context);
  }
  const separator = format === 'csv' ? 'comma' : 'tab';
  return parseError(path, `cannot read the file as ${separator}-separated values with a header line`);
}

async function mapJsonError(message: string, context: ReadErrorContext, format: 'json' | 'jsonl') {
  const { path } = context;
  const position = /in (line|record\/value) (\d+)/.exec(message);
  const record = position === null ? undefined : Number(position[2]);
  if (/Malformed JSON/.test(message) || /non-record JSON|Expected top-level JSON array/.test(message)) {
    const located = await locateJsonSyntaxError(path, format);
    if (located !== undefined) {
      return parseError(path, `line ${located.line}: invalid JSON: ${located.problem}`, located.line);
    }
    if (record !== undefined) return parseError(path, `record ${record}: invalid JSON`);
    return parseError(path, 'expected JSON objects (an array of objects, or one object per line)');
  }
  if (/JSON transform error/.test(message) && record !== undefined) {
    const where =
      format === 'jsonl'
        ? `line ${(await findRecordLine(path, { quoted: false, target: record, countBlank: false })) ?? record}`
        : `row ${record}`;
    const failure = await findJsonCastFailure(
      context.connection,
      path,
      format,
      context.columns ?? [],
      record - 1,
    );
    if (failure !== undefined) {
      const type =
        context.columns?.find((column) => column.name === failure.column)?.sourceType ?? 'its type';
      return guessedTypeError(path, where, failure.column, failure.value, type);
    }
    const problem =
      /JSON transform error[^:]*: ([^\n]*)/.exec(message)?.[1] ?? 'value does not fit its column';
    return new SextantError('VALUE_INVALID', `${path}: ${where}: ${problem}`, { path });
  }
  return undefined;
}

function guessedTypeError(path: string, where: string, column: string, value: string, type: string) {
  return new SextantError(
    'VALUE_INVALID',
    `${path}: ${where}, column ${showValue(column)}: ${showValue(value)} is not a ${type}, the type guessed from the rows ` +
      'before it; fix the value or declare the column text or categorical in a schema file',
    { path, column, value, type },
  );
}

function parseError(path: string, problem: string, line?: number): SextantError {
  return new SextantError(
    'FILE_PARSE_ERROR',
    `${path}: ${problem}`,
    line === undefined ? { path } : { path, line },
  );
}

function firstLine(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/^[A-Za-z ]*Error: /, '').trim();
}
