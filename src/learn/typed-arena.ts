/** Bytes the first buffer holds: a one-row TF-IDF prediction needs a few hundred. */
const INITIAL_BYTES = 16 * 1024;
/** Largest buffer kept; a bigger request gets plain arrays, so one huge batch does not pin memory. */
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * Zero-filled Int32Array / Float64Array views carved from one reusable ArrayBuffer, released all at
 * once by {@link reset}. V8 allocates a typed array of more than 64 bytes outside its heap, which
 * costs about 1.5 µs each (measured on Node 20); a one-row prediction made about a dozen of them, more
 * than the arithmetic. A view over an existing buffer costs about 0.05 µs.
 *
 * Views stay valid until the next `reset`: the owner (a Predictor) resets at the start of each call
 * and reads the results before it returns.
 *
 * @example const arena = new TypedArena(); arena.reset(); const counts = arena.int32(40);
 */
export class TypedArena {
  private buffer = new ArrayBuffer(INITIAL_BYTES);
  private offset = 0;

  /** Frees every view handed out since the last reset (their memory is reused). */
  reset(): void {
    this.offset = 0;
  }

  int32(length: number): Int32Array {
    const at = this.take(length * 4);
    return at < 0 ? new Int32Array(length) : new Int32Array(this.buffer, at, length).fill(0);
  }

  float64(length: number): Float64Array {
    const at = this.take(length * 8);
    return at < 0 ? new Float64Array(length) : new Float64Array(this.buffer, at, length).fill(0);
  }

  /** The byte offset of `bytes` free bytes (8-aligned), or -1 when they should come from the heap. */
  private take(bytes: number): number {
    let at = (this.offset + 7) & ~7;
    if (at + bytes > this.buffer.byteLength) {
      if (this.buffer.byteLength >= MAX_BYTES || bytes > MAX_BYTES) return -1;
      // Views already handed out keep the old buffer alive until they are dropped.
      this.buffer = new ArrayBuffer(Math.min(MAX_BYTES, Math.max(this.buffer.byteLength * 2, bytes)));
      at = 0;
    }
    this.offset = at + bytes;
    return at;
  }
}
