import type { TrainingKernels } from './training-kernels.js';
import type { TrainingMemory } from './training-memory.js';

/**
 * Runs part `part` of the job described in `memory.control`: the job's positions start..end are cut
 * into `parts` equal ranges and this runs one of them. Part results (loss sums, left counts) go to
 * `memory.results[part]`, so the training thread can combine them in part order.
 *
 * Job arguments by kind: histogram (a: 1 when the rows are contiguous, b: gradient offset, c: Float64
 * offset of part 0's histogram; other parts write to their scratch histogram), partition (a: feature,
 * b: bin, c: 1 when missing values go left), gradients (a: kernel index, b: 1 to sum the loss),
 * leaves (a: leaf count, b: raw-score offset).
 *
 * Self-contained (it reaches kernels and memory only through its arguments): worker threads run its
 * source text, so that they and the training thread cut and run parts the very same way.
 */
export function runTrainingPart(kernels: TrainingKernels, memory: TrainingMemory, part: number): void {
  const control = memory.control;
  const slots = memory.layout.slots;
  const jobs = memory.layout.jobs;
  const kind = Atomics.load(control, slots.kind);
  const parts = Atomics.load(control, slots.parts);
  const start = Atomics.load(control, slots.start);
  const span = Atomics.load(control, slots.end) - start;
  const a = Atomics.load(control, slots.a);
  const b = Atomics.load(control, slots.b);
  const c = Atomics.load(control, slots.c);
  const from = start + Math.floor((part * span) / parts);
  const to = start + Math.floor(((part + 1) * span) / parts);
  const m = memory;
  if (kind === jobs.histogram) {
    const target = part === 0 ? c : m.partOffsets[part - 1]!;
    kernels.buildHistogram(
      m.bins,
      m.nRows,
      m.nCols,
      a === 1 ? null : m.rows,
      from,
      to,
      m.grad,
      m.hess,
      b,
      m.arena,
      target,
    );
  } else if (kind === jobs.partition) {
    m.results[part] = kernels.partitionRange(m.rows, m.scratch, from, to, m.bins, a * m.nRows, b, c === 1);
  } else if (kind === jobs.gradients) {
    m.results[part] = kernels.gradients[a]!(
      m.y,
      m.raw,
      m.grad,
      m.hess,
      m.nRows,
      m.nScores,
      from,
      to,
      b === 1,
    );
  } else if (kind === jobs.leaves) {
    kernels.addLeafValues(m.rows, m.raw, b, m.leafStart, m.leafEnd, m.leafValue, a, from, to);
  }
}
