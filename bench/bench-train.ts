/**
 * `npm run bench:train`: Sextant against scikit-learn on the same files, in one run.
 * 1. The seeds' ticket model: TF-IDF (title, description; 1-2 grams, min_df 2, sublinear tf) + one-hot
 *    (source, customer_tier) + L2 logistic regression, on 100k synthetic tickets (20k more to score).
 * 2. Histogram gradient-boosted trees on 1M rows x 20 numeric columns (200k more to score).
 * Prints fit times, accuracy and ROC AUC for both, the ratios, and one-row prediction latency.
 * Options: --tickets N (default 100000), --gbdt-rows N (default 1000000), --skip-python.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateTickets } from '../src/data/generate-tickets.js';
import { readFrame } from '../src/data/read-frame.js';
import { writeCsv } from '../src/data/write-csv.js';
import { encodeTarget } from '../src/learn/encode-target.js';
import { evaluatePredictions } from '../src/learn/evaluate-predictions.js';
import { FeaturePipeline } from '../src/learn/feature-pipeline.js';
import { fitModel } from '../src/learn/fit-model.js';
import { planFeatures } from '../src/learn/plan-features.js';
import { makeGbdtData } from './make-gbdt-data.js';
import { ensurePythonPeer } from './python-peer.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const ticketRows = arg('tickets', 100_000);
const gbdtRows = arg('gbdt-rows', 1_000_000);
const skipPython = process.argv.includes('--skip-python');
const dir = mkdtempSync(join(tmpdir(), 'sextant-bench-train-'));
const seconds = (start: number) => (performance.now() - start) / 1000;

interface Side {
  load_s: number;
  fit_s: number;
  /** Ours only: the part of fit_s spent fitting the feature pipeline. */
  featurize_s?: number;
  predict_s: number;
  accuracy: number;
  roc_auc: number;
  iterations?: number;
  one_row_us?: number;
}

async function oursOn(
  trainPath: string,
  testPath: string,
  target: string,
  algorithm: 'logistic' | 'gbdt',
  text: string[],
): Promise<Side> {
  let start = performance.now();
  const train = (await readFrame(trainPath, { overrides: textOverrides(trainPath, text) })).frame;
  const test = (await readFrame(testPath, { overrides: textOverrides(testPath, text) })).frame;
  const load = seconds(start);
  const yTrain = encodeTarget(train.columns.find((c) => c.name === target)!);
  const yTest = encodeTarget(test.columns.find((c) => c.name === target)!);
  start = performance.now();
  const plan = planFeatures(train.columns, target, { text });
  // As `sextant train --algorithm gbdt` does: trees get raw numbers, NaN included.
  const treeOptions = { numeric: { impute: false, standardize: false, missingIndicator: false } };
  const { pipeline, features } = FeaturePipeline.fit(train, plan, algorithm === 'gbdt' ? treeOptions : {});
  const featurize = seconds(start);
  const { model, info } = fitModel(algorithm, 'binary', features, yTrain.y, {
    classCount: 2,
    params: {},
    seed: 0,
  });
  const fit = seconds(start);
  start = performance.now();
  const scores = model.predict(pipeline.transform(test));
  const predict = seconds(start);
  const metrics = evaluatePredictions('binary', yTest.y, scores, 2);
  // One-row latency: featurize + predict a single row, many times, after warm-up.
  const one = { rowCount: 1, columns: test.columns.map((c) => sliceFirst(c)) };
  for (let i = 0; i < 2000; i++) model.predict(pipeline.transform(one));
  start = performance.now();
  const reps = 20_000;
  for (let i = 0; i < reps; i++) model.predict(pipeline.transform(one));
  const oneRowUs = ((performance.now() - start) * 1000) / reps;
  return {
    load_s: load,
    fit_s: fit,
    featurize_s: featurize,
    predict_s: predict,
    accuracy: metrics.accuracy!,
    roc_auc: metrics.roc_auc!,
    ...(typeof info.iterations === 'number' ? { iterations: info.iterations } : {}),
    one_row_us: oneRowUs,
  };
}

function textOverrides(path: string, text: string[]) {
  if (text.length === 0) return undefined;
  return { source: path, columns: new Map(text.map((c) => [c, { type: 'text' as const, required: true }])) };
}

function sliceFirst<T extends { type: string }>(column: T): T {
  const c = column as unknown as Record<string, unknown>;
  const values = c.values ?? c.codes;
  const first = Array.isArray(values) ? values.slice(0, 1) : (values as Float64Array).subarray(0, 1);
  return { ...column, [c.values === undefined ? 'codes' : 'values']: first };
}

function python(args: string[]): Record<string, Side> {
  const py = ensurePythonPeer(['sklearn', 'pandas'], ['python3-sklearn', 'python3-pandas']);
  const script = fileURLToPath(new URL('./reference/sklearn-train.py', import.meta.url));
  const run = spawnSync(py, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(`scikit-learn side failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, Side>;
}

function row(name: string, ours: Side, theirs: Side | undefined): void {
  const ratio = theirs ? `${(ours.fit_s / theirs.fit_s).toFixed(2)}x sklearn's fit time` : '';
  console.log(
    `${name.padEnd(8)} sextant fit ${ours.fit_s.toFixed(2)} s (features ${ours.featurize_s?.toFixed(2)} s), accuracy ${(100 * ours.accuracy).toFixed(2)} %, ` +
      `AUC ${(100 * ours.roc_auc).toFixed(2)}, load ${ours.load_s.toFixed(2)} s, predict ${ours.predict_s.toFixed(2)} s, ` +
      `one row ${ours.one_row_us?.toFixed(1)} us${ours.iterations ? `, ${ours.iterations} iterations` : ''}`,
  );
  if (theirs) {
    console.log(
      `${''.padEnd(8)} sklearn fit ${theirs.fit_s.toFixed(2)} s, accuracy ${(100 * theirs.accuracy).toFixed(2)} %, ` +
        `AUC ${(100 * theirs.roc_auc).toFixed(2)}, load ${theirs.load_s.toFixed(2)} s, predict ${theirs.predict_s.toFixed(2)} s` +
        `${theirs.iterations ? `, ${theirs.iterations} iterations` : ''}`,
    );
    console.log(
      `${''.padEnd(8)} ratio: ${ratio}; accuracy ${(100 * (ours.accuracy - theirs.accuracy)).toFixed(2)} points, ` +
        `AUC ${(100 * (ours.roc_auc - theirs.roc_auc)).toFixed(2)} points`,
    );
  }
}

try {
  console.log(`bench:train: ${ticketRows} tickets, ${gbdtRows} x 20 GBDT rows; data in ${dir}`);
  const ticketsTrain = join(dir, 'tickets-train.csv');
  const ticketsTest = join(dir, 'tickets-test.csv');
  const all = generateTickets({ rows: Math.round(ticketRows * 1.2), seed: 2026 });
  await writeCsv(ticketsTrain, all.slice(0, ticketRows) as unknown as Record<string, unknown>[]);
  await writeCsv(ticketsTest, all.slice(ticketRows) as unknown as Record<string, unknown>[]);
  const gbdtTrain = join(dir, 'gbdt-train.csv');
  const gbdtTest = join(dir, 'gbdt-test.csv');
  await makeGbdtData(gbdtTrain, gbdtRows, 1);
  await makeGbdtData(gbdtTest, Math.round(gbdtRows / 5), 2);

  const ticketsOurs = await oursOn(ticketsTrain, ticketsTest, 'urgent', 'logistic', ['title', 'description']);
  const gbdtOurs = await oursOn(gbdtTrain, gbdtTest, 'label', 'gbdt', []);
  const theirs = skipPython ? undefined : python([ticketsTrain, ticketsTest, gbdtTrain, gbdtTest]);
  if (theirs) console.log(`peers: scikit-learn ${theirs.sklearn}, numpy ${theirs.numpy}`);
  row('tickets', ticketsOurs, theirs?.tickets);
  row('gbdt', gbdtOurs, theirs?.gbdt);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
