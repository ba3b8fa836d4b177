/**
 * The items of `source`, with the next one always asked for before the current one is handed
 * out, so that producing it overlaps with the caller's work on the current one.
 *
 * Why: readFrame copies each DuckDB chunk into its columns (about a second per million rows of
 * 25 columns) and DuckDB parses only a chunk or two ahead of the last fetch; asking for the next
 * chunk first lets the fetch and its transfer run meanwhile, about 10 % off a CSV read.
 *
 * An early exit (the caller breaks or throws) lets the request in flight settle, ignoring its
 * error, then closes `source`.
 *
 * @example for await (const chunk of readAhead(source.chunks(selectList))) copy(chunk);
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      const result = await next;
      if (result.done === true) {
        finished = true;
        return;
      }
      next = iterator.next();
      yield result.value;
    }
  } finally {
    if (!finished) {
      await next.catch(() => undefined);
      await iterator.return?.();
    }
  }
}
