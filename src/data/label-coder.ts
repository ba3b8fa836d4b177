import type { DuckDBVector } from '@duckdb/node-api';
import { MISSING_CODE } from '../core/frame.js';
import { stringVectorWords } from './string-vector-words.js';
import { vectorItems } from './vector-items.js';

/** Slots of the short-label table to start with (a power of two). */
const INITIAL_SLOTS = 64;
const EMPTY = -1;

/**
 * Codes the labels of one categorical column as DuckDB streams them, numbered in order of first
 * appearance, without a pass of its own over the file and without making a JavaScript string per
 * cell. (An ENUM dictionary built in SQL first costs another pass over the file; decoding every
 * cell costs about as much.)
 *
 * A label of at most 12 bytes (nearly every category) sits inside its 16-byte DuckDB cell, so the
 * cell's four words identify it (see stringVectorWords): they are looked up in an open-addressing
 * table, and only words never seen before are decoded (`getItem`) and looked up by their text.
 * Longer labels are decoded every time. The text decides, so codes never depend on how DuckDB pads
 * a short string: at worst one label would take two entries in the table.
 *
 * @example const coder = new LabelCoder(); coder.encode(labels, missing, codes, 0, chunk.rowCount); coder.labels
 */
export class LabelCoder {
  /** The labels, indexed by code. */
  readonly labels: string[] = [];
  private readonly codeOfLabel = new Map<string, number>();
  private keys = new Int32Array(INITIAL_SLOTS * 4);
  private codes = new Int32Array(INITIAL_SLOTS).fill(EMPTY);
  private used = 0;

  /**
   * Writes the codes of the first `count` cells of `labels` (a VARCHAR vector) to `out` from
   * `offset`; `missing` is a UTINYINT vector, 1 where the label is NULL ({@link MISSING_CODE}).
   */
  encode(labels: DuckDBVector, missing: DuckDBVector, out: Int32Array, offset: number, count: number): void {
    const words = stringVectorWords(labels, count);
    const nulls = vectorItems(missing, Uint8Array, count);
    for (let row = 0; row < count; row++) {
      let code: number;
      if (nulls === undefined ? missing.getItem(row) !== 0 : nulls[row] !== 0) code = MISSING_CODE;
      else if (words !== undefined && words[row * 4]! >>> 0 <= 12) code = this.shortCode(words, row, labels);
      else code = this.codeOf(labels.getItem(row) as string);
      out[offset + row] = code;
    }
  }

  private shortCode(words: Int32Array, row: number, labels: DuckDBVector): number {
    const at = row * 4;
    const w0 = words[at]!;
    const w1 = words[at + 1]!;
    const w2 = words[at + 2]!;
    const w3 = words[at + 3]!;
    const mask = this.codes.length - 1;
    let slot = hashWords(w0, w1, w2, w3) & mask;
    for (;;) {
      const code = this.codes[slot]!;
      if (code === EMPTY) break;
      const key = slot * 4;
      const { keys } = this;
      if (keys[key] === w0 && keys[key + 1] === w1 && keys[key + 2] === w2 && keys[key + 3] === w3)
        return code;
      slot = (slot + 1) & mask;
    }
    const code = this.codeOf(labels.getItem(row) as string);
    this.keys.set(words.subarray(at, at + 4), slot * 4);
    this.codes[slot] = code;
    if (++this.used * 2 > this.codes.length) this.grow();
    return code;
  }

  private codeOf(label: string): number {
    let code = this.codeOfLabel.get(label);
    if (code === undefined) {
      code = this.labels.length;
      this.labels.push(label);
      this.codeOfLabel.set(label, code);
    }
    return code;
  }

  /** Doubles the table, placing every entry again. */
  private grow(): void {
    const { keys, codes } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.codes = new Int32Array(codes.length * 2).fill(EMPTY);
    const mask = this.codes.length - 1;
    for (let old = 0; old < codes.length; old++) {
      if (codes[old] === EMPTY) continue;
      const at = old * 4;
      let slot = hashWords(keys[at]!, keys[at + 1]!, keys[at + 2]!, keys[at + 3]!) & mask;
      while (this.codes[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys.set(keys.subarray(at, at + 4), slot * 4);
      this.codes[slot] = codes[old]!;
    }
  }
}

/** A 32-bit mix of a cell's four words (murmur3's finalizer over a multiply-xor chain). */
function hashWords(w0: number, w1: number, w2: number, w3: number): number {
  let h = Math.imul(w0 ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ w1 ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ w2 ^ (h >>> 13), 0x85ebca6b);
  h = Math.imul(h ^ w3 ^ (h >>> 16), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
