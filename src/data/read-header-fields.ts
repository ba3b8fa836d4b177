import { createReadStream } from 'node:fs';

/**
 * The column names in the header line of a CSV (`quoted`: RFC 4180 quoting) or TSV (no quoting)
 * file, exactly as written apart from surrounding whitespace and a byte-order mark.
 *
 * Why not ask DuckDB: it silently renames a repeated name (`a, a` becomes `a, a_1`), so the
 * header must be read here to catch duplicates. Only the first record is read.
 */
export async function readHeaderFields(path: string, delimiter: string, quoted: boolean): Promise<string[]> {
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let previousWasQuote = false;
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      for (const char of chunk) {
        if (quoted && char === '"') {
          if (inQuotes) inQuotes = false;
          else {
            if (previousWasQuote) field += '"';
            inQuotes = true;
          }
          previousWasQuote = !inQuotes;
          continue;
        }
        previousWasQuote = false;
        if (!inQuotes && char === '\n') {
          fields.push(field);
          return clean(fields);
        }
        if (!inQuotes && char === delimiter) {
          fields.push(field);
          field = '';
        } else field += char;
      }
    }
  } finally {
    stream.destroy();
  }
  fields.push(field);
  return clean(fields);
}

function clean(fields: string[]): string[] {
  return fields.map((field, index) => (index === 0 ? field.replace(/^\uFEFF/, '') : field).trim());
}
