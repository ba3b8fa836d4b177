import type { ColumnType } from '../core/column-type.js';
import type { MonitoringStatus } from '../core/entities/monitoring-report.js';
import type { Column, Frame } from '../core/frame.js';
import { MISSING_BOOLEAN, MISSING_CODE } from '../core/frame.js';
import type { ModelSignature, SignatureInput } from '../learn/model-signature.js';

/** WARN above `warn`, FAIL above `fail`; shares of the logged rows, 0..1. */
export interface QualityLimit {
  readonly warn: number;
  readonly fail: number;
}

export interface DataQualityThresholds {
  /** Missing values (any missing value in an input training never saw missing is at least WARN). */
  readonly missing: QualityLimit;
  /** Categories training never saw. */
  readonly unknown: QualityLimit;
  /** Numbers and instants outside the finite training range (±Infinity included). */
  readonly outOfRange: QualityLimit;
}

/** The quality of one model input in the logged data. */
export interface InputQuality {
  readonly name: string;
  readonly type: ColumnType;
  readonly status: MonitoringStatus;
  /** False when the logged data has no such column: every value counts as missing. */
  readonly present: boolean;
  readonly missing: number;
  readonly missingShare: number;
  /** Unseen categories, most frequent first (at most 20 listed; `unknownDistinct` counts them all). */
  readonly unknownCategories: readonly { readonly label: string; readonly count: number }[];
  readonly unknownDistinct: number;
  readonly unknownShare: number;
  readonly outOfRange: { readonly below: number; readonly above: number; readonly share: number };
  /** One sentence per finding, for reports and alert messages. */
  readonly problems: readonly string[];
}

export interface DataQualityReport {
  readonly rows: number;
  /** The worst input status. */
  readonly status: MonitoringStatus;
  readonly inputs: readonly InputQuality[];
  /** Logged columns the model does not take (not a problem, listed for the record). */
  readonly extraColumns: readonly string[];
}

const DEFAULT_THRESHOLDS: DataQualityThresholds = {
  missing: { warn: 0.05, fail: 0.2 },
  unknown: { warn: 0.01, fail: 0.1 },
  outOfRange: { warn: 0.05, fail: 0.2 },
};
const LISTED_UNKNOWN = 20;
const RANK: Record<MonitoringStatus, number> = { OK: 0, WARN: 1, FAIL: 2 };

/**
 * Checks logged model inputs against the signature the model was trained with: per input the share of
 * missing values, categories training never saw (with counts), and numbers outside the training range;
 * then a verdict, the worst of the inputs. Drift compares distributions; this catches the broken
 * upstream feed (a column gone empty, a renamed category, a unit change) that drift reports late or
 * as something else. Defaults: missing WARN above 5 %, FAIL above 20 %; unknown categories 1 % / 10 %;
 * out of range 5 % / 20 %. With no rows every share is 0 and the verdict OK.
 *
 * @example assessDataQuality(frameFromRecords(inputs, signature), signature).status // 'WARN'
 */
export function assessDataQuality(
  frame: Frame,
  signature: ModelSignature,
  thresholds: Partial<DataQualityThresholds> = {},
): DataQualityReport {
  const limits = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const byName = new Map(frame.columns.map((column) => [column.name, column]));
  const inputs = signature.inputs.map((input) =>
    assessInput(input, byName.get(input.name), frame.rowCount, limits),
  );
  const taken = new Set(signature.inputs.map((input) => input.name));
  return {
    rows: frame.rowCount,
    status: inputs.reduce<MonitoringStatus>((worst, input) => worse(worst, input.status), 'OK'),
    inputs,
    extraColumns: frame.columns.map((column) => column.name).filter((name) => !taken.has(name)),
  };
}

function assessInput(
  input: SignatureInput,
  column: Column | undefined,
  rows: number,
  limits: DataQualityThresholds,
): InputQuality {
  const share = (count: number) => (rows === 0 ? 0 : count / rows);
  const problems: string[] = [];
  let status: MonitoringStatus = 'OK';
  const judge = (value: number, limit: QualityLimit, floor: MonitoringStatus, sentence: string) => {
    const level: MonitoringStatus = value > limit.fail ? 'FAIL' : value > limit.warn ? 'WARN' : floor;
    if (level !== 'OK') problems.push(sentence);
    status = worse(status, level);
  };
  const missing = column === undefined ? rows : countMissing(column);
  const unknown = new Map<string, number>();
  const outOfRange = { below: 0, above: 0 };
  if (column === undefined) {
    if (rows > 0) problems.push(`${input.name} is not in the logged data`);
    status = rows > 0 ? 'FAIL' : 'OK';
  } else if (!compatible(input.type, column.type)) {
    problems.push(`${input.name} is logged as ${column.type}, the model takes ${input.type}`);
    status = 'FAIL';
  } else if (input.type === 'categorical' && input.categories !== undefined) {
    const known = new Set(input.categories);
    forEachLabel(column, (label) => {
      if (!known.has(label)) unknown.set(label, (unknown.get(label) ?? 0) + 1);
    });
  } else if ((column.type === 'numeric' || column.type === 'datetime') && input.range !== undefined) {
    const { min, max } = input.range;
    for (const v of column.values) {
      if (v < min) outOfRange.below++;
      else if (v > max) outOfRange.above++;
    }
  }
  if (column !== undefined && missing > 0) {
    const floor: MonitoringStatus = input.required ? 'WARN' : 'OK';
    const why = input.required ? ', never missing in training' : '';
    judge(share(missing), limits.missing, floor, `${input.name}: ${percent(share(missing))} missing${why}`);
  }
  const unknownCount = [...unknown.values()].reduce((sum, count) => sum + count, 0);
  const unknownCategories = [...unknown]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
  if (unknownCount > 0) {
    const shown = unknownCategories.slice(0, 3).map((u) => JSON.stringify(u.label));
    const more = unknownCategories.length > 3 ? ', ...' : '';
    const sentence = `${input.name}: ${percent(share(unknownCount))} unknown categories (${shown.join(', ')}${more})`;
    judge(share(unknownCount), limits.unknown, 'OK', sentence);
  }
  const outside = outOfRange.below + outOfRange.above;
  if (outside > 0) {
    const sentence = `${input.name}: ${percent(share(outside))} outside the training range [${input.range?.min}, ${input.range?.max}]`;
    judge(share(outside), limits.outOfRange, 'OK', sentence);
  }
  return {
    name: input.name,
    type: input.type,
    status,
    present: column !== undefined,
    missing,
    missingShare: share(missing),
    unknownCategories: unknownCategories.slice(0, LISTED_UNKNOWN),
    unknownDistinct: unknownCategories.length,
    unknownShare: share(unknownCount),
    outOfRange: { ...outOfRange, share: share(outside) },
    problems,
  };
}

/** Whether a logged column can be checked as the input type (files may type a column otherwise). */
function compatible(input: ColumnType, logged: ColumnType): boolean {
  if (input === logged) return true;
  if (input === 'categorical') return logged !== 'datetime';
  if (input === 'text') return logged === 'categorical';
  return false;
}

/** Calls `visit` with the text label of every present value, as the model's encoder would see it. */
function forEachLabel(column: Column, visit: (label: string) => void): void {
  switch (column.type) {
    case 'categorical':
      for (const code of column.codes) if (code !== MISSING_CODE) visit(column.dictionary[code]!);
      return;
    case 'text':
      for (const value of column.values) if (value !== null) visit(value);
      return;
    case 'boolean':
      for (const value of column.values) if (value !== MISSING_BOOLEAN) visit(value === 1 ? 'true' : 'false');
      return;
    case 'numeric':
    case 'datetime':
      for (const value of column.values) if (!Number.isNaN(value)) visit(String(value));
      return;
  }
}

function countMissing(column: Column): number {
  let count = 0;
  switch (column.type) {
    case 'numeric':
    case 'datetime':
      for (const v of column.values) if (Number.isNaN(v)) count++;
      return count;
    case 'categorical':
      for (const code of column.codes) if (code === MISSING_CODE) count++;
      return count;
    case 'boolean':
      for (const v of column.values) if (v === MISSING_BOOLEAN) count++;
      return count;
    case 'text':
      for (const v of column.values) if (v === null) count++;
      return count;
  }
}

function worse(a: MonitoringStatus, b: MonitoringStatus): MonitoringStatus {
  return RANK[b] > RANK[a] ? b : a;
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
