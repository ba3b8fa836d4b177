import { SeededRandom } from '../core/seeded-random.js';
import { DriftOptionReader } from '../stats/drift/drift-option-reader.js';
import type { DriftMeasurement, DriftOptions } from '../stats/drift/drift-statistic.js';
import { insufficientData } from '../stats/drift/insufficient-data.js';
import type { TextDriftInput, TextDriftStatistic } from '../stats/drift/text-drift-statistic.js';
import { rocAuc } from '../stats/metrics/roc-auc.js';
import { LogisticRegression } from './logistic-regression.js';
import { TfidfFeaturizer } from './tfidf-featurizer.js';

/** Above this many documents on the smaller side, the threshold is the fixed 0.55 (Evidently's). */
const FIXED_THRESHOLD_MIN_DOCUMENTS = 1000;
const FIXED_THRESHOLD = 0.55;
/** Label shuffles behind the bootstrapped threshold: its 95th percentile is the largest of 19. */
const PERMUTATIONS = 19;
const TFIDF = { ngramRange: [1, 1] as [number, number], minDf: 2, sublinearTf: true, maxFeatures: 20_000 };

/**
 * Text drift by a domain classifier: TF-IDF + logistic regression learns to tell current documents from
 * reference ones, and its cross-validated ROC AUC is the score (0.5: indistinguishable). Drift from AUC
 * 0.55 when the smaller side has over 1000 documents; below that, from the 95th percentile of the AUC the
 * same procedure reaches on randomly relabelled documents (a bootstrapped threshold, at least 0.55), so a
 * small sample is not called drifted by chance. details: the threshold and how it was set, and the words
 * that most separate the sides (`currentWords`, `referenceWords`, by model weight).
 * Needs the documents, so it compares data files, not a saved profile (insufficient data there).
 */
export const domainClassifierStatistic: TextDriftStatistic = {
  name: 'domain_classifier',
  label: 'Domain classifier ROC AUC',
  kind: 'text',
  scoreKind: 'distance',
  defaultThreshold: FIXED_THRESHOLD,
  failThreshold: 0.7,
  options: {
    folds: 'cross-validation folds (default 3)',
    max_documents: 'documents sampled per side (default 5000)',
    seed: 'seed of sampling, folds and shuffles (default 0)',
  },
  compute: domainClassifier,
};

function domainClassifier(input: TextDriftInput, options?: DriftOptions): DriftMeasurement {
  const reader = new DriftOptionReader('domain_classifier', options, ['folds', 'max_documents', 'seed']);
  const folds = Math.round(reader.number('folds', 3, 2));
  const maxDocuments = Math.round(reader.number('max_documents', 5000, 20));
  const seed = Math.round(reader.number('seed', 0, 0));
  if (input.documents === undefined) {
    return insufficientData('distance', {
      note: 'the domain classifier needs documents: compare data files, not a profile',
    });
  }
  const rng = new SeededRandom(seed);
  const reference = sample(input.documents.reference, maxDocuments, rng);
  const current = sample(input.documents.current, maxDocuments, rng);
  const smaller = Math.min(reference.length, current.length);
  if (smaller < 2 * folds) {
    return insufficientData('distance', {
      minimum: 2 * folds,
      referenceSize: reference.length,
      currentSize: current.length,
    });
  }
  const documents = [...reference, ...current];
  const labels = Float64Array.from(documents, (_, i) => (i < reference.length ? 0 : 1));
  const fold = assignFolds(labels, folds, rng);
  const auc = crossValidatedAuc(documents, labels, fold, folds);
  let threshold = FIXED_THRESHOLD;
  let method = `fixed (over ${FIXED_THRESHOLD_MIN_DOCUMENTS} documents on the smaller side)`;
  if (smaller <= FIXED_THRESHOLD_MIN_DOCUMENTS) {
    let highest = 0;
    for (let p = 0; p < PERMUTATIONS; p++) {
      const shuffled = rng.shuffle(Float64Array.from(labels));
      highest = Math.max(
        highest,
        crossValidatedAuc(documents, shuffled, assignFolds(shuffled, folds, rng), folds),
      );
    }
    threshold = Math.max(FIXED_THRESHOLD, highest);
    method = `bootstrapped: 95th percentile of ${PERMUTATIONS} relabelled runs`;
  }
  return {
    statistic: auc,
    details: {
      threshold,
      method,
      folds,
      sampled: { reference: reference.length, current: current.length },
      ...separatingWords(documents, labels),
    },
  };
}

function sample(documents: readonly string[], max: number, rng: SeededRandom): string[] {
  return documents.length <= max ? [...documents] : rng.shuffle([...documents]).slice(0, max);
}

/** A fold per document, each class spread evenly over the folds. */
function assignFolds(labels: Float64Array, folds: number, rng: SeededRandom): Int32Array {
  const fold = new Int32Array(labels.length);
  for (const label of [0, 1]) {
    const rows = rng.shuffle([...labels.keys()].filter((i) => labels[i] === label));
    rows.forEach((row, position) => {
      fold[row] = position % folds;
    });
  }
  return fold;
}

/** ROC AUC of out-of-fold scores: each document scored by a model that never saw it. */
function crossValidatedAuc(
  documents: readonly string[],
  labels: Float64Array,
  fold: Int32Array,
  folds: number,
): number {
  const scores = new Float64Array(documents.length);
  for (let k = 0; k < folds; k++) {
    const train = [...fold.keys()].filter((i) => fold[i] !== k);
    const test = [...fold.keys()].filter((i) => fold[i] === k);
    const { featurizer, features } = TfidfFeaturizer.fitTransform(
      textColumn(train.map((i) => documents[i]!)),
      TFIDF,
    );
    const model = LogisticRegression.fit(
      features,
      Float64Array.from(train, (i) => labels[i]!),
      { classCount: 2 },
    );
    const proba = model.predictProba(featurizer.transform(textColumn(test.map((i) => documents[i]!))));
    test.forEach((row, j) => {
      scores[row] = proba[2 * j + 1]!;
    });
  }
  return rocAuc(labels, scores);
}

/** The words with the largest weights toward each side, from a model fitted on every document. */
function separatingWords(
  documents: readonly string[],
  labels: Float64Array,
): { currentWords: string[]; referenceWords: string[] } {
  const { featurizer, features } = TfidfFeaturizer.fitTransform(textColumn(documents), TFIDF);
  const model = LogisticRegression.fit(features, labels, { classCount: 2 });
  const order = [...model.weights.keys()].sort((a, b) => model.weights[b]! - model.weights[a]!);
  const word = (i: number) => (featurizer.featureNames[i] ?? '').replace(/^text:/, '');
  return {
    currentWords: order
      .slice(0, 10)
      .filter((i) => model.weights[i]! > 0)
      .map(word),
    referenceWords: order
      .slice(-10)
      .reverse()
      .filter((i) => model.weights[i]! < 0)
      .map(word),
  };
}

function textColumn(values: readonly string[]) {
  return { name: 'text', type: 'text' as const, values };
}
