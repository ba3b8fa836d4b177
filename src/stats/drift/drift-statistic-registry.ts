import { SextantError } from '../../core/sextant-error.js';
import { andersonStatistic } from './anderson-statistic.js';
import { categoricalHellingerStatistic } from './categorical-hellinger-statistic.js';
import { categoricalJensenShannonStatistic } from './categorical-jensen-shannon-statistic.js';
import { categoricalPsiStatistic } from './categorical-psi-statistic.js';
import { chiSquareStatistic } from './chi-square-statistic.js';
import { cramerVonMisesStatistic } from './cramer-von-mises-statistic.js';
import type { CategoricalDriftStatistic, DriftStatistic, NumericDriftStatistic } from './drift-statistic.js';
import { energyStatistic } from './energy-statistic.js';
import { hellingerStatistic } from './hellinger-statistic.js';
import { jensenShannonStatistic } from './jensen-shannon-statistic.js';
import { klStatistic } from './kl-statistic.js';
import { ksStatistic } from './ks-statistic.js';
import { mannWhitneyStatistic } from './mann-whitney-statistic.js';
import { psiStatistic } from './psi-statistic.js';
import { totalVariationStatistic } from './total-variation-statistic.js';
import { wassersteinNormStatistic } from './wasserstein-norm-statistic.js';
import { wassersteinStatistic } from './wasserstein-statistic.js';
import { welchTStatistic } from './welch-t-statistic.js';
import { zProportionsStatistic } from './z-proportions-statistic.js';

type Kind = DriftStatistic['kind'];

/** Every built-in statistic, numeric then categorical, in the order reports and help list them. */
const BUILT_IN: readonly DriftStatistic[] = [
  ksStatistic,
  psiStatistic,
  wassersteinStatistic,
  wassersteinNormStatistic,
  jensenShannonStatistic,
  andersonStatistic,
  cramerVonMisesStatistic,
  mannWhitneyStatistic,
  welchTStatistic,
  energyStatistic,
  hellingerStatistic,
  klStatistic,
  chiSquareStatistic,
  zProportionsStatistic,
  categoricalPsiStatistic,
  categoricalJensenShannonStatistic,
  totalVariationStatistic,
  categoricalHellingerStatistic,
];

/**
 * The drift statistics the engine can run, looked up by column kind and stable name (the CLI's
 * `--test col=NAME`). Names are unique within a kind only: `psi`, `jensenshannon` and `hellinger` exist for
 * numeric and for categorical columns, with the same meaning on each.
 *
 * Built with every built-in statistic by default; a different list can be passed (tests, plugins). A new
 * statistic is one new file plus one line in the built-in list.
 *
 * @example new DriftStatisticRegistry().get('numeric', 'ks').compute({ reference, current })
 */
export class DriftStatisticRegistry {
  private readonly byKey = new Map<string, DriftStatistic>();

  constructor(statistics: readonly DriftStatistic[] = BUILT_IN) {
    for (const statistic of statistics) {
      const key = `${statistic.kind}:${statistic.name}`;
      if (this.byKey.has(key)) {
        throw new SextantError(
          'INVALID_ARGUMENT',
          `two ${statistic.kind} drift statistics are named ${statistic.name}`,
          {
            kind: statistic.kind,
            name: statistic.name,
          },
        );
      }
      this.byKey.set(key, statistic);
    }
  }

  /** The statistic of that kind and name, or undefined. */
  find(kind: 'numeric', name: string): NumericDriftStatistic | undefined;
  find(kind: 'categorical', name: string): CategoricalDriftStatistic | undefined;
  find(kind: Kind, name: string): DriftStatistic | undefined;
  find(kind: Kind, name: string): DriftStatistic | undefined {
    return this.byKey.get(`${kind}:${name}`);
  }

  /** The statistic of that kind and name; INVALID_ARGUMENT listing the known names when there is none. */
  get(kind: 'numeric', name: string): NumericDriftStatistic;
  get(kind: 'categorical', name: string): CategoricalDriftStatistic;
  get(kind: Kind, name: string): DriftStatistic;
  get(kind: Kind, name: string): DriftStatistic {
    const statistic = this.find(kind, name);
    if (statistic === undefined) {
      const known = this.list(kind).map((s) => s.name);
      throw new SextantError(
        'INVALID_ARGUMENT',
        `unknown ${kind} drift test "${name}"; known: ${known.join(', ')}`,
        {
          kind,
          name,
          known,
        },
      );
    }
    return statistic;
  }

  /** The statistics of one kind, or all of them, in registration order. */
  list(kind: 'numeric'): readonly NumericDriftStatistic[];
  list(kind: 'categorical'): readonly CategoricalDriftStatistic[];
  list(kind?: Kind): readonly DriftStatistic[];
  list(kind?: Kind): readonly DriftStatistic[] {
    const all = [...this.byKey.values()];
    return kind === undefined ? all : all.filter((statistic) => statistic.kind === kind);
  }
}
