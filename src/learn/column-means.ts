import type { FeatureMatrix } from './feature-matrix.js';

/** The mean of each column of a dense or CSR matrix (zeros of CSR included), for centering. */
export function columnMeans(x: FeatureMatrix): Float64Array {
  const sums = new Float64Array(x.cols);
  const ones = new Float64Array(x.rows).fill(1);
  x.transposeMultiply(ones, 1, sums);
  for (let j = 0; j < x.cols; j++) sums[j]! /= Math.max(1, x.rows);
  return sums;
}
