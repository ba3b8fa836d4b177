import type { ColumnType } from '../core/column-type.js';
import { SextantError } from '../core/sextant-error.js';
import type { FeatureKind } from './feature-kind.js';

/** User choices that override the schema's types (the CLI's --text, --categorical, --numeric). */
export interface FeatureOverrides {
  readonly numeric?: readonly string[];
  readonly categorical?: readonly string[];
  readonly text?: readonly string[];
  readonly datetime?: readonly string[];
  /** Columns never used as features (identifiers, leaks). */
  readonly exclude?: readonly string[];
  /** Use only the columns listed above instead of every column (default false). */
  readonly only?: boolean;
}

/** One input column and the featurizer it gets. */
export interface FeaturePlanEntry {
  readonly column: string;
  readonly kind: FeatureKind;
}

const KIND_OF_TYPE: Record<ColumnType, FeatureKind> = {
  numeric: 'numeric',
  categorical: 'categorical',
  boolean: 'categorical',
  text: 'text',
  datetime: 'datetime',
};

/**
 * Decides the featurizer of every column from its type (numeric → numeric, categorical and boolean →
 * one-hot, text → TF-IDF, datetime → parts), skipping the target and excluded columns; a column named
 * in an override list gets that kind whatever its type. Accepts a DatasetSchema's columns or a Frame's
 * (both carry name and type). Columns keep their file order, so feature order is stable.
 *
 * @example planFeatures(schema.columns, 'urgent', { text: ['title', 'description'], exclude: ['id'] })
 */
export function planFeatures(
  columns: readonly { readonly name: string; readonly type: ColumnType }[],
  target: string | undefined,
  overrides: FeatureOverrides = {},
): FeaturePlanEntry[] {
  const names = new Set(columns.map((c) => c.name));
  const forced = new Map<string, FeatureKind>();
  const kinds: FeatureKind[] = ['numeric', 'categorical', 'text', 'datetime'];
  for (const kind of kinds) {
    for (const column of overrides[kind] ?? []) {
      const previous = forced.get(column);
      if (previous !== undefined && previous !== kind) {
        throw new SextantError(
          'INVALID_ARGUMENT',
          `column "${column}" is listed as both ${previous} and ${kind}`,
          { column },
        );
      }
      forced.set(column, kind);
    }
  }
  const excluded = new Set(overrides.exclude ?? []);
  for (const column of [...forced.keys(), ...excluded]) {
    if (!names.has(column)) {
      throw new SextantError(
        'COLUMN_MISSING',
        `column "${column}" is not in the data; it has ${[...names].join(', ')}`,
        { column },
      );
    }
  }
  if (target !== undefined && forced.has(target)) {
    throw new SextantError(
      'INVALID_ARGUMENT',
      `column "${target}" is the target and cannot also be a feature`,
      { column: target },
    );
  }
  const plan: FeaturePlanEntry[] = [];
  for (const { name, type } of columns) {
    if (name === target || excluded.has(name)) continue;
    const kind = forced.get(name) ?? (overrides.only ? undefined : KIND_OF_TYPE[type]);
    if (kind !== undefined) plan.push({ column: name, kind });
  }
  if (plan.length === 0) throw new SextantError('INVALID_ARGUMENT', 'no feature column is left to train on');
  return plan;
}
