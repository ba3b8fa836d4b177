/** log2 of the register count: 16 384 registers, a standard error of about 0.8 %. */
const PRECISION = 14;
const REGISTERS = 1 << PRECISION;
const ALPHA = 0.7213 / (1 + 1.079 / REGISTERS);
const TWO_32 = 2 ** 32;
const NEGATIVE_ZERO_HIGH = 0x80000000 | 0;

/**
 * A HyperLogLog sketch of the distinct values of a float column, fed chunk by chunk: the distinct
 * count of a numeric or datetime column that readFrame counts in the data instead of in a DuckDB
 * pass (see openWithSchema's `leaveCountsToReader`), where DuckDB's own estimate costs five times
 * as much. NaN (missing) is left out and counted, -0 counts as 0. About 1 % off at any size
 * (linear counting below 40 000 values, where a few hundred come out within one or two); 16 KiB
 * of registers, about 10 ms per million values.
 *
 * @example const sketch = new DistinctSketch(); sketch.add(Float64Array.of(1, 2, 2, NaN)); sketch.estimate() // 2
 */
export class DistinctSketch {
  private readonly registers = new Uint8Array(REGISTERS);

  /** Adds the values that are not NaN; returns how many were NaN. */
  add(values: Float64Array): number {
    const { registers } = this;
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
    let missing = 0;
    for (let index = 0; index < values.length; index++) {
      const low = words[index * 2]!;
      let high = words[index * 2 + 1]!;
      if ((high & 0x7ff00000) === 0x7ff00000 && ((high & 0xfffff) | low) !== 0) {
        missing++;
        continue;
      }
      if (low === 0 && high === NEGATIVE_ZERO_HIGH) high = 0;
      let hash = Math.imul(high ^ (high >>> 16), 0x85ebca6b) ^ low;
      hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
      hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b) ^ Math.imul(low ^ (low >>> 15), 0x27d4eb2f);
      hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
      hash ^= hash >>> 16;
      const register = hash >>> (32 - PRECISION);
      const rank = Math.clz32((hash << PRECISION) | (1 << (PRECISION - 1))) + 1;
      if (rank > registers[register]!) registers[register] = rank;
    }
    return missing;
  }

  /** The estimated count of distinct values added so far. */
  estimate(): number {
    let sum = 0;
    let zeros = 0;
    for (const rank of this.registers) {
      sum += 2 ** -rank;
      if (rank === 0) zeros++;
    }
    const raw = (ALPHA * REGISTERS * REGISTERS) / sum;
    if (raw <= 2.5 * REGISTERS && zeros > 0) return Math.round(REGISTERS * Math.log(REGISTERS / zeros));
    if (raw > TWO_32 / 30) return Math.round(-TWO_32 * Math.log(1 - raw / TWO_32));
    return Math.round(raw);
  }
}
