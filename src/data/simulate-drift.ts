import type { BooleanColumn, CategoricalColumn, Column, Frame, NumericColumn } from '../core/frame.js';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import { SeededRandom } from '../core/seeded-random.js';
import { SextantError } from '../core/sextant-error.js';

/** Multiply a numeric column by factors drawn uniformly from [min, max]; no column: every numeric one. */
export interface ScaleSpec {
  readonly column?: string;
  readonly min: number;
  readonly max: number;
}

/** Move `share` of a categorical or boolean column's rows to `to` (default: its rarest value). */
export interface ShiftSpec {
  readonly column: string;
  readonly share: number;
  readonly to?: string;
}

/** What {@link simulateDrift} does; every part is optional and they apply in this order. */
export interface DriftSimulation {
  readonly scale?: readonly ScaleSpec[];
  /** Share of rows (0..1) whose numeric values become extreme outliers. */
  readonly outliers?: number;
  /** The columns outliers go into (default: every numeric column). */
  readonly outlierColumns?: readonly string[];
  readonly shift?: readonly ShiftSpec[];
  /** Default 42: the same seed gives the same output. */
  readonly seed?: number;
}

/** One change {@link simulateDrift} made, for the caller to report. */
export type DriftChange =
  | { kind: 'scale'; column: string; min: number; max: number; meanBefore: number; meanAfter: number }
  | { kind: 'outliers'; columns: string[]; rows: number; share: number }
  | { kind: 'shift'; column: string; to: string; moved: number; shareBefore: number; shareAfter: number };

/**
 * Makes drifted data from a frame, as the seeds' `create_drift_raw_data.py` does, to test drift
 * detection and alerting end to end: data drift by scaling numeric columns (each value by its own
 * factor from the range, so the shape widens as well as moves: "increased by 1.5-3x"), model drift by
 * replacing a share of rows with nonsensical extremes (10 to 100 spans beyond the observed range, low
 * or high at random, as the seeds' -9999 / 99999), and category drift by moving a share of rows to
 * another category (a new label makes an unknown category for data-quality checks). Missing values
 * stay missing; columns of whole numbers stay whole. The input frame is not changed.
 *
 * @example simulateDrift(frame, { scale: [{ min: 1.5, max: 3 }], outliers: 0.1, seed: 7 })
 */
export function simulateDrift(
  frame: Frame,
  simulation: DriftSimulation,
): { frame: Frame; changes: DriftChange[] } {
  const random = new SeededRandom(simulation.seed ?? 42);
  const columns = [...frame.columns];
  const changes: DriftChange[] = [];
  const indexOf = (name: string): number => {
    const index = columns.findIndex((column) => column.name === name);
    if (index < 0) {
      throw new SextantError(
        'COLUMN_MISSING',
        `column "${name}" is not in the data; it has ${columns.map((c) => c.name).join(', ')}`,
        { column: name },
      );
    }
    return index;
  };
  const numericAt = (name: string, what: string): number => {
    const index = indexOf(name);
    if (columns[index]!.type !== 'numeric') {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `${what} applies to numeric columns; "${name}" is ${columns[index]!.type}`,
        { column: name },
      );
    }
    return index;
  };

  for (const [index, spec] of resolveScales(columns, simulation.scale ?? [], numericAt)) {
    const column = columns[index] as NumericColumn;
    const values = column.values.slice();
    const whole = isWhole(values);
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isNaN(v)) continue;
      const scaled = v * (spec.min + (spec.max - spec.min) * random.next());
      values[i] = whole ? Math.round(scaled) : scaled;
    }
    columns[index] = { ...column, values };
    const { min, max } = spec;
    changes.push({
      kind: 'scale',
      column: column.name,
      min,
      max,
      meanBefore: mean(column.values),
      meanAfter: mean(values),
    });
  }

  const outliers = simulation.outliers ?? 0;
  if (!(outliers >= 0 && outliers <= 1)) {
    throw new SextantError('INVALID_ARGUMENT', `the outlier share must be within 0..1, got ${outliers}`);
  }
  if (outliers > 0) {
    const targets =
      simulation.outlierColumns?.map((name) => numericAt(name, 'outliers')) ??
      columns.flatMap((column, index) => (column.type === 'numeric' ? [index] : []));
    const rows = sampleRows(random, frame.rowCount, Math.round(outliers * frame.rowCount));
    for (const index of targets) columns[index] = withOutliers(columns[index] as NumericColumn, rows, random);
    const names = targets.map((index) => columns[index]!.name);
    changes.push({ kind: 'outliers', columns: names, rows: rows.length, share: outliers });
  }

  for (const spec of simulation.shift ?? []) {
    const index = indexOf(spec.column);
    if (!(spec.share >= 0 && spec.share <= 1)) {
      throw new SextantError('INVALID_ARGUMENT', `the shift share of "${spec.column}" must be within 0..1`);
    }
    const shifted = shiftColumn(columns[index]!, spec, random);
    columns[index] = shifted.column;
    changes.push({ kind: 'shift', column: spec.column, ...shifted.change });
  }
  return { frame: { rowCount: frame.rowCount, columns }, changes };
}

function resolveScales(
  columns: readonly Column[],
  specs: readonly ScaleSpec[],
  numericAt: (name: string, what: string) => number,
): Map<number, ScaleSpec> {
  const resolved = new Map<number, ScaleSpec>();
  for (const spec of specs) {
    if (!Number.isFinite(spec.min) || !Number.isFinite(spec.max) || spec.min > spec.max) {
      throw new SextantError(
        'INVALID_ARGUMENT',
        `a scale range needs finite MIN <= MAX, got ${spec.min}:${spec.max}`,
        { column: spec.column },
      );
    }
  }
  // Named columns win over the catch-all, whatever the order they were given in.
  for (const spec of specs) {
    if (spec.column === undefined) continue;
    const index = numericAt(spec.column, 'scaling');
    if (resolved.has(index)) {
      throw new SextantError('INVALID_ARGUMENT', `column "${spec.column}" is scaled twice`, {
        column: spec.column,
      });
    }
    resolved.set(index, spec);
  }
  const all = specs.find((spec) => spec.column === undefined);
  if (all !== undefined) {
    columns.forEach((column, index) => {
      if (column.type === 'numeric' && !resolved.has(index)) resolved.set(index, all);
    });
  }
  return new Map([...resolved].sort(([a], [b]) => a - b));
}

function withOutliers(column: NumericColumn, rows: Uint32Array, random: SeededRandom): NumericColumn {
  const values = column.values.slice();
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (Number.isFinite(v)) {
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
  }
  if (low > high) return column;
  const span = Math.max(high - low, Math.abs(high), Math.abs(low), 1);
  const whole = isWhole(values);
  for (const row of rows) {
    if (Number.isNaN(values[row]!)) continue;
    const distance = span * (10 + 90 * random.next());
    const extreme = random.next() < 0.5 ? low - distance : high + distance;
    values[row] = whole ? Math.round(extreme) : extreme;
  }
  return { ...column, values };
}

function shiftColumn(
  column: Column,
  spec: ShiftSpec,
  random: SeededRandom,
): { column: Column; change: { to: string; moved: number; shareBefore: number; shareAfter: number } } {
  if (column.type === 'categorical') return shiftCategorical(column, spec, random);
  if (column.type === 'boolean') return shiftBoolean(column, spec, random);
  throw new SextantError(
    'INVALID_ARGUMENT',
    `a shift applies to categorical and boolean columns; "${column.name}" is ${column.type}`,
    { column: column.name },
  );
}

function shiftCategorical(column: CategoricalColumn, spec: ShiftSpec, random: SeededRandom) {
  const counts = new Float64Array(column.dictionary.length);
  for (const code of column.codes) if (code !== MISSING_CODE) counts[code]!++;
  const dictionary = [...column.dictionary];
  let target = spec.to === undefined ? rarest(counts) : dictionary.indexOf(spec.to);
  if (target < 0 && spec.to !== undefined) target = dictionary.push(spec.to) - 1;
  if (target < 0) {
    throw new SextantError('INVALID_ARGUMENT', `column "${column.name}" has no value to shift`, {
      column: column.name,
    });
  }
  const codes = column.codes.slice();
  const present = codes.length - codes.filter((code) => code === MISSING_CODE).length;
  const eligible = eligibleRows(codes, (code) => code !== MISSING_CODE && code !== target);
  const moved = pick(random, eligible, Math.round(spec.share * present));
  for (const row of moved) codes[row] = target;
  const had = counts[target] ?? 0;
  return {
    column: { ...column, codes, dictionary },
    change: { to: dictionary[target]!, moved: moved.length, ...shares(had, moved.length, present) },
  };
}

function shiftBoolean(column: BooleanColumn, spec: ShiftSpec, random: SeededRandom) {
  const values = column.values.slice();
  let ones = 0;
  let present = 0;
  for (const v of values) {
    if (v === MISSING_BOOLEAN) continue;
    present++;
    ones += v;
  }
  if (spec.to !== undefined && spec.to !== 'true' && spec.to !== 'false') {
    throw new SextantError('INVALID_ARGUMENT', `boolean column "${column.name}" shifts to true or false`, {
      column: column.name,
    });
  }
  const target = spec.to === undefined ? (ones <= present - ones ? 1 : 0) : spec.to === 'true' ? 1 : 0;
  const moved = pick(
    random,
    eligibleRows(values, (v) => v !== MISSING_BOOLEAN && v !== target),
    Math.round(spec.share * present),
  );
  for (const row of moved) values[row] = target;
  const had = target === 1 ? ones : present - ones;
  return {
    column: { ...column, values },
    change: {
      to: target === 1 ? 'true' : 'false',
      moved: moved.length,
      ...shares(had, moved.length, present),
    },
  };
}

function shares(had: number, moved: number, present: number) {
  const of = Math.max(present, 1);
  return { shareBefore: had / of, shareAfter: (had + moved) / of };
}

function rarest(counts: Float64Array): number {
  let best = -1;
  for (let k = 0; k < counts.length; k++)
    if (counts[k]! > 0 && (best < 0 || counts[k]! < counts[best]!)) best = k;
  return best;
}

function eligibleRows(values: ArrayLike<number>, eligible: (value: number) => boolean): Uint32Array {
  const rows: number[] = [];
  for (let i = 0; i < values.length; i++) if (eligible(values[i]!)) rows.push(i);
  return Uint32Array.from(rows);
}

/** `count` distinct rows out of `n`, uniformly (a partial Fisher-Yates shuffle). */
function sampleRows(random: SeededRandom, n: number, count: number): Uint32Array {
  return pick(
    random,
    Uint32Array.from({ length: n }, (_, i) => i),
    count,
  );
}

/** `count` distinct items of `from` (at most all), uniformly; `from` is reordered. */
function pick(random: SeededRandom, from: Uint32Array, count: number): Uint32Array {
  const k = Math.min(count, from.length);
  for (let i = 0; i < k; i++) {
    const j = i + random.int(from.length - i);
    const held = from[i]!;
    from[i] = from[j]!;
    from[j] = held;
  }
  return from.subarray(0, k);
}

function isWhole(values: Float64Array): boolean {
  for (const v of values) if (Number.isFinite(v) && !Number.isInteger(v)) return false;
  return true;
}

function mean(values: Float64Array): number {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  }
  return n === 0 ? Number.NaN : sum / n;
}
