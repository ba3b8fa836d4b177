import { Worker } from 'node:worker_threads';
import { SextantError } from '../../core/sextant-error.js';
import { addLeafValues } from './add-leaf-values.js';
import { buildHistogram } from './build-histogram.js';
import type { GradientKernel } from './gradient-kernel.js';
import { GRADIENT_KERNELS } from './gradient-kernels.js';
import { HISTOGRAM_LAYOUT } from './histogram-layout.js';
import { partitionRange } from './partition-range.js';
import { runTrainingPart } from './run-training-part.js';
import { TRAINING_CONTROL } from './training-control.js';
import type { TrainingKernels } from './training-kernels.js';
import type { TrainingMemory } from './training-memory.js';
import { trainingWorkerSource } from './training-worker-source.js';

const KERNELS: TrainingKernels = {
  buildHistogram,
  partitionRange,
  addLeafValues,
  gradients: GRADIENT_KERNELS,
};
/** Positions per part: below this, cutting a job costs more than it saves. */
const PART_SIZE = 4096;
/** Stored in the claim counter between jobs, so a late worker's claim can never hit a live job. */
const NO_JOB = 1 << 30;
const START_TIMEOUT_MS = 10_000;
const JOB_TIMEOUT_MS = 120_000;

/**
 * Runs the heavy loops of training (histograms, partitions, gradients, leaf updates) on this thread
 * plus `threads - 1` worker threads sharing {@link TrainingMemory}, and owns the node histograms.
 *
 * A job over m positions is cut into min(8, m / 4096) parts that depend on m only, never on the
 * thread count, and per-part sums are combined in part order: the model is bit-for-bit the same for
 * any number of threads. Threads claim parts from a shared counter, so a descheduled thread holds
 * up no one; this thread claims parts too and then waits for the last. Workers that fail to start
 * are dropped and the work stays here.
 */
export class TrainingThreads {
  private readonly workers: Worker[] = [];
  private readonly free: Float64Array[] = [];
  private readonly stride: number;
  private generation = 0;

  constructor(
    readonly memory: TrainingMemory,
    threads: number,
  ) {
    const { arena, nCols, partOffsets } = memory;
    this.stride = nCols * HISTOGRAM_LAYOUT.featureStride;
    // The arena starts with the scratch histograms of parts 1, 2, ...; node histograms follow.
    for (let offset = partOffsets.length * this.stride; offset < arena.length; offset += this.stride) {
      this.free.push(arena.subarray(offset, offset + this.stride));
    }
    Atomics.store(memory.control, memory.layout.slots.claim, NO_JOB);
    if (threads > 1) this.startWorkers(threads - 1);
  }

  /** Threads at work, this one included. */
  get threads(): number {
    return this.workers.length + 1;
  }

  /** A node histogram from the arena; give it back with {@link giveHistogram}. */
  takeHistogram(): Float64Array {
    const hist = this.free.pop();
    if (hist === undefined) throw new SextantError('INTERNAL', 'gbdt histogram arena exhausted');
    return hist;
  }

  giveHistogram(hist: Float64Array): void {
    this.free.push(hist);
  }

  /** Fills `hist` for row positions start..end (rows start..end themselves when `contiguous`). */
  histogram(hist: Float64Array, start: number, end: number, contiguous: boolean, gradOffset: number): void {
    const parts = partsFor(end - start);
    const { histogram } = this.memory.layout.jobs;
    this.run(histogram, parts, start, end, contiguous ? 1 : 0, gradOffset, hist.byteOffset / 8);
    const { arena, partOffsets } = this.memory;
    for (let p = 1; p < parts; p++) {
      const add = arena.subarray(partOffsets[p - 1]!, partOffsets[p - 1]! + this.stride);
      for (let i = 0; i < hist.length; i++) hist[i]! += add[i]!;
    }
  }

  /** Partitions positions start..end by a split (stable); returns where the right child starts. */
  partition(start: number, end: number, feature: number, bin: number, missingLeft: boolean): number {
    // A partition is the same however it is cut, so one part when there is no one to share with.
    const parts = this.workers.length > 0 ? partsFor(end - start) : 1;
    this.run(this.memory.layout.jobs.partition, parts, start, end, feature, bin, missingLeft ? 1 : 0);
    const { rows, scratch, results } = this.memory;
    const span = end - start;
    const from = (p: number) => start + Math.floor((p * span) / parts);
    let write = start + results[0]!;
    for (let p = 1; p < parts; p++) {
      rows.copyWithin(write, from(p), from(p) + results[p]!);
      write += results[p]!;
    }
    const mid = write;
    for (let p = 0; p < parts; p++) {
      const rights = from(p + 1) - from(p) - results[p]!;
      rows.set(scratch.subarray(from(p), from(p) + rights), write);
      write += rights;
    }
    return mid;
  }

  /** Gradients and hessians of every training row and score; the summed loss when `withLoss`, else 0. */
  gradients(kernel: GradientKernel, withLoss: boolean): number {
    const { nRows, results, layout } = this.memory;
    const parts = partsFor(nRows);
    this.run(layout.jobs.gradients, parts, 0, nRows, GRADIENT_KERNELS.indexOf(kernel), withLoss ? 1 : 0, 0);
    let sum = 0;
    for (let p = 0; p < parts; p++) sum += results[p]!;
    return sum;
  }

  /** Adds the values of `nLeaves` leaves (in `memory.leaf*`) to the raw scores at `rawOffset`. */
  addLeaves(nLeaves: number, rawOffset: number): void {
    const parts = this.workers.length > 0 ? partsFor(this.memory.nRows) : 1;
    this.run(this.memory.layout.jobs.leaves, parts, 0, this.memory.nRows, nLeaves, rawOffset, 0);
  }

  /** Stops the workers; the threads must not be used afterwards. */
  close(): void {
    if (this.workers.length === 0) return;
    const { control, layout } = this.memory;
    Atomics.store(control, layout.slots.generation, -1);
    Atomics.notify(control, layout.slots.generation);
    for (const worker of this.workers) void worker.terminate();
    this.workers.length = 0;
  }

  private run(
    kind: number,
    parts: number,
    start: number,
    end: number,
    a: number,
    b: number,
    c: number,
  ): void {
    const { control, layout } = this.memory;
    const s = layout.slots;
    Atomics.store(control, s.kind, kind);
    Atomics.store(control, s.parts, parts);
    Atomics.store(control, s.start, start);
    Atomics.store(control, s.end, end);
    Atomics.store(control, s.a, a);
    Atomics.store(control, s.b, b);
    Atomics.store(control, s.c, c);
    if (parts === 1 || this.workers.length === 0) {
      for (let part = 0; part < parts; part++) runTrainingPart(KERNELS, this.memory, part);
      return;
    }
    // The job is complete in memory before the claim counter opens and the generation moves.
    Atomics.store(control, s.done, 0);
    Atomics.store(control, s.claim, 0);
    Atomics.store(control, s.generation, ++this.generation);
    Atomics.notify(control, s.generation);
    for (let part = Atomics.add(control, s.claim, 1); part < parts; part = Atomics.add(control, s.claim, 1)) {
      runTrainingPart(KERNELS, this.memory, part);
      Atomics.add(control, s.done, 1);
    }
    const deadline = Date.now() + JOB_TIMEOUT_MS;
    for (let done = Atomics.load(control, s.done); done < parts; done = Atomics.load(control, s.done)) {
      if (Date.now() > deadline)
        throw new SextantError('INTERNAL', 'a gbdt training thread stopped responding');
      Atomics.wait(control, s.done, done, 1000);
    }
    Atomics.store(control, s.claim, NO_JOB);
  }

  private startWorkers(count: number): void {
    const memory = this.memory;
    const arrays = [memory.bins, memory.rows, memory.scratch, memory.y, memory.raw, memory.grad, memory.hess];
    const all = [
      ...arrays,
      memory.arena,
      memory.leafStart,
      memory.leafEnd,
      memory.leafValue,
      memory.control,
      memory.results,
    ];
    if (!all.every((array) => array.buffer instanceof SharedArrayBuffer)) return;
    const source = trainingWorkerSource();
    try {
      for (let i = 0; i < count; i++) {
        const worker = new Worker(source, { eval: true, workerData: { memory } });
        // A worker that dies is noticed by the start-up wait or the job timeout, not by an event.
        worker.on('error', () => {});
        worker.unref();
        this.workers.push(worker);
      }
    } catch {
      this.close();
      return;
    }
    // Training is synchronous, so this blocks; the workers need nothing from this thread to start.
    const { control, layout } = memory;
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (let ready = Atomics.load(control, layout.slots.ready); ready !== count; ) {
      if (ready < 0 || Date.now() > deadline) {
        this.close();
        return;
      }
      Atomics.wait(control, layout.slots.ready, ready, 100);
      ready = Atomics.load(control, layout.slots.ready);
    }
  }
}

/** Parts for a job over m positions: a function of m alone, so results never depend on the threads. */
function partsFor(m: number): number {
  return Math.max(1, Math.min(TRAINING_CONTROL.maxParts, Math.floor(m / PART_SIZE)));
}
