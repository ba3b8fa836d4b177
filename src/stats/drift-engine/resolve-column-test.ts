import type { ColumnType } from '../../core/column-type.js';
import { SextantError } from '../../core/sextant-error.js';
import type { DriftOptions } from '../drift/drift-statistic.js';
import { type DriftColumnFacts, selectDriftStatistic } from '../drift/select-drift-statistic.js';
import { defaultFailThreshold } from './default-fail-threshold.js';
import type { DriftSettings } from './drift-settings.js';
import type { AnyDriftStatistic, DriftStatisticCatalog } from './drift-statistic-catalog.js';
import { resolveColumnSetting } from './resolve-column-setting.js';

/** The test one column gets, with its levels, after defaults and settings. */
export interface ResolvedColumnTest {
  readonly statistic: AnyDriftStatistic;
  readonly options: DriftOptions;
  /** Drift (and WARN) threshold. */
  readonly threshold: number;
  readonly failThreshold: number;
  /** Why this test: the default rule, or the setting that chose it. */
  readonly reason: string;
}

/**
 * Picks the test of one column: a per-column or per-type `test` setting, else an all-columns one when
 * it fits the column's kind, else the default rule (selectDriftStatistic); then its drift threshold
 * (setting, else the rule's, else the statistic's default) and FAIL level (setting, else
 * defaultFailThreshold).
 *
 * @throws SextantError INVALID_ARGUMENT for a test that cannot compare the column, or levels out of
 *   range or in the wrong order (a distance's FAIL level below its threshold, a p-value's above).
 */
export function resolveColumnTest(
  column: { readonly name: string; readonly type: ColumnType },
  facts: DriftColumnFacts,
  settings: DriftSettings,
  catalog: DriftStatisticCatalog,
): ResolvedColumnTest {
  const { name, type } = column;
  const chosen = resolveColumnSetting(settings.test, name, type);
  const found = chosen === undefined ? undefined : catalog.find(chosen.value.name, facts.kind);
  if (chosen !== undefined && found === undefined && chosen.from !== 'all') {
    const where = chosen.from === 'column' ? `column "${name}"` : `${type} columns`;
    throw new SextantError(
      'INVALID_ARGUMENT',
      `test "${chosen.value.name}" cannot compare ${where} (${facts.kind}); use one of ${catalog.names(facts.kind).join(', ')}`,
      { column: name, test: chosen.value.name },
    );
  }
  let statistic: AnyDriftStatistic;
  let options: DriftOptions = {};
  let reason: string;
  let ruleThreshold: number | undefined;
  if (chosen !== undefined && found !== undefined) {
    statistic = found;
    options = chosen.value.options ?? {};
    reason = `chosen for ${chosen.from === 'all' ? 'all columns' : chosen.from === 'type' ? `${type} columns` : 'this column'}`;
  } else {
    const rule = selectDriftStatistic(facts);
    const registered = catalog.find(rule.name, facts.kind);
    if (registered === undefined)
      throw new Error(`the default drift statistic ${rule.name} is not registered`);
    statistic = registered;
    reason = rule.reason;
    ruleThreshold = rule.threshold;
  }
  const threshold =
    resolveColumnSetting(settings.threshold, name, type)?.value ??
    ruleThreshold ??
    statistic.defaultThreshold;
  const failThreshold =
    resolveColumnSetting(settings.failThreshold, name, type)?.value ??
    defaultFailThreshold(statistic, threshold);
  checkLevels(name, statistic, threshold, failThreshold);
  return { statistic, options, threshold, failThreshold, reason };
}

function checkLevels(name: string, statistic: AnyDriftStatistic, threshold: number, fail: number): void {
  const pValue = statistic.scoreKind === 'p_value';
  const problem =
    !Number.isFinite(threshold) || !Number.isFinite(fail)
      ? 'thresholds must be finite numbers'
      : pValue && (threshold <= 0 || threshold > 1 || fail <= 0 || fail > 1)
        ? 'p-value thresholds must be in (0, 1]'
        : !pValue && (threshold < 0 || fail < 0)
          ? 'distance thresholds must not be negative'
          : pValue && fail > threshold
            ? `the FAIL level ${fail} of a p-value must not exceed its drift threshold ${threshold}`
            : !pValue && fail < threshold
              ? `the FAIL level ${fail} of a distance must not be below its drift threshold ${threshold}`
              : undefined;
  if (problem !== undefined) {
    throw new SextantError('INVALID_ARGUMENT', `column "${name}" (${statistic.name}): ${problem}`, {
      column: name,
      test: statistic.name,
      threshold,
      failThreshold: fail,
    });
  }
}
