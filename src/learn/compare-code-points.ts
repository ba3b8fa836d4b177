/**
 * Orders strings by Unicode code point, as Python sorts `str` (and so as scikit-learn sorts a
 * TF-IDF vocabulary). JavaScript's default order compares UTF-16 code units, which puts an astral
 * character (emoji, U+1F600) before U+E000..U+FFFF; the fix-up below restores code point order
 * without decoding.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (D800..DFFF) encode code points above FFFF: move them above E000..FFFF.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}
