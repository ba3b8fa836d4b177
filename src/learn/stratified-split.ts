import { SeededRandom } from '../core/seeded-random.js';
import { SextantError } from '../core/sextant-error.js';

/** Row indices of a train / holdout split. */
export interface Split {
  readonly train: Uint32Array;
  readonly holdout: Uint32Array;
}

/**
 * Splits rows into train and holdout, seeded. With `strata` (a class code per row, -1 for a missing
 * label, which is excluded) each class keeps its share in both parts, as scikit-learn's stratified
 * `train_test_split` does; without it the split is a plain shuffle. Every class with at least two rows
 * gets at least one row on each side, so holdout metrics see every class.
 */
export function stratifiedSplit(
  rowCount: number,
  options: { holdoutShare: number; seed: number; strata?: Int32Array | undefined },
): Split {
  const { holdoutShare, seed, strata } = options;
  if (!(holdoutShare > 0 && holdoutShare < 1)) {
    throw new SextantError('INVALID_ARGUMENT', `holdout share must be between 0 and 1, got ${holdoutShare}`);
  }
  const rng = new SeededRandom(seed);
  const groups = new Map<number, number[]>();
  for (let row = 0; row < rowCount; row++) {
    const key = strata === undefined ? 0 : (strata[row] as number);
    if (key < 0) continue;
    let group = groups.get(key);
    if (group === undefined) {
      group = [];
      groups.set(key, group);
    }
    group.push(row);
  }
  const train: number[] = [];
  const holdout: number[] = [];
  for (const key of [...groups.keys()].sort((a, b) => a - b)) {
    const rows = rng.shuffle(groups.get(key) as number[]);
    let take = Math.round(rows.length * holdoutShare);
    if (rows.length >= 2) take = Math.min(Math.max(take, 1), rows.length - 1);
    holdout.push(...rows.slice(0, take));
    train.push(...rows.slice(take));
  }
  if (train.length === 0 || holdout.length === 0) {
    throw new SextantError('INVALID_ARGUMENT', `${rowCount} labelled rows are too few for a holdout split`);
  }
  // Sorted indices keep the original row order within each part (reproducible, cache-friendly).
  return { train: Uint32Array.from(train).sort(), holdout: Uint32Array.from(holdout).sort() };
}
