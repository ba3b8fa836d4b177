/**
 * One regression tree of a boosted model, as flat typed arrays indexed by node (root 0). Serving
 * walks it on raw feature values, so it needs neither the binner nor any object per node.
 *
 * An internal node sends a row left when its value is <= `threshold`, or when the value is missing
 * (NaN) and `missingLeft` is 1. A leaf has `feature` -1 and adds `value` (learning rate included) to
 * the raw score. Children always have larger indices than their parent.
 */
export interface GbdtTree {
  readonly feature: Int32Array;
  readonly threshold: Float64Array;
  readonly missingLeft: Uint8Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly value: Float64Array;
}
