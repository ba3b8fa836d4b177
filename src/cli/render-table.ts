/**
 * Renders rows as a plain, aligned text table with a header, for terminals.
 * Cells are stringified; null and undefined print as `-`.
 *
 * @example renderTable(['name', 'rows'], [['weather', 1461]])
 */
export function renderTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = [
    header,
    ...rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '-' : String(cell)))),
  ];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  return cells
    .map((row) =>
      row
        .map((cell, column) => (cell ?? '').padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
