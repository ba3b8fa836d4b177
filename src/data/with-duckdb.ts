import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/**
 * Runs `work` with a connection to a fresh in-memory DuckDB, and always closes the connection
 * and the instance afterwards, whether `work` succeeds or throws: DuckDB holds native memory and
 * threads that the garbage collector does not see, so nothing may be left open.
 *
 * The instance keeps rows in file order (so row numbers and line numbers are meaningful), reads
 * time zones as UTC (so a timestamp means the same instant on every machine), never downloads
 * extensions, and may spill large aggregates to its own folder in the system temp directory,
 * which DuckDB creates only when needed and removes on close.
 */
export async function withDuckDB<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:', {
    preserve_insertion_order: 'true',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    temp_directory: join(tmpdir(), `sextant-duckdb-${randomUUID()}`),
  });
  try {
    const connection = await instance.connect();
    try {
      await connection.run("SET TimeZone = 'UTC'");
      return await work(connection);
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}
