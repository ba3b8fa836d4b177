import type { DuckDBConnection, DuckDBDataChunk, JS } from '@duckdb/node-api';
import { checkColumnNames } from './check-column-names.js';
import { checkFile } from './check-file.js';
import { detectFormat } from './detect-format.js';
import type { FileFormat } from './file-format.js';
import { mapReadError } from './map-read-error.js';
import type { SourceColumn } from './source-column.js';
import { sourceSql } from './source-sql.js';

/**
 * A data file opened in DuckDB: its format, its columns with the types DuckDB gave them, and
 * queries over it whose errors are already mapped to SextantErrors naming the file, line and
 * column. Every query goes through here so that no DuckDB message reaches a user as it is.
 *
 * Opening checks, in order: the extension, that the file exists and is not empty, that no two
 * columns share a name, and that DuckDB can work out the columns.
 */
export class FileSource {
  private constructor(
    readonly connection: DuckDBConnection,
    readonly path: string,
    readonly format: FileFormat,
    /** The table function reading the file, for `FROM`. */
    readonly sql: string,
    readonly columns: readonly SourceColumn[],
  ) {}

  /**
   * Opens `path` on `connection`. `textColumns` are read as text whatever DuckDB would guess
   * (a schema file declared them text or categorical), so that `007` stays `007`.
   */
  static async open(
    connection: DuckDBConnection,
    path: string,
    options: { textColumns?: readonly string[] } = {},
  ): Promise<FileSource> {
    const format = detectFormat(path);
    await checkFile(path);
    let columns: SourceColumn[] = [];
    try {
      const names = await checkColumnNames(connection, path, format);
      const text = (options.textColumns ?? []).filter((name) => names.includes(name));
      const csv = format === 'csv' || format === 'tsv';
      let sql = sourceSql(path, format, csv ? { textColumns: text } : {});
      columns = await describe(connection, sql);
      if (!csv && format !== 'parquet' && text.length > 0) {
        columns = columns.map((column) =>
          text.includes(column.name) ? { name: column.name, sourceType: 'VARCHAR' } : column,
        );
        sql = sourceSql(path, format, { jsonColumns: columns });
      }
      return new FileSource(connection, path, format, sql, columns);
    } catch (error) {
      throw await mapReadError(error, { connection, path, format, columns });
    }
  }

  /** The rows of `SELECT {selectList} FROM file`, as plain JavaScript values. */
  rows(selectList: string): Promise<JS[][]> {
    return this.query(`SELECT ${selectList} FROM ${this.sql}`);
  }

  /** Runs any statement (which reads the file through {@link sql}), returning its rows. */
  async query(statement: string): Promise<JS[][]> {
    try {
      const reader = await this.connection.runAndReadAll(statement);
      return reader.getRowsJS();
    } catch (error) {
      throw await this.mapError(error);
    }
  }

  /** The chunks of `SELECT {selectList} FROM file`, streamed in file order. */
  async *chunks(selectList: string): AsyncGenerator<DuckDBDataChunk> {
    try {
      const result = await this.connection.stream(`SELECT ${selectList} FROM ${this.sql}`);
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) return;
        yield chunk;
      }
    } catch (error) {
      throw await this.mapError(error);
    }
  }

  private mapError(error: unknown) {
    const { connection, path, format, columns } = this;
    return mapReadError(error, { connection, path, format, columns });
  }
}

async function describe(connection: DuckDBConnection, sql: string): Promise<SourceColumn[]> {
  const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${sql}`);
  return reader.getRowsJS().map(([name, type]) => ({ name: String(name), sourceType: String(type) }));
}
