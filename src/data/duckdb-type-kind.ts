/**
 * The family of a DuckDB type, which is all that type inference and value conversion need:
 * - `float`: FLOAT, DOUBLE, DECIMAL(p, s)
 * - `integer`: signed and unsigned integers of every width
 * - `boolean`: BOOLEAN
 * - `datetime`: DATE and every TIMESTAMP variant (with or without time zone or precision)
 * - `string`: VARCHAR
 * - `nested`: STRUCT, MAP, UNION, LIST/ARRAY (`T[]`, `T[n]`) and JSON values
 * - `other`: anything else (TIME, UUID, BLOB, INTERVAL, ...), handled through its text form
 */
export type DuckDBTypeKind = 'float' | 'integer' | 'boolean' | 'datetime' | 'string' | 'nested' | 'other';

const INTEGER_TYPES = new Set([
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
  'UHUGEINT',
]);

/** Classifies a DuckDB type name as printed by DESCRIBE, for example `DECIMAL(18,3)`. */
export function duckdbTypeKind(sourceType: string): DuckDBTypeKind {
  const type = sourceType.trim().toUpperCase();
  if (type === 'BOOLEAN') return 'boolean';
  if (type === 'FLOAT' || type === 'DOUBLE' || type.startsWith('DECIMAL')) return 'float';
  if (INTEGER_TYPES.has(type)) return 'integer';
  if (type === 'DATE' || type.startsWith('TIMESTAMP')) return 'datetime';
  if (type === 'VARCHAR') return 'string';
  if (/^(STRUCT|MAP|UNION)\(/.test(type) || /\[\d*\]$/.test(type) || type === 'JSON') return 'nested';
  return 'other';
}
