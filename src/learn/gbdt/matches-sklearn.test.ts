import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { trainGbdt } from './train-gbdt.js';

/** The data and scikit-learn's holdout scores written by bench/reference/make-gbdt-vectors.py. */
interface GbdtVectors {
  nRows: number;
  nCols: number;
  nTrain: number;
  rows: string[];
  yBinary: string;
  yMulticlass: string;
  yRegression: string;
  sklearn: {
    binary: { accuracy: number; rocAuc: number };
    multiclass: { accuracy: number };
    regression: { rmse: number };
  };
}

const vectors = JSON.parse(
  readFileSync(new URL('./fixtures/gbdt-vectors.json', import.meta.url), 'utf8'),
) as GbdtVectors;
const { nCols, nTrain, nRows } = vectors;
const x = Float64Array.from(
  vectors.rows.flatMap((row) => row.split(',')),
  (cell) => (cell === '' ? Number.NaN : Number(cell)),
);
const column = (text: string) => Float64Array.from(text.split(','), Number);
const train = (y: Float64Array) => ({
  x: x.subarray(0, nTrain * nCols),
  nRows: nTrain,
  nCols,
  y: y.subarray(0, nTrain),
});
const holdout = x.slice(nTrain * nCols);
const options = { earlyStopping: false, maxIter: 50 } as const;

describe('against scikit-learn HistGradientBoosting (early_stopping=False, max_iter=50)', () => {
  it('classifies within half a point of accuracy and ROC AUC', () => {
    const y = column(vectors.yBinary);
    const { model } = trainGbdt('classification', train(y), options);
    const proba = model.predictProba(holdout);
    const truth = y.subarray(nTrain);
    const positive = Array.from(truth, (_, i) => proba[2 * i + 1]!);
    let correct = 0;
    for (let i = 0; i < truth.length; i++) if ((positive[i]! >= 0.5 ? 1 : 0) === truth[i]) correct++;
    expect(Math.abs(correct / truth.length - vectors.sklearn.binary.accuracy)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(rocAuc(positive, truth) - vectors.sklearn.binary.rocAuc)).toBeLessThanOrEqual(0.005);
  });

  it('classifies three classes within half a point of accuracy', () => {
    const y = column(vectors.yMulticlass);
    const { model } = trainGbdt('classification', train(y), options);
    const predicted = model.predict(holdout);
    let correct = 0;
    for (let i = 0; i < predicted.length; i++) if (predicted[i] === y[nTrain + i]) correct++;
    expect(Math.abs(correct / predicted.length - vectors.sklearn.multiclass.accuracy)).toBeLessThanOrEqual(
      0.005,
    );
  });

  it('regresses within 1 % of the RMSE', () => {
    const y = column(vectors.yRegression);
    const { model } = trainGbdt('regression', train(y), options);
    const predicted = model.predict(holdout);
    let sum = 0;
    for (let i = 0; i < predicted.length; i++) sum += (predicted[i]! - y[nTrain + i]!) ** 2;
    const rmse = Math.sqrt(sum / (nRows - nTrain));
    expect(Math.abs(rmse / vectors.sklearn.regression.rmse - 1)).toBeLessThanOrEqual(0.01);
  });
});

/** ROC AUC as the Mann-Whitney statistic, ties counted half. */
function rocAuc(scores: number[], truth: Float64Array): number {
  const order = scores.map((s, i) => [s, truth[i]!] as const).sort((a, b) => a[0] - b[0]);
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j < order.length && order[j]![0] === order[i]![0]) j++;
    const midRank = (i + 1 + j) / 2;
    for (let t = i; t < j; t++) {
      if (order[t]![1] === 1) {
        positives++;
        rankSum += midRank;
      }
    }
    i = j;
  }
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
