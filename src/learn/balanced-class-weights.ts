import { SextantError } from '../core/sextant-error.js';

/**
 * scikit-learn's `class_weight="balanced"`: class c weighs n / (K · n_c), so every class contributes
 * the same total weight and a rare positive class is not drowned by the majority. Returns one weight
 * per class.
 */
export function balancedClassWeights(labels: Int32Array, classCount: number): Float64Array {
  const counts = new Float64Array(classCount);
  for (let i = 0; i < labels.length; i++) counts[labels[i]!]!++;
  return counts.map((count, c) => {
    if (count === 0) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `class_weight "balanced": class ${c} has no training sample`,
        {
          class: c,
        },
      );
    }
    return labels.length / (classCount * count);
  });
}
