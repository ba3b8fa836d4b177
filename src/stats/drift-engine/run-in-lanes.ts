/**
 * Runs `work(0) … work(count - 1)` with at most `lanes` running at once, each lane taking the next
 * index when it finishes one, and returns the results in index order. Work that builds its input
 * when it starts (a column copy) then holds at most `lanes` inputs in memory.
 *
 * @example await runInLanes(columns.length, 2, (i) => compare(columns[i]))
 */
export async function runInLanes<T>(
  count: number,
  lanes: number,
  work: (index: number) => Promise<T>,
): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      results[index] = await work(index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, count)) }, lane));
  return results;
}
