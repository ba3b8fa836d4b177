import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * Writes records as an RFC 4180 CSV file (header from the first record's keys; values quoted when
 * they hold a comma, quote or newline), streaming so large files do not sit in memory twice.
 */
export async function writeCsv(path: string, records: readonly Record<string, unknown>[]): Promise<void> {
  const out = createWriteStream(path);
  const columns = Object.keys(records[0] ?? {});
  const write = async (line: string) => {
    if (!out.write(line)) await once(out, 'drain');
  };
  await write(`${columns.map(quote).join(',')}\n`);
  for (const record of records) await write(`${columns.map((c) => quote(record[c])).join(',')}\n`);
  out.end();
  await once(out, 'finish');
}

function quote(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' && !Number.isFinite(value) ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
