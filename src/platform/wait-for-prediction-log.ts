import { setTimeout as sleep } from 'node:timers/promises';
import type { PredictionRepository } from '../core/ports/prediction-repository.js';
import { SextantError } from '../core/sextant-error.js';

/**
 * Waits until the prediction log holds `expected` predictions of `model`. The server writes its log
 * in the background in batches, so traffic that was just answered may not be stored yet; monitoring
 * it before would judge a partial window.
 *
 * @throws INTERNAL when the deadline passes first, with both counts; the signal's reason when aborted
 */
export async function waitForPredictionLog(
  predictions: PredictionRepository,
  model: string,
  expected: number,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const started = performance.now();
  for (;;) {
    signal?.throwIfAborted();
    const logged = await predictions.countPredictions(model);
    if (logged >= expected) return;
    if (performance.now() - started > deadlineMs)
      throw new SextantError(
        'INTERNAL',
        `the prediction log holds ${logged} predictions of ${model} after ${Math.round(deadlineMs / 1000)} s, expected ${expected}`,
        { model, logged, expected },
      );
    await sleep(50, undefined, signal ? { signal } : {});
  }
}
