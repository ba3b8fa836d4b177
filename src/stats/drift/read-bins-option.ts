import type { DriftOptionReader } from './drift-option-reader.js';

/**
 * The `bins` option of the shared-histogram statistics (Jensen-Shannon, Hellinger, KL on numeric
 * columns): `sturges` (the default) or a whole number of equal-width bins, at least 1.
 *
 * @example readBinsOption(new DriftOptionReader('kl', { bins: 30 }, ['bins'])) // 30
 */
export function readBinsOption(reader: DriftOptionReader): number | 'sturges' {
  const raw = reader.raw('bins');
  if (raw === undefined || raw === 'sturges') return 'sturges';
  return reader.integer('bins', 1, 1);
}
