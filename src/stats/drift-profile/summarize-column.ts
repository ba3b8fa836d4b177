import { type Column, MISSING_CODE } from '../../core/frame.js';
import type { CategoricalColumnProfile, ColumnProfile, NumericColumnProfile } from './column-profile.js';
import { copyFiniteValues } from './copy-finite-values.js';
import { countNumbers } from './count-numbers.js';
import { countWords } from './count-words.js';

/**
 * Summarizes one Frame column for drift in one pass: numeric and datetime columns keep their
 * finite values (a copy, unsorted) and count missing values and infinities; categorical and
 * boolean columns count each label; text columns count words. Nothing here throws on odd data:
 * an empty or all-missing column yields a profile with nothing to compare.
 *
 * @example summarizeColumn({ name: 'x', type: 'numeric', values: Float64Array.of(1, NaN, Infinity) })
 */
export function summarizeColumn(column: Column): ColumnProfile {
  switch (column.type) {
    case 'numeric':
    case 'datetime':
      return summarizeNumbers(column.name, column.type, column.values);
    case 'categorical': {
      const perCode = new Float64Array(column.dictionary.length);
      let missing = 0;
      for (const code of column.codes) {
        if (code === MISSING_CODE || code >= perCode.length) missing++;
        else perCode[code]!++;
      }
      const counts = new Map<string, number>();
      column.dictionary.forEach((label, code) => {
        const count = perCode[code]!;
        if (count > 0) counts.set(label, (counts.get(label) ?? 0) + count);
      });
      return categorical(column.name, column.type, column.codes.length, missing, counts);
    }
    case 'boolean': {
      let trues = 0;
      let falses = 0;
      for (const value of column.values) {
        if (value === 1) trues++;
        else if (value === 0) falses++;
      }
      const counts = new Map<string, number>();
      if (falses > 0) counts.set('false', falses);
      if (trues > 0) counts.set('true', trues);
      return categorical(
        column.name,
        'boolean',
        column.values.length,
        column.values.length - trues - falses,
        counts,
      );
    }
    case 'text': {
      const { words, tokens, documents } = countWords(column.values);
      const rows = column.values.length;
      return {
        name: column.name,
        type: 'text',
        kind: 'text',
        rows,
        missing: rows - documents,
        documents,
        tokens,
        words,
        texts: column.values.filter((text): text is string => text !== null),
      };
    }
  }
}

function summarizeNumbers(
  name: string,
  type: 'numeric' | 'datetime',
  source: Float64Array,
): NumericColumnProfile {
  const counts = countNumbers(source);
  const values = copyFiniteValues(source, counts.count);
  return { name, type, kind: 'numeric', rows: source.length, ...counts, values, sorted: false };
}

function categorical(
  name: string,
  type: 'categorical' | 'boolean',
  rows: number,
  missing: number,
  counts: Map<string, number>,
): CategoricalColumnProfile {
  return { name, type, kind: 'categorical', rows, missing, counts };
}
