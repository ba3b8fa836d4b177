/**
 * The file formats Sextant reads, named after their extensions. `jsonl` covers `.jsonl` and
 * `.ndjson` (one JSON object per line); `json` is an array of objects (or a single object).
 */
export type FileFormat = 'csv' | 'tsv' | 'json' | 'jsonl' | 'parquet';
