import type { SeededRandom } from '../../core/seeded-random.js';

/**
 * Holds out `fraction` of the rows (rounded up, as scikit-learn's train_test_split) for early
 * stopping, seeded. With class codes the split is stratified: each class keeps its share in both
 * parts, so a rare class is not left out of the validation loss by chance. Both parts come back in
 * increasing row order, so gathering their features reads memory forwards.
 */
export function splitValidation(
  nRows: number,
  fraction: number,
  codes: Float64Array | undefined,
  random: SeededRandom,
): { train: Uint32Array; validation: Uint32Array } {
  const order = random.shuffle(Uint32Array.from({ length: nRows }, (_, i) => i));
  const isValidation = new Uint8Array(nRows);
  if (codes === undefined) {
    const nValidation = Math.ceil(fraction * nRows);
    for (let i = 0; i < nValidation; i++) isValidation[order[i]!] = 1;
  } else {
    const counts = new Map<number, number>();
    for (let i = 0; i < nRows; i++) counts.set(codes[i]!, (counts.get(codes[i]!) ?? 0) + 1);
    const quota = new Map([...counts].map(([code, count]) => [code, Math.round(fraction * count)]));
    // Walking the shuffled order, each class gives its first `quota` rows to validation.
    for (let i = 0; i < nRows; i++) {
      const row = order[i]!;
      const left = quota.get(codes[row]!)!;
      if (left > 0) {
        isValidation[row] = 1;
        quota.set(codes[row]!, left - 1);
      }
    }
  }
  let nValidation = 0;
  for (let i = 0; i < nRows; i++) nValidation += isValidation[i]!;
  const train = new Uint32Array(nRows - nValidation);
  const validation = new Uint32Array(nValidation);
  let t = 0;
  let v = 0;
  for (let i = 0; i < nRows; i++) {
    if (isValidation[i]) validation[v++] = i;
    else train[t++] = i;
  }
  return { train, validation };
}
