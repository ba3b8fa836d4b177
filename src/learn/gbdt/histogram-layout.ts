/**
 * Shape of the per-node histograms and of the binned data, shared by binning, histogram building,
 * split finding and row partitioning so they agree on where missing values live.
 *
 * A feature's bins are 0..254 for values (bin `b` holds values in (edge[b-1], edge[b]]) and 255 for
 * missing values, so a bin always fits a Uint8 and a missing value is never mixed with a real one.
 * A histogram holds, per feature and bin, three Float64 slots: gradient sum, hessian sum, row count.
 */
export const HISTOGRAM_LAYOUT = {
  missingBin: 255,
  binsPerFeature: 256,
  slotsPerBin: 3,
  /** Float64 slots per feature: binsPerFeature * slotsPerBin. */
  featureStride: 768,
} as const;
