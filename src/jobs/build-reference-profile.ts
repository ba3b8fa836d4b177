import type { Column, Frame } from '../core/frame.js';
import { SeededRandom } from '../core/seeded-random.js';
import { takeRows } from '../data/take-rows.js';
import { computeDrift } from '../stats/drift-engine/compute-drift.js';
import type { ReferenceProfile } from '../stats/drift-profile/reference-profile.js';

/** Rows profiled at most: profiles are sketches anyway, and training time should not grow with them. */
const MAX_PROFILE_ROWS = 200_000;

/**
 * The drift reference of a model version: its feature columns on the training data and its
 * predictions on the holdout (the prediction column), profiled once at training time so monitoring
 * never reads the training data again.
 */
export async function buildReferenceProfile(
  frame: Frame,
  features: readonly string[],
  prediction: { readonly column: Column; readonly rows: number },
  options: { source: string; seed: number; now: () => Date },
): Promise<ReferenceProfile> {
  const wanted = new Set(features);
  let sample: Frame = { rowCount: frame.rowCount, columns: frame.columns.filter((c) => wanted.has(c.name)) };
  if (sample.rowCount > MAX_PROFILE_ROWS)
    sample = takeRows(sample, sampleRows(sample.rowCount, options.seed));
  const empty: Frame = { rowCount: 0, columns: [] };
  const settings = { columns: [] };
  const profileOf = async (data: Frame) => {
    const built = await computeDrift(data, empty, {
      settings,
      profile: {},
      now: options.now,
      referenceSource: options.source,
    });
    return built.profile as ReferenceProfile;
  };
  const inputs = await profileOf(sample);
  const outputs = await profileOf({ rowCount: prediction.rows, columns: [prediction.column] });
  return { ...inputs, columns: [...inputs.columns, ...outputs.columns] };
}

function sampleRows(rowCount: number, seed: number): Uint32Array {
  const random = new SeededRandom(seed);
  const picked = new Uint32Array(MAX_PROFILE_ROWS);
  // Reservoir sampling keeps every row equally likely; sorting keeps the sample in file order.
  for (let i = 0; i < rowCount; i++) {
    if (i < MAX_PROFILE_ROWS) picked[i] = i;
    else {
      const j = Math.floor(random.next() * (i + 1));
      if (j < MAX_PROFILE_ROWS) picked[j] = i;
    }
  }
  return picked.sort();
}
