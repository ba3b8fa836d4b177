import type { AnyDriftStatistic, DriftStatisticCatalog } from './drift-statistic-catalog.js';

/**
 * A catalog over a list of statistics; one name may serve several column kinds (a numeric and a
 * categorical `psi`, say), each a separate statistic object.
 *
 * @example createDriftStatisticCatalog([ks, chisquare]).find('ks', 'numeric')
 */
export function createDriftStatisticCatalog(statistics: readonly AnyDriftStatistic[]): DriftStatisticCatalog {
  const byKey = new Map(statistics.map((statistic) => [`${statistic.kind}:${statistic.name}`, statistic]));
  return {
    find: (name, kind) => byKey.get(`${kind}:${name}`),
    names: (kind) =>
      statistics.filter((statistic) => statistic.kind === kind).map((statistic) => statistic.name),
  };
}
