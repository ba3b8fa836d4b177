import { randomFillSync } from 'node:crypto';
import { SextantError } from './sextant-error.js';

/** Largest Unix millisecond time the 48-bit field holds (year 10889). */
const MAX_MS = 2 ** 48 - 1;
/** A clock step back by at most this much keeps counting on the last time; a larger one starts afresh. */
const ROLLBACK_ALLOWANCE_MS = 10_000;
/** One getrandom call per pool: about 400 ids in one millisecond, 400 milliseconds of single ids. */
const POOL_BYTES = 4096;
const COUNTER_LOW_MAX = 0x3fffffff;
const COUNTER_HIGH_MAX = 0xfff;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const NIBBLE = Array.from({ length: 16 }, (_, nibble) => nibble.toString(16));

/**
 * A new request id: a UUIDv7 (RFC 9562), lowercase `tttttttt-tttt-7ccc-vccc-ccccrrrrrrrr`. The first
 * 48 bits are the Unix time in milliseconds, so ids made later sort later and a log keyed by them
 * inserts at the right edge of its primary-key index instead of at a random page (random UUIDv4 keys
 * make every insert into a large log touch, and rewrite, a different index page).
 *
 * Within one generator ids are strictly increasing (RFC 9562 section 6.2, method 1): the 42 bits after
 * the version and variant are a counter, seeded at random in each new millisecond and incremented
 * for each further id in it (also when the clock steps back by up to 10 s, which keeps the last
 * time); the last 32 bits are fresh random bits in every id. Random bytes are drawn in 4 KiB blocks,
 * not one system call per id. Ids of one generator are ordered; the server keeps one for its life.
 *
 * Not a secret: anyone who sees one id can guess its neighbours up to 32 random bits.
 *
 * @example new RequestIdGenerator().next() // '019a6f0e-3c41-7a2b-9d04-5f1e2a7c9b30'
 */
export class RequestIdGenerator {
  private readonly pool = new Uint8Array(POOL_BYTES);
  private poolAt = POOL_BYTES;
  private lastMs = -1;
  private timeHex = '';
  private counterHigh = 0;
  private counterLow = 0;

  /** The next id, stamped with `now` (Unix ms, fractions dropped; the clock by default). */
  next(now: number = Date.now()): string {
    const ms = Math.floor(now);
    if (!(ms >= 0 && ms <= MAX_MS))
      throw new SextantError('INVALID_ARGUMENT', `a request id needs a time in 0..2^48-1 ms, not ${now}`, {
        now,
      });
    if (ms > this.lastMs || ms + ROLLBACK_ALLOWANCE_MS < this.lastMs) this.startMillisecond(ms);
    else if (this.counterLow < COUNTER_LOW_MAX) this.counterLow++;
    else {
      this.counterLow = 0;
      if (this.counterHigh < COUNTER_HIGH_MAX) this.counterHigh++;
      // 2^41 ids in one millisecond: borrow the next one, as RFC 9562 allows.
      else this.startMillisecond(Math.min(this.lastMs + 1, MAX_MS));
    }
    const variant = (0x80000000 | this.counterLow) >>> 0;
    const r = this.take(4);
    const pool = this.pool;
    return (
      this.timeHex +
      '-7' +
      NIBBLE[this.counterHigh >>> 8] +
      HEX[this.counterHigh & 0xff] +
      '-' +
      HEX[variant >>> 24] +
      HEX[(variant >>> 16) & 0xff] +
      '-' +
      HEX[(variant >>> 8) & 0xff] +
      HEX[variant & 0xff] +
      HEX[pool[r]!] +
      HEX[pool[r + 1]!] +
      HEX[pool[r + 2]!] +
      HEX[pool[r + 3]!]
    );
  }

  /** Offset of `n` fresh random bytes in the pool, refilling it when it runs out. */
  private take(n: number): number {
    if (this.poolAt + n > POOL_BYTES) {
      randomFillSync(this.pool);
      this.poolAt = 0;
    }
    const at = this.poolAt;
    this.poolAt += n;
    return at;
  }

  /** Starts the millisecond `ms`: its hex prefix, and a random counter with headroom (top bit clear). */
  private startMillisecond(ms: number): void {
    this.lastMs = ms;
    const hex = ms.toString(16).padStart(12, '0');
    this.timeHex = `${hex.slice(0, 8)}-${hex.slice(8)}`;
    const at = this.take(6);
    const pool = this.pool;
    this.counterHigh = ((pool[at]! & 0x07) << 8) | pool[at + 1]!;
    this.counterLow =
      (((pool[at + 2]! & 0x3f) << 24) | (pool[at + 3]! << 16) | (pool[at + 4]! << 8) | pool[at + 5]!) >>> 0;
  }
}
