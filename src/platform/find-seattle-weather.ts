import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { SextantError } from '../core/sextant-error.js';

const FILE = 'seattle-weather.csv';

/**
 * Where `seattle-weather.csv` of the vega-datasets package is: daily Seattle weather 2012-2015, real
 * public data whose seasons and labels drift from year to year. The package's exports map hides its
 * data folder from `require.resolve`, so the folder is found beside its resolved entry point, then in
 * the working directory's node_modules.
 *
 * @throws FILE_NOT_FOUND naming the package to install
 */
export function findSeattleWeather(cwd: string): string {
  const candidates: string[] = [];
  try {
    const entry = createRequire(import.meta.url).resolve('vega-datasets');
    candidates.push(join(dirname(entry), '..', 'data', FILE));
  } catch {
    // Not resolvable from here (a global install without dev dependencies): try the working directory.
  }
  candidates.push(join(cwd, 'node_modules', 'vega-datasets', 'data', FILE));
  const found = candidates.find((path) => existsSync(path));
  if (found === undefined)
    throw new SextantError(
      'FILE_NOT_FOUND',
      `the demo needs ${FILE} of the vega-datasets package: run "npm install vega-datasets" here`,
      { tried: candidates },
    );
  return found;
}
