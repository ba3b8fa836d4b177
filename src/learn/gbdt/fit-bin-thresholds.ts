import type { SeededRandom } from '../../core/seeded-random.js';

/**
 * Places at most `maxBins - 1` bin edges per feature at quantiles of a seeded subsample of the
 * training rows (scikit-learn's `_BinMapper`, LightGBM's histogram method), so that trees only ever
 * look at `maxBins` candidate thresholds per feature instead of every distinct value.
 *
 * A feature with at most `maxBins` distinct values gets the midpoints between consecutive values, so
 * each value has its own bin; otherwise the edges are the 1/maxBins .. (maxBins-1)/maxBins quantiles
 * (midpoint interpolation), with duplicates dropped. NaN is ignored here: missing values get their own
 * bin. `x` is row-major with `nCols` columns; `rows` are the training rows.
 */
export function fitBinThresholds(
  x: Float64Array,
  nCols: number,
  rows: Uint32Array,
  maxBins: number,
  subsample: number,
  random: SeededRandom,
): Float64Array[] {
  const sample = pickSample(rows, subsample, random);
  const values = new Float64Array(sample.length);
  const thresholds: Float64Array[] = [];
  for (let f = 0; f < nCols; f++) {
    let n = 0;
    for (let i = 0; i < sample.length; i++) {
      const v = x[sample[i]! * nCols + f]!;
      if (!Number.isNaN(v)) values[n++] = v;
    }
    const sorted = values.subarray(0, n).sort();
    thresholds.push(edgesOf(sorted, maxBins));
  }
  return thresholds;
}

/** All rows when there are few enough, else `subsample` of them without replacement, in row order. */
function pickSample(rows: Uint32Array, subsample: number, random: SeededRandom): Uint32Array {
  if (rows.length <= subsample) return rows;
  const pool = Uint32Array.from(rows);
  // Partial Fisher-Yates: the first `subsample` slots end up a uniform sample without replacement.
  for (let i = 0; i < subsample; i++) {
    const j = i + random.int(pool.length - i);
    const held = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = held;
  }
  // Sorted so that reading x walks memory forwards.
  return pool.subarray(0, subsample).sort();
}

function edgesOf(sorted: Float64Array, maxBins: number): Float64Array {
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
    if (distinct.length > maxBins) break;
  }
  const edges: number[] = [];
  if (distinct.length <= maxBins) {
    for (let i = 1; i < distinct.length; i++) edges.push(midpoint(distinct[i - 1]!, distinct[i]!));
  } else {
    const last = sorted.length - 1;
    for (let k = 1; k < maxBins; k++) {
      const position = (k / maxBins) * last;
      const edge = midpoint(sorted[Math.floor(position)]!, sorted[Math.ceil(position)]!);
      if (edges.length === 0 || edge > edges[edges.length - 1]!) edges.push(edge);
    }
  }
  // An edge of +Infinity would put +Infinity values in the same bin as finite ones.
  return Float64Array.from(edges, (e) => Math.min(e, Number.MAX_VALUE));
}

/** Halves first so that two huge values do not overflow to Infinity. */
function midpoint(a: number, b: number): number {
  return a / 2 + b / 2;
}
