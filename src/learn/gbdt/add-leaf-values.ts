/**
 * Adds each leaf's value to the raw scores of its rows, for row positions `from..to` of `rows`:
 * leaf j owns positions `leafStart[j]..leafEnd[j]` after growth, so no tree walk is needed. `raw` is
 * read at `rawOffset + row` (the slot of the tree's class). Self-contained: worker threads run its
 * source text on a share of the positions.
 */
export function addLeafValues(
  rows: Uint32Array,
  raw: Float64Array,
  rawOffset: number,
  leafStart: Int32Array,
  leafEnd: Int32Array,
  leafValue: Float64Array,
  nLeaves: number,
  from: number,
  to: number,
): void {
  for (let j = 0; j < nLeaves; j++) {
    const start = Math.max(from, leafStart[j]!);
    const end = Math.min(to, leafEnd[j]!);
    const value = leafValue[j]!;
    for (let i = start; i < end; i++) raw[rawOffset + rows[i]!]! += value;
  }
}
