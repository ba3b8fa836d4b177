import type { DriftSideCounts } from './drift-report.js';
import type { DriftSide } from './drift-side.js';

/**
 * What one side of a column held, for reports: cells, values used, missing cells and infinities.
 *
 * @example sideCounts(side).used
 */
export function sideCounts(side: DriftSide): DriftSideCounts {
  switch (side.kind) {
    case 'numeric':
      return {
        rows: side.rows,
        used: side.count,
        missing: side.missing,
        infinite: side.positiveInfinity + side.negativeInfinity,
      };
    case 'categorical': {
      let used = 0;
      for (const count of side.counts.values()) used += count;
      return { rows: side.rows, used, missing: side.missing, infinite: 0 };
    }
    case 'text':
      return { rows: side.rows, used: side.documents, missing: side.missing, infinite: 0 };
  }
}
