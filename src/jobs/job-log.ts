import type { Clock } from '../core/clock.js';

const MAX_LINES = 2000;
const MAX_LINE_LENGTH = 4000;

/**
 * The log of one job run: lines stamped with the clock's instant. Bounded (2000 lines of at most
 * 4000 characters) because it is stored whole in the run's row and shown in the dashboard; a
 * chatty job loses its later lines, and the log says how many.
 */
export class JobLog {
  private readonly lines: string[] = [];
  private dropped = 0;

  constructor(private readonly clock: Clock) {}

  /** Appends a line; a multi-line string becomes several lines. */
  add(text: string): void {
    for (const line of String(text).split(/\r?\n/)) {
      if (this.lines.length >= MAX_LINES) {
        this.dropped += 1;
        continue;
      }
      const clipped = line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line;
      this.lines.push(`${this.clock.now().toISOString()} ${clipped}`);
    }
  }

  /** The whole log, one line per entry, with a last line counting dropped lines if any. */
  text(): string {
    const notice =
      this.dropped > 0 ? [`(${this.dropped} more lines dropped: the log keeps ${MAX_LINES})`] : [];
    return [...this.lines, ...notice].join('\n');
  }
}
