import { describe, expect, it } from 'vitest';
import { isSextantError } from '../core/sextant-error.js';
import { detectFormat } from './detect-format.js';

describe('detectFormat', () => {
  it('maps each supported extension, ignoring case and directories', () => {
    expect(detectFormat('a.csv')).toBe('csv');
    expect(detectFormat('dir.parquet/b.TSV')).toBe('tsv');
    expect(detectFormat('c.json')).toBe('json');
    expect(detectFormat('d.jsonl')).toBe('jsonl');
    expect(detectFormat('/tmp/e.NDJSON')).toBe('jsonl');
    expect(detectFormat('f.parquet')).toBe('parquet');
  });

  it('rejects other extensions with FILE_FORMAT_UNSUPPORTED naming the file', () => {
    for (const path of ['report.xlsx', 'data.csv.gz', 'README', 'x.txt']) {
      let caught: unknown;
      try {
        detectFormat(path);
      } catch (error) {
        caught = error;
      }
      expect(isSextantError(caught, 'FILE_FORMAT_UNSUPPORTED'), path).toBe(true);
      expect((caught as Error).message).toContain(path);
    }
  });

  it('says when there is no extension at all', () => {
    expect(() => detectFormat('data/README')).toThrow('data/README: unsupported file format (no extension)');
  });
});
