import { domainClassifierStatistic } from '../learn/domain-classifier-statistic.js';
import { DriftStatisticRegistry } from '../stats/drift/drift-statistic-registry.js';
import { textVocabularyStatistic } from '../stats/drift/text-vocabulary-statistic.js';
import { createDriftStatisticCatalog } from '../stats/drift-engine/create-drift-statistic-catalog.js';

/**
 * Every drift statistic a user can name: the statistics layer's own, plus the ones that learn a model
 * (the text domain classifier), which live above it. `sextant drift` and monitoring runs use this one;
 * worker threads only run numeric statistics and use the statistics layer's catalog.
 */
export const driftStatisticCatalog = createDriftStatisticCatalog([
  ...new DriftStatisticRegistry().list(),
  textVocabularyStatistic,
  domainClassifierStatistic,
]);
