import type { ColumnType } from '../core/column-type.js';
import { duckdbTypeKind } from './duckdb-type-kind.js';
import type { SourceColumn } from './source-column.js';

/**
 * Whether reading `column` as `type` (valueSql) can turn a value present in the file into NULL,
 * that is whether a schema file's type can find a value it cannot read there. Text and labels
 * read anything, numbers, integers and booleans all convert to a number, and booleans stay
 * booleans; every other pair (text as a number, a number as an instant, ...) may fail, so its
 * values must be checked.
 *
 * @example mayRejectValues({ name: 'age', sourceType: 'BIGINT' }, 'numeric') // false
 */
export function mayRejectValues(column: SourceColumn, type: ColumnType): boolean {
  if (type === 'categorical' || type === 'text') return false;
  const kind = duckdbTypeKind(column.sourceType);
  if (type === 'boolean') return kind !== 'boolean';
  return !(type === 'numeric' && (kind === 'float' || kind === 'integer' || kind === 'boolean'));
}
