/**
 * Partitions the rows at positions `from..to` of `rows` by a split: rows going left are packed, in
 * order, at `rows[from..]`, rows going right at `scratch[from..]`; returns the left count. A row goes
 * left when its bin in `bins[column..]` is <= `bin`, or is the missing bin 255 and `missingLeft`.
 * Callers stitch ranges together (`TrainingThreads.partition`), so threads can split one node.
 *
 * Branch-free: each row is written to both sides and only the cursor of its side moves. Rows go left
 * or right at random as far as the CPU can tell, so a branch here mispredicts half the time
 * (measured 3x slower). Self-contained: worker threads run its source text.
 */
export function partitionRange(
  rows: Uint32Array,
  scratch: Uint32Array,
  from: number,
  to: number,
  bins: Uint8Array,
  column: number,
  bin: number,
  missingLeft: boolean,
): number {
  const goesLeft = new Uint8Array(256);
  for (let b = 0; b <= bin; b++) goesLeft[b] = 1;
  goesLeft[255] = missingLeft ? 1 : 0;
  let left = from;
  let right = from;
  for (let i = from; i < to; i++) {
    const r = rows[i]!;
    const l = goesLeft[bins[column + r]!]!;
    // left <= i, so rows[i] is read before anything overwrites it.
    rows[left] = r;
    scratch[right] = r;
    left += l;
    right += 1 - l;
  }
  return left - from;
}
