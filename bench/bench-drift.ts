/**
 * Drift report benchmark (issue 3): Sextant's end-to-end drift report against the seeds' own
 * NumPy/SciPy code on the same two files, with a check that both compute the same numbers.
 *
 *   npm run bench:drift                  # 1 000 000 + 1 000 000 rows
 *   npm run bench:drift -- --rows 20000  # smoke size
 *
 * Inputs: two CSV files generated once into os.tmpdir() (20 numeric and 5 categorical columns, some
 * drifted, 1 % missing in a few). Ours runs in a fresh child process: read both files (readFrame),
 * compare (computeDrift, default tests, worker threads) and write the JSON report, timed from the
 * first read to the written report, with the child's peak RSS and the raw bytes of the typed arrays
 * it holds. The peer is the seeds' code under Debian's python3 (pandas `read_csv`, the seeds' `_psi`,
 * `scipy.stats.ks_2samp`, `wasserstein_distance`, `chisquare` per column), timed inside the script
 * from the first read_csv to the last statistic. Our KS, PSI, Wasserstein and chi-square values
 * (computed after the timed run, on the same data) must equal SciPy's to 1e-9 relative.
 */
import { fork, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, renameSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame } from '../src/core/frame.js';
import { readFrame } from '../src/data/read-frame.js';
import { compareDriftFiles } from '../src/monitor/compare-drift-files.js';
import { DriftStatisticRegistry } from '../src/stats/drift/drift-statistic-registry.js';
import { sortFloat64 } from '../src/stats/drift-engine/sort-float64.js';
import { summarizeColumn } from '../src/stats/drift-profile/summarize-column.js';
import { ensurePythonPeer } from './python-peer.js';

const NUMERIC = 20;
const CATEGORICAL = 5;
const TOLERANCE = 1e-9;

/** Per column: ks [D, p], psi, wasserstein (numeric); chisquare [stat, p] (categorical). */
type Numbers = Record<string, { ks?: number[]; psi?: number; wasserstein?: number; chisquare?: number[] }>;

interface OursResult {
  readonly seconds: number;
  readonly steps: { reference: number; current: number; compare: number; write: number };
  readonly execution: string;
  readonly baselineRss: number;
  readonly peakRss: number;
  readonly rawBytes: number;
  readonly drifted: string;
  readonly numbers: Numbers;
}

function generator(seed: number): { uniform: () => number; normal: () => number } {
  let state = seed;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

/**
 * One row of the generated data. `drifted` moves n05–n09, n14, c1, c2 (a new label) and c4; the
 * others keep their distribution. n13, n14 and c0 miss 1 % of their values.
 */
function rowFor(random: ReturnType<typeof generator>, drifted: boolean): string {
  const { uniform, normal } = random;
  const cells: string[] = [];
  const d = drifted ? 1 : 0;
  for (let c = 0; c < NUMERIC; c++) {
    let value: number;
    if (c < 5) value = normal() * (c + 1);
    else if (c < 8) value = normal() + d * [0.1, 0.3, 1][c - 5]!;
    else if (c < 10) value = Math.exp(normal()) * (1 + 0.2 * d);
    else if (c < 12) value = uniform() * 100;
    else if (c === 12) value = Math.floor(-Math.log(1 - uniform()) * 200);
    else if (c === 13) value = -Math.log(1 - uniform()) * 3;
    else if (c === 14) value = normal() * (1 + 0.5 * d);
    else value = normal() * 10 + (uniform() < 0.3 ? 25 : 0);
    const missing = (c === 13 || c === 14) && uniform() < 0.01;
    cells.push(missing ? '' : c === 12 ? String(value) : value.toPrecision(7));
  }
  const pick = (labels: readonly string[], skew: number) =>
    labels[Math.floor(uniform() ** skew * labels.length)]!;
  const colors = ['red', 'green', 'blue', 'amber', 'violet', 'teal', 'black', 'white'];
  cells.push(uniform() < 0.01 ? '' : pick(colors, 1));
  cells.push(pick(colors, 1 + d * 0.4));
  const cities = Array.from({ length: 20 }, (_, i) => `city_${i}`);
  cells.push(drifted && uniform() < 0.02 ? 'city_new' : pick(cities, 1.5));
  cells.push(pick(['low', 'mid', 'high'], 1));
  cells.push(uniform() < 0.3 + 0.03 * d ? 'yes' : 'no');
  return cells.join(',');
}

async function generateCsv(path: string, rows: number, drifted: boolean): Promise<void> {
  const random = generator(drifted ? 11 : 7);
  const header = [
    ...Array.from({ length: NUMERIC }, (_, i) => `n${String(i).padStart(2, '0')}`),
    ...Array.from({ length: CATEGORICAL }, (_, i) => `c${i}`),
  ];
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  out.write(`${header.join(',')}\n`);
  for (let row = 0; row < rows; row += 5000) {
    const lines: string[] = [];
    for (let i = row; i < Math.min(rows, row + 5000); i++) lines.push(rowFor(random, drifted));
    if (!out.write(`${lines.join('\n')}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(partial, path);
}

/** Child: the timed end-to-end report, then (untimed) our numbers for the comparison. */
async function runOurs(reference: string, current: string, out: string): Promise<OursResult> {
  const baselineRss = process.memoryUsage().rss;
  const started = performance.now();
  const result = await compareDriftFiles({ reference, current });
  if (result.status === 'error') throw result.error;
  const writeStarted = performance.now();
  await writeFile(out, `${JSON.stringify(result.report, null, 2)}\n`);
  const write = (performance.now() - writeStarted) / 1000;
  const seconds = (performance.now() - started) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const report = result.report!;
  const drifted = report.columns
    .filter((column) => column.drifted)
    .map((column) => column.name)
    .join(' ');
  const [ref, cur] = await Promise.all([readFrame(reference), readFrame(current)]);
  return {
    seconds,
    steps: { ...result.timings, write },
    execution: result.execution,
    baselineRss,
    peakRss,
    rawBytes: rawBytes(ref.frame) + rawBytes(cur.frame),
    drifted: `${report.dataset.drifted} of ${report.dataset.compared} (${drifted})`,
    numbers: ourNumbers(ref.frame, cur.frame),
  };
}

function rawBytes(frame: Frame): number {
  return frame.columns.reduce(
    (sum, column) =>
      sum +
      (column.type === 'categorical'
        ? column.codes.byteLength
        : column.type === 'text'
          ? 0
          : column.values.byteLength),
    0,
  );
}

function ourNumbers(reference: Frame, current: Frame): Numbers {
  const registry = new DriftStatisticRegistry();
  const numbers: Numbers = {};
  for (const [index, column] of reference.columns.entries()) {
    const a = summarizeColumn(column);
    const b = summarizeColumn(current.columns[index]!);
    if (a.kind === 'numeric' && b.kind === 'numeric') {
      const input = { reference: sortFloat64(a.values), current: sortFloat64(b.values) };
      const ks = registry.get('numeric', 'ks').compute(input);
      numbers[column.name] = {
        ks: [ks.statistic, ks.pValue!],
        psi: registry.get('numeric', 'psi').compute(input).statistic,
        wasserstein: registry.get('numeric', 'wasserstein').compute(input).statistic,
      };
    } else if (a.kind === 'categorical' && b.kind === 'categorical') {
      const categories = [...new Set([...a.counts.keys(), ...b.counts.keys()])];
      const chi = registry.get('categorical', 'chisquare').compute({
        categories,
        referenceCounts: Float64Array.from(categories, (label) => a.counts.get(label) ?? 0),
        currentCounts: Float64Array.from(categories, (label) => b.counts.get(label) ?? 0),
      });
      numbers[column.name] = { chisquare: [chi.statistic, chi.pValue!] };
    }
  }
  return numbers;
}

/** The seeds' code (seeds/monitoring-and-retraining.md `_psi`) and SciPy's tests, per column. */
const PYTHON = `
import json, sys, time
import numpy as np, pandas as pd
from scipy.stats import chisquare, ks_2samp, wasserstein_distance

def _psi(expected: np.ndarray, actual: np.ndarray, buckets: int = 10) -> float:
    # Bin data into buckets based on expected distribution
    quantiles = np.linspace(0, 1, buckets + 1)
    edges = np.unique(np.quantile(expected, quantiles))

    def _bucket_counts(x):
        counts, _ = np.histogram(x, bins=edges)
        pct = counts / max(counts.sum(), 1)
        return np.clip(pct, 1e-6, 1.0)  # Avoid zeros

    e_pct = _bucket_counts(expected)
    a_pct = _bucket_counts(actual)

    return float(np.sum((a_pct - e_pct) * np.log(a_pct / e_pct)))

started = time.perf_counter()
reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])
loaded = time.perf_counter()
numbers = {}
for column in reference.columns:
    if reference[column].dtype.kind in "iuf":
        e = reference[column].dropna().to_numpy(dtype=float)
        a = current[column].dropna().to_numpy(dtype=float)
        ks = ks_2samp(e, a)
        numbers[column] = {"ks": [float(ks.statistic), float(ks.pvalue)], "psi": _psi(e, a),
                           "wasserstein": float(wasserstein_distance(e, a))}
    else:
        # Evidently's chisquare: current counts against reference shares scaled to the current total;
        # a label the reference lacks gets the 1e-6 share floor (renormalised), as Sextant documents.
        r = reference[column].value_counts()
        c = current[column].value_counts()
        keys = sorted(set(r.index) | set(c.index))
        shares = np.clip(np.array([r.get(k, 0) for k in keys], dtype=float) / r.sum(), 1e-6, 1.0)
        expected = shares / shares.sum() * c.sum()
        observed = np.array([c.get(k, 0) for k in keys], dtype=float)
        chi = chisquare(observed, expected)
        numbers[column] = {"chisquare": [float(chi.statistic), float(chi.pvalue)]}
done = time.perf_counter()
print(json.dumps({"load": loaded - started, "compute": done - loaded, "numbers": numbers}))
`;

function inChild(args: string[]): Promise<OursResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--child', ...args], { execArgv: process.execArgv });
    let result: OursResult | undefined;
    child.once('message', (message) => {
      result = message as OursResult;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 && result !== undefined
        ? resolve(result)
        : reject(new Error(`our drift run failed (exit ${code})`)),
    );
  });
}

/** Largest relative deviation between our numbers and SciPy's, per kind of number. */
function compare(ours: Numbers, theirs: Numbers): Record<string, { worst: number; where: string }> {
  const worst: Record<string, { worst: number; where: string }> = {};
  const note = (kind: string, where: string, a: number | undefined, b: number | undefined) => {
    if (a === undefined || b === undefined) throw new Error(`${where}: ${kind} missing on one side`);
    const scale = Math.max(Math.abs(a), Math.abs(b));
    const deviation = scale === 0 ? 0 : Math.abs(a - b) / scale;
    if (deviation >= (worst[kind]?.worst ?? -1))
      worst[kind] = { worst: deviation, where: `${where} (${a} vs ${b})` };
  };
  for (const [column, expected] of Object.entries(theirs)) {
    const got = ours[column];
    if (got === undefined) throw new Error(`no numbers of ours for ${column}`);
    if (expected.ks !== undefined) {
      note('ks statistic', column, got.ks?.[0], expected.ks[0]);
      note('ks p-value', column, got.ks?.[1], expected.ks[1]);
      note('psi', column, got.psi, expected.psi);
      note('wasserstein', column, got.wasserstein, expected.wasserstein);
    } else {
      note('chisquare statistic', column, got.chisquare?.[0], expected.chisquare?.[0]);
      note('chisquare p-value', column, got.chisquare?.[1], expected.chisquare?.[1]);
    }
  }
  return worst;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const childAt = args.indexOf('--child');
  if (childAt >= 0) {
    const [reference, current, out] = args.slice(childAt + 1);
    process.send?.(await runOurs(reference!, current!, out!));
    return;
  }
  const rowsAt = args.indexOf('--rows');
  const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 1_000_000;
  if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows takes a positive integer');
  const reference = join(tmpdir(), `sextant-bench-drift-reference-${rows}.csv`);
  const current = join(tmpdir(), `sextant-bench-drift-current-${rows}.csv`);
  for (const [path, drifted] of [
    [reference, false],
    [current, true],
  ] as const) {
    if (existsSync(path)) continue;
    const started = performance.now();
    await generateCsv(path, rows, drifted);
    console.log(`generated ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const python = ensurePythonPeer(['pandas', 'scipy'], ['python3-pandas', 'python3-scipy']);
  const script = join(tmpdir(), 'sextant-bench-drift-seeds.py');
  writeFileSync(script, PYTHON);

  console.log(
    `Node ${process.version}, ${rows} + ${rows} rows, ${NUMERIC} numeric + ${CATEGORICAL} categorical columns`,
  );
  const ours = await inChild([reference, current, join(tmpdir(), `sextant-bench-drift-report-${rows}.json`)]);
  const peer = spawnSync(python, [script, reference, current], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (peer.status !== 0) throw new Error(`the NumPy/SciPy run failed: ${peer.stderr}`);
  const theirs = JSON.parse(peer.stdout) as { load: number; compute: number; numbers: Numbers };
  const versions = spawnSync(
    python,
    ['-c', 'import numpy, pandas, scipy; print(numpy.__version__, pandas.__version__, scipy.__version__)'],
    { encoding: 'utf8' },
  ).stdout.trim();

  const { steps } = ours;
  const theirTotal = theirs.load + theirs.compute;
  const growth = ours.peakRss - ours.baselineRss;
  console.log(`\nSextant (${ours.execution}): ${ours.seconds.toFixed(2)} s end to end`);
  console.log(
    `  read reference ${steps.reference.toFixed(2)} s, read current ${steps.current.toFixed(2)} s, compare ${steps.compare.toFixed(2)} s, write JSON ${steps.write.toFixed(2)} s`,
  );
  console.log(`  drifted columns: ${ours.drifted}`);
  console.log(
    `  peak RSS ${mib(ours.peakRss)} (baseline ${mib(ours.baselineRss)}, growth ${mib(growth)}); raw column bytes ${mib(ours.rawBytes)}`,
  );
  console.log(
    `  peak RSS / raw bytes ${(ours.peakRss / ours.rawBytes).toFixed(2)} (growth / raw ${(growth / ours.rawBytes).toFixed(2)}; goal <= 2)`,
  );
  console.log(
    `NumPy/SciPy (python ${versions}): ${theirTotal.toFixed(2)} s (read_csv ${theirs.load.toFixed(2)} s, statistics ${theirs.compute.toFixed(2)} s)`,
  );
  console.log(`speed-up: ${(theirTotal / ours.seconds).toFixed(2)}x (goal >= 3x)`);
  const deviations = compare(ours.numbers, theirs.numbers);
  let failed = false;
  console.log('max relative deviation from SciPy:');
  for (const [kind, { worst, where }] of Object.entries(deviations)) {
    const limit = kind.endsWith('p-value') ? 1e-6 : TOLERANCE;
    failed ||= worst > limit;
    console.log(`  ${kind.padEnd(20)} ${worst.toExponential(2)} (limit ${limit}) at ${where}`);
  }
  if (failed) {
    console.error('our numbers differ from SciPy beyond the tolerance');
    process.exitCode = 1;
  }
}

await main();
