import type { DriftMeasurement, DriftOptions } from '../drift/drift-statistic.js';
import { sketchSortedValues } from '../drift-profile/sketch-sorted-values.js';
import type { NumericHistogram } from './drift-report.js';
import type { DriftStatisticCatalog } from './drift-statistic-catalog.js';
import { measureSafely } from './measure-safely.js';
import { numericHistogram } from './numeric-histogram.js';
import { sortFloat64 } from './sort-float64.js';

/** The work on one numeric column, sent to a worker thread (or run in process): plain data only. */
export interface NumericColumnTask {
  /** The reference's finite values. */
  readonly reference: Float64Array;
  readonly referenceSorted: boolean;
  /** The current side's finite values, unsorted; absent when only building a reference profile. */
  readonly current?: Float64Array;
  readonly test?: { readonly name: string; readonly options: DriftOptions };
  readonly bins: number;
  /** Send back the sorted reference, sketched to at most this many values; 0 to drop it. */
  readonly keepReference: number;
}

/** What came back. A failing statistic is an `error` message, never a rejected task. */
export interface NumericColumnTaskResult {
  readonly measurement?: DriftMeasurement;
  readonly error?: string;
  readonly histogram?: NumericHistogram;
  readonly reference?: Float64Array;
  /** The task's buffers that `reference` does not hold, handed back for reuse. */
  readonly spent: { readonly reference?: ArrayBuffer; readonly current?: ArrayBuffer };
}

/**
 * Sorts each side once (sortFloat64, in place: the arrays belong to the task), then runs the test,
 * which like every numeric statistic reads the shared sorted values, and bins both sides for the
 * report. Worker threads and the in-process fallback both run exactly this; `scratch` lends the
 * sort its second buffer (a worker keeps one).
 */
export function runNumericColumnTask(
  task: NumericColumnTask,
  catalog: DriftStatisticCatalog,
  scratch?: (length: number) => Float64Array,
): NumericColumnTaskResult {
  const sort = (values: Float64Array) => sortFloat64(values, scratch?.(values.length));
  const reference = task.referenceSorted ? task.reference : sort(task.reference);
  const kept = task.keepReference > 0 ? sketchSortedValues(reference, task.keepReference) : undefined;
  const spent = {
    ...(task.reference.buffer === kept?.buffer ? {} : { reference: task.reference.buffer as ArrayBuffer }),
    ...(task.current === undefined ? {} : { current: task.current.buffer as ArrayBuffer }),
  };
  const base = kept === undefined ? { spent } : { spent, reference: kept };
  if (task.current === undefined) return base;
  const current = sort(task.current);
  const histogram = numericHistogram(reference, current, task.bins);
  if (task.test === undefined) return { ...base, histogram };
  const statistic = catalog.find(task.test.name, 'numeric');
  const outcome =
    statistic?.kind === 'numeric'
      ? measureSafely(statistic.name, () => statistic.compute({ reference, current }, task.test!.options))
      : { error: `no numeric drift statistic called ${task.test.name}` };
  return { ...base, ...outcome, histogram };
}
