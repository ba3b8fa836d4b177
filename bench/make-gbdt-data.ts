import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { SeededRandom } from '../src/core/seeded-random.js';

/**
 * Writes a binary classification CSV of `rows` rows and `features` numeric columns whose label depends
 * non-linearly on a few of them (interactions, a threshold, a sine), with 1 % missing values in x7:
 * a job for gradient-boosted trees that a linear model cannot do well.
 */
export async function makeGbdtData(path: string, rows: number, seed: number, features = 20): Promise<void> {
  const rng = new SeededRandom(seed);
  const out = createWriteStream(path);
  const header = [...Array.from({ length: features }, (_, j) => `x${j}`), 'label'].join(',');
  let buffer = `${header}\n`;
  const x = new Float64Array(features);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < features; j++) x[j] = rng.normal();
    const logit =
      1.5 * x[0]! * x[1]! +
      2 * Math.sin(2 * x[2]!) +
      (x[3]! > 0.5 ? 1.5 : -0.5) -
      0.8 * x[4]! * x[4]! +
      0.7 * x[5]! -
      0.5 * x[6]!;
    const label = rng.next() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    const cells: string[] = [];
    for (let j = 0; j < features; j++) cells.push(j === 7 && rng.next() < 0.01 ? '' : x[j]!.toFixed(6));
    buffer += `${cells.join(',')},${label}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}
