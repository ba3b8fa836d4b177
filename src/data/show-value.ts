/** Values longer than this are cut in messages. */
const MAX_SHOWN = 60;

/**
 * A value as a message shows it: in double quotes with newlines and quotes escaped (JSON
 * style), so that a message stays on one line, and cut after 60 characters with `...` so that a
 * long text cell cannot flood a terminal or a log.
 *
 * @example showValue('a\nb') // "a\nb" (with a backslash, on one line)
 */
export function showValue(value: string): string {
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}...` : value;
  return JSON.stringify(cut);
}
