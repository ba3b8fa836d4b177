/**
 * Layout of the shared Int32 control block through which the training thread hands out work to the
 * worker threads, and the kinds of work. Passed to the workers with their memory, so both sides read
 * the same numbers.
 */
export const TRAINING_CONTROL = {
  slots: {
    /** Job generation; workers wait for it to change. -1 tells them to exit. */
    generation: 0,
    /** Next part to claim (Atomics.add), so that threads balance themselves. */
    claim: 1,
    /** Parts finished; whoever finishes the last one wakes the training thread. */
    done: 2,
    /** Workers that started and passed their self-test; a failing one adds -1000. */
    ready: 3,
    kind: 4,
    parts: 5,
    /** The job covers positions start..end, cut into `parts` equal ranges. */
    start: 6,
    end: 7,
    /** Job arguments, by kind: see `runTrainingPart`. */
    a: 8,
    b: 9,
    c: 10,
  },
  size: 11,
  /** Most parts a job is cut into; also the number of per-part scratch histograms, plus one. */
  maxParts: 8,
  jobs: { histogram: 0, partition: 1, gradients: 2, leaves: 3 },
} as const;
