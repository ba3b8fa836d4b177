/**
 * The first column name that repeats an earlier one, ignoring case, with the earlier spelling;
 * `undefined` when all names are distinct. Case is ignored because SQL identifiers are, so
 * DuckDB could not keep `price` and `Price` apart (it would rename one to `Price_1`).
 *
 * @example findDuplicateName(['a', 'b', 'A']) // { first: 'a', second: 'A' }
 */
export function findDuplicateName(names: readonly string[]): { first: string; second: string } | undefined {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = name.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return { first, second: name };
    seen.set(key, name);
  }
  return undefined;
}
