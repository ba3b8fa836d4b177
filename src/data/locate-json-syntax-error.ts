import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** A JSON array file is parsed whole to find its error line only up to this size. */
const MAX_WHOLE_PARSE_BYTES = 64 * 1024 * 1024;

/** Where a JSON file stops being valid, and what is wrong there, in a few words. */
export interface JsonSyntaxError {
  readonly line: number;
  readonly problem: string;
}

/**
 * The first line at which a JSON (`json`) or JSON-lines (`jsonl`) file is not valid JSON, or a
 * line of a JSON-lines file that holds something other than an object. `undefined` when it
 * cannot tell (for example a JSON array file too large to parse again).
 *
 * Why: DuckDB reports broken JSON by record number and byte offset, which is hard to find in an
 * editor. This runs only on the error path.
 */
export async function locateJsonSyntaxError(
  path: string,
  format: 'json' | 'jsonl',
): Promise<JsonSyntaxError | undefined> {
  return format === 'jsonl' ? scanLines(path) : parseWhole(path);
}

async function scanLines(path: string): Promise<JsonSyntaxError | undefined> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (text.trim() === '') continue;
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          return { line, problem: 'expected a JSON object' };
        }
      } catch (error) {
        return { line, problem: describe(error) };
      }
    }
  } finally {
    lines.close();
    stream.destroy();
  }
  return undefined;
}

async function parseWhole(path: string): Promise<JsonSyntaxError | undefined> {
  if ((await stat(path)).size > MAX_WHOLE_PARSE_BYTES) return undefined;
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset =
      position !== undefined ? Number(position) : /end of JSON input/.test(message) ? text.length : -1;
    if (offset < 0) return undefined;
    return { line: lineAt(text, offset), problem: describe(error) };
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) line += 1;
  }
  if (offset >= text.length && text.endsWith('\n')) line -= 1;
  return line;
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/, ".*" is not valid JSON$/, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of the file')
    .trim();
}
