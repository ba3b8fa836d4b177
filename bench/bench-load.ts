/**
 * Data loading benchmark (issue 2): how fast readFrame turns a 3-million-row file into a Frame,
 * and how much memory that takes compared with the raw bytes of the typed arrays it fills.
 *
 *   npx tsx bench/bench-load.ts            # 3 000 000 rows
 *   npx tsx bench/bench-load.ts --rows 50000   # smoke size
 *
 * Inputs: vega-datasets' flights-3m.parquet (date, delay, distance, origin, destination), cut to
 * --rows when smaller, and a 5-column CSV generated once into os.tmpdir() (numeric, integer,
 * categorical, text and datetime columns). Each load runs in a fresh child process so that its
 * peak RSS is its own.
 */
import { fork } from 'node:child_process';
import { createWriteStream, existsSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Frame } from '../src/core/frame.js';
import { readFrame } from '../src/data/read-frame.js';
import { sqlString } from '../src/data/sql-string.js';

const FLIGHTS = 'node_modules/vega-datasets/data/flights-3m.parquet';

interface LoadResult {
  readonly file: string;
  readonly rows: number;
  readonly seconds: number;
  readonly baselineRss: number;
  readonly peakRss: number;
  readonly rawBytes: number;
  readonly textChars: number;
  readonly types: string;
}

/** Child: load one file and report. */
async function loadOnce(path: string): Promise<LoadResult> {
  const baselineRss = process.memoryUsage().rss;
  const started = performance.now();
  const { frame } = await readFrame(path);
  const seconds = (performance.now() - started) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  return { file: path, rows: frame.rowCount, seconds, baselineRss, peakRss, ...measure(frame) };
}

function measure(frame: Frame): { rawBytes: number; textChars: number; types: string } {
  let rawBytes = 0;
  let textChars = 0;
  for (const column of frame.columns) {
    if (column.type === 'categorical') rawBytes += column.codes.byteLength;
    else if (column.type === 'text') for (const value of column.values) textChars += value?.length ?? 0;
    else rawBytes += column.values.byteLength;
  }
  return { rawBytes, textChars, types: frame.columns.map((c) => `${c.name}:${c.type}`).join(' ') };
}

/** A deterministic 5-column CSV: numeric, integer, categorical, text, datetime. */
async function generateCsv(path: string, rows: number): Promise<void> {
  let seed = 42;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const colors = ['red', 'green', 'blue', 'amber', 'violet', 'teal', 'black', 'white'];
  const words = [
    'late',
    'delivery',
    'refund',
    'broken',
    'great',
    'slow',
    'support',
    'order',
    'again',
    'thanks',
  ];
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  out.write('amount,quantity,color,comment,created_at\n');
  const start = Date.UTC(2024, 0, 1);
  for (let row = 0; row < rows; row += 10_000) {
    let text = '';
    for (let i = row; i < Math.min(rows, row + 10_000); i++) {
      const amount = random() < 0.01 ? '' : (random() * 1000 - 100).toFixed(2);
      const color = random() < 0.01 ? '' : colors[Math.floor(random() * colors.length)];
      const comment = `${words[i % 10]} ${words[Math.floor(random() * 10)]} ticket ${i}`;
      const at = new Date(start + i * 7_919).toISOString().slice(0, 19).replace('T', ' ');
      text += `${amount},${Math.floor(random() * 1_000_000)},${color},${comment},${at}\n`;
    }
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(partial, path);
}

async function flightsSubset(rows: number): Promise<string> {
  if (rows >= 3_000_000) return FLIGHTS;
  const path = join(tmpdir(), `sextant-bench-flights-${rows}.parquet`);
  const instance = await DuckDBInstance.create(':memory:');
  try {
    const connection = await instance.connect();
    try {
      await connection.run(
        `COPY (SELECT * FROM read_parquet(${sqlString(FLIGHTS)}) LIMIT ${rows}) TO ${sqlString(path)} (FORMAT parquet)`,
      );
    } finally {
      connection.closeSync();
    }
  } finally {
    instance.closeSync();
  }
  return path;
}

function inChild(path: string): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', path], { execArgv: process.execArgv });
    let result: LoadResult | undefined;
    child.once('message', (message) => {
      result = message as LoadResult;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 && result !== undefined
        ? resolve(result)
        : reject(new Error(`loading ${path} failed (exit ${code})`)),
    );
  });
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) {
    process.send?.(await loadOnce(args[childAt + 1] ?? ''));
    return;
  }
  const rowsAt = args.indexOf('--rows');
  const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 3_000_000;
  if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows takes a positive integer');
  const csv = join(tmpdir(), `sextant-bench-load-${rows}.csv`);
  if (!existsSync(csv)) {
    const started = performance.now();
    await generateCsv(csv, rows);
    console.log(`generated ${csv} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const files = [await flightsSubset(rows), csv];
  console.log(`Node ${process.version}, ${rows} rows per file`);
  for (const file of files) {
    const r = await inChild(file);
    const growth = r.peakRss - r.baselineRss;
    console.log(`\n${r.file}\n  columns: ${r.types}`);
    console.log(
      `  rows ${r.rows}, wall ${r.seconds.toFixed(2)} s, ${Math.round(r.rows / r.seconds).toLocaleString('en-US')} rows/s`,
    );
    console.log(`  peak RSS ${mib(r.peakRss)} (baseline ${mib(r.baselineRss)}, growth ${mib(growth)})`);
    console.log(
      `  raw column bytes (typed arrays) ${mib(r.rawBytes)}; text column ${(r.textChars / 1e6).toFixed(1)} M chars`,
    );
    console.log(`  peak RSS growth / raw bytes: ${(growth / r.rawBytes).toFixed(2)}`);
  }
}

await main();
