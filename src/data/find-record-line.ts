import { createReadStream } from 'node:fs';

/** How to count records when looking for one. */
export interface RecordLineQuery {
  /** Honour RFC 4180 double quotes, inside which a newline does not end a record (CSV). */
  readonly quoted: boolean;
  /** The 1-based record to find, counting the header line of a CSV/TSV as record 1. */
  readonly target: number;
  /** Count blank lines as records (DuckDB's CSV error positions do; its data rows do not). */
  readonly countBlank: boolean;
}

/**
 * The 1-based physical line on which the `target`-th record of a text file starts, or
 * `undefined` if the file has fewer records.
 *
 * Why: DuckDB counts records, not lines, and a quoted CSV value can span lines, so its
 * "line 7" may be line 9 of the file. Users open the file in an editor, so every message names
 * the physical line. Runs only when an error is being reported, and stops at the target.
 */
export async function findRecordLine(path: string, query: RecordLineQuery): Promise<number | undefined> {
  let line = 1;
  let recordStart = 1;
  let records = 0;
  let hasContent = false;
  let inQuotes = false;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      for (let index = 0; index < chunk.length; index++) {
        const code = chunk.charCodeAt(index);
        if (code === 34 && query.quoted) inQuotes = !inQuotes;
        if (code === 10) {
          line += 1;
          if (inQuotes) continue;
          if (hasContent || query.countBlank) {
            records += 1;
            if (records === query.target) return recordStart;
          }
          recordStart = line;
          hasContent = false;
        } else if (code !== 13) {
          hasContent = true;
        }
      }
    }
  } finally {
    stream.destroy();
  }
  return hasContent && records + 1 === query.target ? recordStart : undefined;
}
