import { DriftStatisticRegistry } from '../drift/drift-statistic-registry.js';
import { textVocabularyStatistic } from '../drift/text-vocabulary-statistic.js';
import { createDriftStatisticCatalog } from './create-drift-statistic-catalog.js';

/**
 * Every built-in drift statistic: the numeric and categorical ones of DriftStatisticRegistry, plus the
 * text statistics (`text_vocabulary`; the domain classifier joins here). Worker threads use this one.
 *
 * @example defaultDriftStatisticCatalog.find('psi', 'numeric')
 */
export const defaultDriftStatisticCatalog = createDriftStatisticCatalog([
  ...new DriftStatisticRegistry().list(),
  textVocabularyStatistic,
]);
