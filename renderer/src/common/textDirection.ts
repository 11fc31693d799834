/** Letters of the right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LETTER = /\p{L}/u;

/**
 * The direction a text reads in, from its first letter (as `dir="auto"` decides): for elements that
 * cannot take `dir="auto"` from what they show, such as a `<select>` showing its chosen option.
 */
export function textDirection(text: string): 'rtl' | 'ltr' {
  for (const char of text) if (LETTER.test(char)) return RTL_LETTER.test(char) ? 'rtl' : 'ltr';
  return 'ltr';
}
