import { findBestSplit, type SplitConstraints } from './find-best-split.js';
import type { GbdtTree } from './gbdt-tree.js';
import { HISTOGRAM_LAYOUT } from './histogram-layout.js';
import type { SplitCandidate } from './split-candidate.js';
import { subtractHistogram } from './subtract-histogram.js';
import type { TrainingThreads } from './training-threads.js';

/** How trees grow, from the resolved options. */
export interface TreeGrowerSettings extends SplitConstraints {
  readonly maxLeafNodes: number;
  readonly maxDepth: number | undefined;
  readonly learningRate: number;
}

/** A grown tree, plus each internal node's threshold as a bin index for predicting binned rows. */
export interface GrownTree {
  readonly tree: GbdtTree;
  readonly binThreshold: Uint8Array;
}

/**
 * Grows regression trees leaf-wise (best-first, LightGBM and scikit-learn): the leaf whose best split
 * gains most is split next, until `maxLeafNodes` leaves or no split gains. Each split builds the
 * histogram of the smaller child and gets the larger one by subtraction from the parent.
 *
 * One grower serves a whole training run: node arrays are allocated once and reused by every tree;
 * rows, gradients and histograms live in the {@link TrainingThreads}' shared memory.
 */
export class TreeGrower {
  private readonly histOf: (Float64Array | null)[];
  private readonly splitOf: SplitCandidate[];
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly depth: Int32Array;
  private readonly sumGrad: Float64Array;
  private readonly sumHess: Float64Array;
  private readonly feature: Int32Array;
  private readonly binThreshold: Uint8Array;
  private readonly missingLeft: Uint8Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;
  private readonly nBins: Uint16Array;

  /** @param thresholds bin edges per feature; edge b is the raw threshold of a split at bin b */
  constructor(
    private readonly threads: TrainingThreads,
    private readonly thresholds: readonly Float64Array[],
    private readonly settings: TreeGrowerSettings,
  ) {
    const maxNodes = 2 * settings.maxLeafNodes - 1;
    this.histOf = new Array<Float64Array | null>(maxNodes).fill(null);
    this.splitOf = Array.from({ length: maxNodes }, () => ({
      gain: 0,
      feature: 0,
      bin: 0,
      missingLeft: false,
      leftGrad: 0,
      leftHess: 0,
      leftCount: 0,
    }));
    this.start = new Int32Array(maxNodes);
    this.end = new Int32Array(maxNodes);
    this.depth = new Int32Array(maxNodes);
    this.sumGrad = new Float64Array(maxNodes);
    this.sumHess = new Float64Array(maxNodes);
    this.feature = new Int32Array(maxNodes);
    this.binThreshold = new Uint8Array(maxNodes);
    this.missingLeft = new Uint8Array(maxNodes);
    this.left = new Int32Array(maxNodes);
    this.right = new Int32Array(maxNodes);
    this.nBins = Uint16Array.from(thresholds, (edges) => edges.length + 1);
  }

  /**
   * Grows one tree on the gradients and hessians of raw score `slot` and adds its leaf values to
   * that score of the training rows, which is cheaper than predicting: each leaf knows its rows.
   */
  grow(slot: number): GrownTree {
    const { rows, nRows } = this.threads.memory;
    const gradOffset = slot * nRows;
    for (let i = 0; i < nRows; i++) rows[i] = i;
    const rootHist = this.threads.takeHistogram();
    this.threads.histogram(rootHist, 0, nRows, true, gradOffset);
    let g = 0;
    let h = 0;
    for (let k = 0; k < HISTOGRAM_LAYOUT.featureStride; k += 3) {
      g += rootHist[k]!;
      h += rootHist[k + 1]!;
    }
    this.open(0, 0, nRows, 0, g, h);
    const candidates: number[] = [];
    this.consider(0, rootHist, candidates);
    let nNodes = 1;
    let nLeaves = 1;
    while (nLeaves < this.settings.maxLeafNodes && candidates.length > 0) {
      const parent = takeBest(candidates, this.splitOf);
      this.split(parent, nNodes, nNodes + 1);
      nNodes += 2;
      nLeaves++;
      this.growChildren(parent, gradOffset, nLeaves < this.settings.maxLeafNodes, candidates);
    }
    for (const node of candidates) this.release(node);
    return this.finish(nNodes, gradOffset);
  }

  private open(node: number, start: number, end: number, depth: number, g: number, h: number): void {
    this.start[node] = start;
    this.end[node] = end;
    this.depth[node] = depth;
    this.sumGrad[node] = g;
    this.sumHess[node] = h;
    this.feature[node] = -1;
  }

  /** Whether a node may still be split at all, before looking at its histogram. */
  private splittable(node: number): boolean {
    const { minSamplesLeaf, maxDepth, minHessian } = this.settings;
    return (
      this.end[node]! - this.start[node]! >= 2 * minSamplesLeaf &&
      (maxDepth === undefined || this.depth[node]! < maxDepth) &&
      this.sumHess[node]! >= 2 * minHessian
    );
  }

  /** Finds the node's best split; keeps the histogram and queues the node when there is one. */
  private consider(node: number, hist: Float64Array, candidates: number[]): void {
    const split = this.splitOf[node]!;
    split.gain = 0;
    if (this.splittable(node)) {
      const count = this.end[node]! - this.start[node]!;
      findBestSplit(hist, this.nBins, this.sumGrad[node]!, this.sumHess[node]!, count, this.settings, split);
    }
    if (split.gain > 0) {
      this.histOf[node] = hist;
      candidates.push(node);
    } else {
      this.threads.giveHistogram(hist);
    }
  }

  private split(parent: number, leftNode: number, rightNode: number): void {
    const s = this.splitOf[parent]!;
    const start = this.start[parent]!;
    const end = this.end[parent]!;
    const mid = this.threads.partition(start, end, s.feature, s.bin, s.missingLeft);
    this.feature[parent] = s.feature;
    this.binThreshold[parent] = s.bin;
    this.missingLeft[parent] = s.missingLeft ? 1 : 0;
    this.left[parent] = leftNode;
    this.right[parent] = rightNode;
    const depth = this.depth[parent]! + 1;
    this.open(leftNode, start, mid, depth, s.leftGrad, s.leftHess);
    const rightGrad = this.sumGrad[parent]! - s.leftGrad;
    this.open(rightNode, mid, end, depth, rightGrad, this.sumHess[parent]! - s.leftHess);
  }

  /** Histograms and best splits of a split node's children: build the smaller, subtract for the larger. */
  private growChildren(parent: number, gradOffset: number, roomLeft: boolean, candidates: number[]): void {
    const parentHist = this.histOf[parent]!;
    this.histOf[parent] = null;
    const a = this.left[parent]!;
    const b = this.right[parent]!;
    const [small, large] = this.end[a]! - this.start[a]! <= this.end[b]! - this.start[b]! ? [a, b] : [b, a];
    const wantSmall = roomLeft && this.splittable(small);
    const wantLarge = roomLeft && this.splittable(large);
    if (!wantSmall && !wantLarge) {
      this.threads.giveHistogram(parentHist);
      return;
    }
    const smallHist = this.threads.takeHistogram();
    this.threads.histogram(smallHist, this.start[small]!, this.end[small]!, false, gradOffset);
    if (wantLarge) {
      subtractHistogram(parentHist, smallHist);
      this.consider(large, parentHist, candidates);
    } else {
      this.threads.giveHistogram(parentHist);
    }
    if (wantSmall) this.consider(small, smallHist, candidates);
    else this.threads.giveHistogram(smallHist);
  }

  /** The tree's flat arrays; leaf values go to the training scores through the threads. */
  private finish(nNodes: number, rawOffset: number): GrownTree {
    const { learningRate, l2Regularization } = this.settings;
    const { leafStart, leafEnd, leafValue } = this.threads.memory;
    const threshold = new Float64Array(nNodes);
    const value = new Float64Array(nNodes);
    let nLeaves = 0;
    for (let node = 0; node < nNodes; node++) {
      const f = this.feature[node]!;
      if (f >= 0) {
        const edges = this.thresholds[f]!;
        const bin = this.binThreshold[node]!;
        // Splitting at the last value bin means "every value left, missing right".
        threshold[node] = bin < edges.length ? edges[bin]! : Number.POSITIVE_INFINITY;
        continue;
      }
      // The 1e-15 keeps a leaf of zero hessian (pure leaf, λ = 0) finite, as scikit-learn does.
      value[node] = (-learningRate * this.sumGrad[node]!) / (this.sumHess[node]! + l2Regularization + 1e-15);
      leafStart[nLeaves] = this.start[node]!;
      leafEnd[nLeaves] = this.end[node]!;
      leafValue[nLeaves++] = value[node]!;
    }
    this.threads.addLeaves(nLeaves, rawOffset);
    const isLeaf = (node: number) => this.feature[node]! < 0;
    return {
      tree: {
        feature: this.feature.slice(0, nNodes),
        threshold,
        missingLeft: this.missingLeft.slice(0, nNodes).map((m, node) => (isLeaf(node) ? 0 : m)),
        left: this.left.slice(0, nNodes).map((c, node) => (isLeaf(node) ? -1 : c)),
        right: this.right.slice(0, nNodes).map((c, node) => (isLeaf(node) ? -1 : c)),
        value,
      },
      binThreshold: this.binThreshold.slice(0, nNodes).map((t, node) => (isLeaf(node) ? 0 : t)),
    };
  }

  private release(node: number): void {
    const hist = this.histOf[node];
    if (hist) this.threads.giveHistogram(hist);
    this.histOf[node] = null;
  }
}

/** Removes and returns the candidate of largest gain; ties go to the one queued first, for determinism. */
function takeBest(candidates: number[], splitOf: readonly SplitCandidate[]): number {
  let best = 0;
  for (let i = 1; i < candidates.length; i++) {
    if (splitOf[candidates[i]!]!.gain > splitOf[candidates[best]!]!.gain) best = i;
  }
  const node = candidates[best]!;
  candidates.splice(best, 1);
  return node;
}
