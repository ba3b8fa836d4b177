import type { DriftExecutor } from './create-drift-executor.js';
import type { NumericDriftSide } from './drift-side.js';
import type { DriftStatisticCatalog } from './drift-statistic-catalog.js';
import type { Float64Pool } from './float64-pool.js';
import {
  type NumericColumnTask,
  type NumericColumnTaskResult,
  runNumericColumnTask,
} from './numeric-column-task.js';
import type { ResolvedColumnTest } from './resolve-column-test.js';

/** One numeric column to sort and compare (or, without `current`, only to sort for a profile). */
export interface NumericJob {
  readonly reference: NumericDriftSide;
  readonly current?: NumericDriftSide;
  readonly test?: ResolvedColumnTest;
}

/**
 * Copies the job's values (only now, so that few copies exist at once, onto buffers from `pool`),
 * runs the task on `executor` with the copies transferred, and if the worker died runs it again in
 * process from fresh copies: the Frame and the profile are never handed over, so a retry is always
 * possible. The buffers that come back go back to the pool.
 */
export async function runNumericJob(
  job: NumericJob,
  executor: DriftExecutor,
  catalog: DriftStatisticCatalog,
  settings: { readonly bins: number; readonly keepReference: number },
  pool: Float64Pool,
): Promise<NumericColumnTaskResult> {
  const build = (): { task: NumericColumnTask; transfer: ArrayBuffer[] } => {
    const reference = job.reference.take(pool);
    const current = job.current?.take(pool);
    const transfer = [reference, current].flatMap((side) =>
      side?.owned ? [side.values.buffer as ArrayBuffer] : [],
    );
    const test =
      job.test === undefined ? undefined : { name: job.test.statistic.name, options: job.test.options };
    return {
      task: {
        reference: reference.values,
        referenceSorted: job.reference.sorted,
        ...(current === undefined ? {} : { current: current.values }),
        ...(test === undefined ? {} : { test }),
        bins: settings.bins,
        keepReference: settings.keepReference,
      },
      transfer,
    };
  };
  const { task, transfer } = build();
  let result: NumericColumnTaskResult;
  try {
    result = await executor.run(task, transfer);
  } catch {
    result = runNumericColumnTask(build().task, catalog);
  }
  if (result.spent.reference !== undefined && job.reference.sorted === false)
    pool.give(result.spent.reference);
  if (result.spent.current !== undefined) pool.give(result.spent.current);
  return result;
}
