import { COLUMN_TYPES, type ColumnType } from '../core/column-type.js';
import { SextantError } from '../core/sextant-error.js';
import type { DriftOptions } from '../stats/drift/drift-statistic.js';
import type { ColumnSetting, DriftSettings, DriftTestSpec } from '../stats/drift-engine/drift-settings.js';
import type { DriftStatisticCatalog } from '../stats/drift-engine/drift-statistic-catalog.js';

/** The drift command's raw option values. */
export interface DriftSettingOptions {
  readonly columns?: readonly string[];
  readonly test?: readonly string[];
  readonly threshold?: readonly string[];
  readonly fail?: readonly string[];
  readonly driftShare?: string;
}

type Target =
  | { readonly kind: 'all' }
  | { readonly kind: 'type'; readonly type: ColumnType }
  | { readonly kind: 'column'; readonly name: string };

/**
 * Turns `sextant drift` options into DriftSettings. Each `--test`, `--threshold` (alias `--warn`) and
 * `--fail` value is `VALUE` (all columns), `COLUMN=VALUE` or `type:TYPE=VALUE` (numeric, categorical,
 * text, datetime, boolean); the most specific wins, and a later value for the same target replaces an
 * earlier one. A test is `NAME` or `NAME:OPTION=VALUE[:OPTION=VALUE...]` (`psi:buckets=20`); a value
 * that reads as a known test with options is taken for all columns, so `--test psi:buckets=20` works.
 * A threshold's column name may hold `=` (split at the last one); a test's may not.
 *
 * @throws SextantError INVALID_ARGUMENT naming the option and the problem (an unknown test, a bad number).
 */
export function parseDriftSettings(
  options: DriftSettingOptions,
  catalog: DriftStatisticCatalog,
): DriftSettings {
  const known = new Set(
    ['numeric', 'categorical', 'text'].flatMap((kind) => catalog.names(kind as 'numeric')),
  );
  const test = collect(options.test ?? [], '--test', known, (value) => parseTest(value, known));
  const threshold = collect(options.threshold ?? [], '--threshold', known, (value) =>
    parseNumber(value, '--threshold'),
  );
  const failThreshold = collect(options.fail ?? [], '--fail', known, (value) => parseNumber(value, '--fail'));
  let driftShare: number | undefined;
  if (options.driftShare !== undefined) {
    driftShare = parseNumber(options.driftShare, '--drift-share');
    if (driftShare <= 0 || driftShare > 1)
      invalid(`--drift-share must be in (0, 1], got ${options.driftShare}`);
  }
  return {
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(test === undefined ? {} : { test }),
    ...(threshold === undefined ? {} : { threshold }),
    ...(failThreshold === undefined ? {} : { failThreshold }),
    ...(driftShare === undefined ? {} : { driftShare }),
  };
}

function collect<T>(
  values: readonly string[],
  flag: string,
  known: ReadonlySet<string>,
  parse: (value: string) => T,
): ColumnSetting<T> | undefined {
  if (values.length === 0) return undefined;
  let all: T | undefined;
  const byType: Partial<Record<ColumnType, T>> = {};
  const byColumn = new Map<string, T>();
  for (const raw of values) {
    const { target, value } = split(raw, flag, known);
    const parsed = parse(value);
    if (target.kind === 'all') all = parsed;
    else if (target.kind === 'type') byType[target.type] = parsed;
    else byColumn.set(target.name, parsed);
  }
  return { ...(all === undefined ? {} : { all }), byType, byColumn };
}

function split(raw: string, flag: string, known: ReadonlySet<string>): { target: Target; value: string } {
  // Numbers hold no '=', so a threshold's column name may; a test's options do, so its column name may not.
  const at = flag === '--test' ? raw.indexOf('=') : raw.lastIndexOf('=');
  const head = raw.slice(0, at);
  if (
    at < 0 ||
    (flag === '--test' &&
      known.has(head.split(':')[0] ?? '') &&
      head.includes(':') &&
      !head.startsWith('type:'))
  ) {
    return { target: { kind: 'all' }, value: raw };
  }
  const value = raw.slice(at + 1);
  if (head === '' || value === '') invalid(`${flag} ${raw}: expected VALUE, COLUMN=VALUE or type:TYPE=VALUE`);
  if (head.startsWith('type:')) {
    const type = head.slice(5);
    if (!(COLUMN_TYPES as readonly string[]).includes(type)) {
      invalid(`${flag} ${raw}: unknown column type "${type}" (use one of ${COLUMN_TYPES.join(', ')})`);
    }
    return { target: { kind: 'type', type: type as ColumnType }, value };
  }
  return { target: { kind: 'column', name: head }, value };
}

function parseTest(value: string, known: ReadonlySet<string>): DriftTestSpec {
  const [name = '', ...pairs] = value.split(':');
  if (!known.has(name))
    invalid(`--test: unknown test "${name}" (use one of ${[...known].sort().join(', ')})`);
  const options: Record<string, number | string | boolean> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) invalid(`--test ${value}: options are written NAME:OPTION=VALUE, got "${pair}"`);
    const text = pair.slice(at + 1);
    const number = Number(text);
    options[pair.slice(0, at)] =
      text === 'true'
        ? true
        : text === 'false'
          ? false
          : text !== '' && Number.isFinite(number)
            ? number
            : text;
  }
  return pairs.length === 0 ? { name } : { name, options: options as DriftOptions };
}

function parseNumber(value: string, flag: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) invalid(`${flag}: "${value}" is not a number`);
  return number;
}

function invalid(message: string): never {
  throw new SextantError('INVALID_ARGUMENT', message);
}
