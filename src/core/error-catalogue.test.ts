import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from './error-catalogue.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
// Only the catalogue table of the "## Errors" section counts; other tables may mention codes too.
const errorsSection = readme.slice(
  readme.indexOf('\n## Errors\n'),
  readme.indexOf('\n## ', readme.indexOf('\n## Errors\n') + 1),
);

describe('the error catalogue', () => {
  it.each(Object.entries(ERROR_CATALOGUE))(
    'documents %s in the README with its status and exit code',
    (code, entry) => {
      const row = errorsSection.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, `README errors table has no row for ${code}`).toBeDefined();
      const cells = row!.split('|').map((cell) => cell.trim());
      expect(cells[2]).toBe(String(entry.status));
      expect(cells[3]).toBe(String(entry.exit));
    },
  );
});
