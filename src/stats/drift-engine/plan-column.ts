import type { CategoricalDriftStatistic } from '../drift/drift-statistic.js';
import type { TextDriftStatistic } from '../drift/text-drift-statistic.js';
import { buildColumnReport } from './build-column-report.js';
import { compareCategorical } from './compare-categorical.js';
import { compareText } from './compare-text.js';
import type { ColumnDriftReport } from './drift-report.js';
import type { DriftSettings } from './drift-settings.js';
import type { DriftSide } from './drift-side.js';
import type { DriftStatisticCatalog } from './drift-statistic-catalog.js';
import { resolveColumnTest } from './resolve-column-test.js';
import type { NumericJob } from './run-numeric-job.js';
import { sideCounts } from './side-counts.js';
import { uncomparedColumn } from './uncompared-column.js';

/** What to do with one column: a finished report, a numeric job, or an in-process comparison. */
export type ColumnPlan =
  | { readonly report: ColumnDriftReport }
  | { readonly numeric: NumericJob }
  | { readonly run: () => ColumnDriftReport };

/**
 * Decides how one column is handled: reported as is when it is on one side only, of mismatched
 * kinds, a datetime nobody asked for, or without usable values on a side; otherwise with its test
 * resolved (which throws on a bad setting), as a numeric job for the workers or a categorical or
 * text comparison to run in process.
 */
export function planColumn(
  name: string,
  reference: DriftSide | undefined,
  current: DriftSide | undefined,
  settings: DriftSettings,
  catalog: DriftStatisticCatalog,
): ColumnPlan {
  if (reference === undefined) {
    return {
      report: uncomparedColumn('CURRENT_ONLY', undefined, current, 'only the current data has this column'),
    };
  }
  if (current === undefined) {
    return {
      report: uncomparedColumn('REFERENCE_ONLY', reference, undefined, 'the current data lacks this column'),
    };
  }
  if (reference.kind !== current.kind) {
    const message = `the reference holds ${reference.type} values, the current data ${current.type} values`;
    return {
      report: uncomparedColumn('TYPE_MISMATCH', reference, current, message, { currentType: current.type }),
    };
  }
  const asked =
    settings.columns?.includes(name) === true ||
    settings.test?.byColumn?.has(name) === true ||
    settings.test?.byType?.datetime !== undefined;
  if ((reference.type === 'datetime' || current.type === 'datetime') && !asked) {
    const message = 'datetime columns are skipped unless selected (--columns) or given a test (--test)';
    return { report: uncomparedColumn('SKIPPED', reference, current, message) };
  }
  const referenceSize = usable(reference);
  const currentSize = usable(current);
  if (referenceSize === 0 || currentSize === 0) {
    const empty = referenceSize === 0 ? 'the reference' : 'the current data';
    return {
      report: uncomparedColumn('INSUFFICIENT_DATA', reference, current, `${empty} has no usable value`),
    };
  }
  const categoryCount =
    reference.kind === 'categorical' && current.kind === 'categorical'
      ? new Set([...reference.counts.keys(), ...current.counts.keys()]).size
      : undefined;
  const test = resolveColumnTest(
    { name, type: reference.type },
    {
      kind: reference.kind,
      referenceSize,
      currentSize,
      ...(categoryCount === undefined ? {} : { categoryCount }),
    },
    settings,
    catalog,
  );
  if (reference.kind === 'numeric' && current.kind === 'numeric')
    return { numeric: { reference, current, test } };
  if (reference.kind === 'categorical' && current.kind === 'categorical') {
    const statistic = test.statistic as CategoricalDriftStatistic;
    return {
      run: () =>
        buildColumnReport(
          reference,
          current,
          test,
          compareCategorical(reference, current, statistic, test.options),
        ),
    };
  }
  if (reference.kind === 'text' && current.kind === 'text') {
    const statistic = test.statistic as TextDriftStatistic;
    return {
      run: () =>
        buildColumnReport(reference, current, test, compareText(reference, current, statistic, test.options)),
    };
  }
  throw new Error('unreachable: sides of one kind');
}

/** Values a test can use; a text side needs words too. */
function usable(side: DriftSide): number {
  return side.kind === 'text' && side.tokens === 0 ? 0 : sideCounts(side).used;
}
