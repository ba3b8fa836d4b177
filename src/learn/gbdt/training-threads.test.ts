import { describe, expect, it } from 'vitest';
import { SeededRandom } from '../../core/seeded-random.js';
import { allocateTrainingMemory } from './allocate-training-memory.js';
import { buildHistogram } from './build-histogram.js';
import { logLossGradients } from './log-loss-gradients.js';
import type { TrainingMemory } from './training-memory.js';
import { TrainingThreads } from './training-threads.js';

const N = 60_000;
const N_COLS = 6;

/** The same random training memory, shared or not. */
function memory(shared: boolean): TrainingMemory {
  const random = new SeededRandom(4);
  const m = allocateTrainingMemory(N, N_COLS, 1, 4, 4, shared);
  for (let i = 0; i < m.bins.length; i++) m.bins[i] = random.int(256);
  for (let i = 0; i < N; i++) {
    m.rows[i] = (i * 7) % N;
    m.y[i] = random.int(2);
    m.raw[i] = random.normal();
  }
  return m;
}

const bytes = (a: Float64Array | Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

describe('TrainingThreads', () => {
  it('gives bit-identical results on one thread and on three', () => {
    const one = new TrainingThreads(memory(false), 1);
    const three = new TrainingThreads(memory(true), 3);
    try {
      expect(one.threads).toBe(1);
      expect(three.threads).toBe(3);
      expect(three.gradients(logLossGradients, true)).toBe(one.gradients(logLossGradients, true));
      expect(bytes(three.memory.grad).equals(bytes(one.memory.grad))).toBe(true);
      for (const [start, end, contiguous] of [
        [0, N, true],
        [1000, 50_000, false],
        [5, 900, false],
      ] as const) {
        const a = one.takeHistogram();
        const b = three.takeHistogram();
        one.histogram(a, start, end, contiguous, 0);
        three.histogram(b, start, end, contiguous, 0);
        expect(bytes(b).equals(bytes(a))).toBe(true);
        one.giveHistogram(a);
        three.giveHistogram(b);
      }
      expect(three.partition(100, 55_000, 2, 100, true)).toBe(one.partition(100, 55_000, 2, 100, true));
      expect(bytes(three.memory.rows).equals(bytes(one.memory.rows))).toBe(true);
      for (const threads of [one, three]) {
        threads.memory.leafStart.set([0, 20_000]);
        threads.memory.leafEnd.set([20_000, N]);
        threads.memory.leafValue.set([0.5, -0.25]);
        threads.addLeaves(2, 0);
      }
      expect(bytes(three.memory.raw).equals(bytes(one.memory.raw))).toBe(true);
    } finally {
      one.close();
      three.close();
    }
  });

  it('partitions stably: left rows in order, then right rows in order', () => {
    const threads = new TrainingThreads(memory(true), 2);
    const { rows, bins } = threads.memory;
    const before = [...rows.subarray(0, 40_000)];
    const mid = threads.partition(0, 40_000, 1, 127, false);
    threads.close();
    const goesLeft = (r: number) => bins[N + r]! <= 127;
    expect([...rows.subarray(0, mid)]).toEqual(before.filter(goesLeft));
    expect([...rows.subarray(mid, 40_000)]).toEqual(before.filter((r) => !goesLeft(r)));
  });

  it('sums what a single pass sums, up to rounding', () => {
    const threads = new TrainingThreads(memory(true), 2);
    threads.gradients(logLossGradients, false);
    const hist = threads.takeHistogram();
    threads.histogram(hist, 0, 30_000, false, 0);
    threads.close();
    const m = threads.memory;
    const expected = new Float64Array(hist.length);
    buildHistogram(m.bins, N, N_COLS, m.rows, 0, 30_000, m.grad, m.hess, 0, expected, 0);
    for (let i = 0; i < hist.length; i++) expect(hist[i]).toBeCloseTo(expected[i]!, 9);
  });

  it('works on this thread alone when the memory is not shared', () => {
    const threads = new TrainingThreads(memory(false), 2);
    expect(threads.threads).toBe(1);
    threads.close();
  });
});
