import type { ColumnType } from '../../core/column-type.js';
import type { ColumnSetting } from './drift-settings.js';

/**
 * The value of `setting` for one column: per column, else per type, else for all columns,
 * with `from` saying which (for messages); undefined when none applies.
 *
 * @example resolveColumnSetting({ all: 0.1, byColumn: new Map([['age', 0.2]]) }, 'age', 'numeric')
 */
export function resolveColumnSetting<T>(
  setting: ColumnSetting<T> | undefined,
  name: string,
  type: ColumnType,
): { value: T; from: 'column' | 'type' | 'all' } | undefined {
  if (setting === undefined) return undefined;
  const byColumn = setting.byColumn?.get(name);
  if (byColumn !== undefined) return { value: byColumn, from: 'column' };
  const byType = setting.byType?.[type];
  if (byType !== undefined) return { value: byType, from: 'type' };
  return setting.all === undefined ? undefined : { value: setting.all, from: 'all' };
}
