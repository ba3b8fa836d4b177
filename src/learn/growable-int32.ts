/**
 * An Int32Array that doubles its capacity as values are pushed: the token stream of a corpus and the
 * per-term counters of a vocabulary grow to sizes unknown in advance, and typed storage keeps them
 * at four bytes a value with no per-element objects.
 */
export class GrowableInt32 {
  private buffer: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.buffer = new Int32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.buffer.length) this.reserve(this.length * 2);
    this.buffer[this.length++] = value;
  }

  /** Grows (zero-filled) so that index `size - 1` is addressable, and sets the length to at least `size`. */
  extendTo(size: number): void {
    if (size > this.buffer.length) this.reserve(Math.max(size, this.buffer.length * 2));
    if (size > this.length) this.length = size;
  }

  /** The live storage; valid until the next push or extend. */
  get array(): Int32Array {
    return this.buffer;
  }

  /** A trimmed view of the values (shares memory until the next growth). */
  view(): Int32Array {
    return this.buffer.subarray(0, this.length);
  }

  private reserve(capacity: number): void {
    const next = new Int32Array(capacity);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }
}
