import type { TfidfOptions } from './tfidf-featurizer.js';

/**
 * The pipeline's TF-IDF defaults, for training on short documents such as support tickets: word pairs,
 * terms found in at least two documents (a term seen once teaches nothing and bloats the model),
 * log-scaled counts, at most 100,000 columns. Options given to the pipeline are merged over these.
 */
export const DEFAULT_TEXT_OPTIONS: TfidfOptions = {
  ngramRange: [1, 2],
  minDf: 2,
  sublinearTf: true,
  maxFeatures: 100_000,
};
