/** A progress bar drawn on one line and redrawn in place. */
export interface ProgressBar {
  /** Draws `label [#####.....] done/total`; redraws at most every 100 ms except at the end. */
  update(label: string, done: number, total: number): void;
  /** Ends the line if one is drawn, so the next output starts clean. */
  finish(): void;
}

/**
 * A progress bar writing through `write` (stderr). Whether to show one at all is the caller's call
 * (a terminal, a large input, not --json), so machine output is never polluted.
 */
export function createProgressBar(write: (text: string) => void, now: () => number = Date.now): ProgressBar {
  let open = false;
  let lastDraw = 0;
  return {
    update(label, done, total) {
      const time = now();
      if (open && done < total && time - lastDraw < 100) return;
      lastDraw = time;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const width = 30;
      const filled = Math.round(share * width);
      write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${Math.round(share * 100)}%`,
      );
      open = true;
    },
    finish() {
      if (open) write('\n');
      open = false;
    },
  };
}
