/**
 * Sums gradients, hessians and row counts per (feature, bin) over the rows `rows[start..end)` into
 * `hist` at Float64 offset `histOffset` (layout in `HISTOGRAM_LAYOUT`: 768 slots per feature, three
 * per bin). The only full pass over the data a split needs: the hot loop of training.
 *
 * `rows` null means the rows are exactly start..end-1 (the root) and skips the indirection.
 * `grad` and `hess` are read at `offset + row`, so one buffer can hold the gradients of every class.
 *
 * Self-contained on purpose (no imports, constants or helpers): worker threads run this function's
 * own source text, so it must not refer to anything outside itself.
 */
export function buildHistogram(
  bins: Uint8Array,
  nRows: number,
  nCols: number,
  rows: Uint32Array | null,
  start: number,
  end: number,
  grad: Float64Array,
  hess: Float64Array,
  offset: number,
  hist: Float64Array,
  histOffset: number,
): void {
  hist.fill(0, histOffset, histOffset + nCols * 768);
  // Four features per pass: a row's index, gradient and hessian are read once per four updates, and
  // the four updates do not depend on each other (measured 1.6x faster than one feature per pass).
  // The contiguous and indexed loops are written out twice: a branch inside the loop costs 20 %.
  let f = 0;
  for (; f + 4 <= nCols; f += 4) {
    const c0 = f * nRows;
    const c1 = c0 + nRows;
    const c2 = c1 + nRows;
    const c3 = c2 + nRows;
    const b0 = histOffset + f * 768;
    const b1 = b0 + 768;
    const b2 = b1 + 768;
    const b3 = b2 + 768;
    if (rows === null) {
      for (let i = start; i < end; i++) {
        const g = grad[offset + i]!;
        const h = hess[offset + i]!;
        const k0 = b0 + bins[c0 + i]! * 3;
        const k1 = b1 + bins[c1 + i]! * 3;
        const k2 = b2 + bins[c2 + i]! * 3;
        const k3 = b3 + bins[c3 + i]! * 3;
        hist[k0]! += g;
        hist[k0 + 1]! += h;
        hist[k0 + 2]!++;
        hist[k1]! += g;
        hist[k1 + 1]! += h;
        hist[k1 + 2]!++;
        hist[k2]! += g;
        hist[k2 + 1]! += h;
        hist[k2 + 2]!++;
        hist[k3]! += g;
        hist[k3 + 1]! += h;
        hist[k3 + 2]!++;
      }
    } else {
      for (let i = start; i < end; i++) {
        const r = rows[i]!;
        const g = grad[offset + r]!;
        const h = hess[offset + r]!;
        const k0 = b0 + bins[c0 + r]! * 3;
        const k1 = b1 + bins[c1 + r]! * 3;
        const k2 = b2 + bins[c2 + r]! * 3;
        const k3 = b3 + bins[c3 + r]! * 3;
        hist[k0]! += g;
        hist[k0 + 1]! += h;
        hist[k0 + 2]!++;
        hist[k1]! += g;
        hist[k1 + 1]! += h;
        hist[k1 + 2]!++;
        hist[k2]! += g;
        hist[k2 + 1]! += h;
        hist[k2 + 2]!++;
        hist[k3]! += g;
        hist[k3 + 1]! += h;
        hist[k3 + 2]!++;
      }
    }
  }
  for (; f < nCols; f++) {
    const c = f * nRows;
    const b = histOffset + f * 768;
    for (let i = start; i < end; i++) {
      const r = rows === null ? i : rows[i]!;
      const k = b + bins[c + r]! * 3;
      hist[k]! += grad[offset + r]!;
      hist[k + 1]! += hess[offset + r]!;
      hist[k + 2]!++;
    }
  }
}
