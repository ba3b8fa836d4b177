/** What is being learned: classes (binary log loss or softmax, picked by the class count) or a number. */
export type GbdtTask = 'classification' | 'regression';

/** One finished boosting iteration, handed to {@link GbdtOptions.onProgress} so a CLI can draw a bar. */
export interface GbdtProgress {
  /** 1-based iteration just finished. */
  readonly iteration: number;
  /** The most iterations this run can do (`maxIter`); early stopping may end it sooner. */
  readonly maxIter: number;
  /** Mean training loss after this iteration. */
  readonly trainLoss: number;
  /** Mean validation loss after this iteration; undefined without early stopping. */
  readonly validationLoss: number | undefined;
}

/**
 * Options of histogram gradient boosting. Names and defaults follow scikit-learn's
 * HistGradientBoostingClassifier / Regressor (camelCase), so settings carry over from notebooks.
 */
export interface GbdtOptions {
  /** Boosting iterations (one tree per class per iteration for multiclass). Default 100. */
  maxIter?: number;
  /** Shrinkage applied to each leaf value. Default 0.1. */
  learningRate?: number;
  /** Leaves per tree; trees grow best-first until this many. Default 31. */
  maxLeafNodes?: number;
  /** Edges from the root to the deepest leaf; undefined means no limit. */
  maxDepth?: number;
  /** Fewest training rows in a leaf. Default 20. */
  minSamplesLeaf?: number;
  /** L2 penalty λ on leaf values (gain uses G²/(H+λ)). Default 0. */
  l2Regularization?: number;
  /** Bins per feature for non-missing values, at most 255; missing values get a bin of their own. Default 255. */
  maxBins?: number;
  /** Rows sampled to place the quantile bin edges. Default 200000. */
  binSubsample?: number;
  /** `'auto'` turns early stopping on above 10000 rows. Default 'auto'. */
  earlyStopping?: 'auto' | boolean;
  /** Share of rows held out (stratified for classes) to decide early stopping. Default 0.1. */
  validationFraction?: number;
  /** Stop after this many iterations without a validation-loss improvement larger than `tol`. Default 10. */
  nIterNoChange?: number;
  /** Smallest validation-loss decrease that counts as an improvement. Default 1e-7. */
  tol?: number;
  /**
   * Threads that sum histograms, this one included. Default: up to 4 of the machine's cores from
   * 50000 training rows, else 1. The model is the same for every thread count.
   */
  threads?: number;
  /** Seed of the validation split and the binning subsample. Default 0. */
  seed?: number;
  /** Called after every iteration. */
  onProgress?: (progress: GbdtProgress) => void;
}
