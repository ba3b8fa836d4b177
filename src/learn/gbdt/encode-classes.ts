import { SextantError } from '../../core/sextant-error.js';

/**
 * Maps class labels to indices 0..K-1 in increasing label order (scikit-learn's `classes_`), so that
 * losses work on indices and the model can give the original labels back. Labels must be finite.
 */
export function encodeClasses(y: Float64Array): { classes: number[]; codes: Float64Array } {
  const seen = new Set<number>();
  for (let i = 0; i < y.length; i++) {
    const label = y[i]!;
    if (!Number.isFinite(label)) {
      throw new SextantError('INVALID_ARGUMENT', `class label at row ${i} is not a finite number`, {
        row: i,
      });
    }
    seen.add(label);
  }
  const classes = [...seen].sort((a, b) => a - b);
  const index = new Map(classes.map((label, k) => [label, k]));
  const codes = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) codes[i] = index.get(y[i]!)!;
  return { classes, codes };
}
