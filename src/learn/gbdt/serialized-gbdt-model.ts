import type { GbdtKind } from './gbdt-kind.js';

/** One tree of {@link SerializedGbdtModel}: each array base64 of its little-endian bytes. */
export interface SerializedGbdtTree {
  /** Node count; every array below has this many elements. */
  readonly nodes: number;
  /** Int32: feature index of the split, -1 for a leaf. */
  readonly feature: string;
  /** Float64: go left when value <= threshold. */
  readonly threshold: string;
  /** Uint8: 1 when missing values go left. */
  readonly missingLeft: string;
  /** Int32: child indices, -1 for a leaf; always greater than the node's own index. */
  readonly left: string;
  readonly right: string;
  /** Float64: leaf values (learning rate included), 0 on internal nodes. */
  readonly value: string;
}

/**
 * The JSON form of a `GbdtModel` (format 'sextant-gbdt', version 1): plain data, loaded by
 * `parseGbdtModel` without executing anything. Trees are iteration-major: tree `t * K + k` is
 * iteration t's tree for raw score k, K = `baseline.length`.
 */
export interface SerializedGbdtModel {
  readonly format: 'sextant-gbdt';
  readonly version: 1;
  readonly kind: GbdtKind;
  readonly nFeatures: number;
  /** Class labels in raw-score order (empty for regression); binary raw score is log-odds of classes[1]. */
  readonly classes: readonly number[];
  /** Raw score before any tree, one per raw score. */
  readonly baseline: readonly number[];
  readonly trees: readonly SerializedGbdtTree[];
}
