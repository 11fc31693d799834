/**
 * Text that would make a Markdown parser overflow its stack (thousands of nested quote or list
 * markers) or backtrack for seconds (a long run of characters with no space, such as `a.a.a.…@`) is
 * shown as plain text instead: every character stays visible, only its formatting is not applied.
 * One rule for the screen, the DOCX and the Markdown export.
 */
export const MARKDOWN_MAX_CHARS = 2_000_000;
/** Deeper nesting than this is never typed by a person. */
export const MARKDOWN_MAX_DEPTH = 12;
/** A longer run without a space is not prose (nor a URL anyone types). */
export const MARKDOWN_MAX_WORD = 1_000;
/** More Markdown punctuation than this, and denser than one character in 20 (backticks, brackets,
 * stars…), is not formatting a person typed; such runs are what make the inline rules backtrack. */
export const MARKDOWN_MAX_SYNTAX = 1_000;

/** Container markers at the start of one line: `>`, list bullets and numbers, and indentation. */
const CONTAINER = /^(?: {0,3}(?:>|[-+*](?=\s)|\d{1,9}[.)](?=\s)) ?)/;

function lineDepth(line: string): number {
  let depth = 0;
  let rest = line;
  for (;;) {
    const indent = /^( {4}|\t)/.exec(rest);
    if (indent) {
      depth++;
      rest = rest.slice(indent[0].length);
    } else {
      const marker = CONTAINER.exec(rest);
      if (!marker || marker[0].length === 0) return depth;
      depth++;
      rest = rest.slice(marker[0].length);
    }
    if (depth > MARKDOWN_MAX_DEPTH) return depth;
  }
}

/** Null when the text may go to the Markdown parser; otherwise why it is shown as plain text. */
export function plainTextReason(text: string): string | null {
  if (text.length > MARKDOWN_MAX_CHARS) return 'too long to format';
  let word = 0;
  let syntax = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) word = 0;
    else if (++word > MARKDOWN_MAX_WORD) return 'a run of text without spaces too long to format';
    // ` * _ [ ] < > ~
    if (c === 96 || c === 42 || c === 95 || c === 91 || c === 93 || c === 60 || c === 62 || c === 126)
      syntax++;
  }
  if (syntax > MARKDOWN_MAX_SYNTAX && syntax * 20 > text.length)
    return 'too much Markdown punctuation to format';
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (lineDepth(line) > MARKDOWN_MAX_DEPTH) return 'nested too deeply to format';
    if (end === -1) break;
    start = end + 1;
  }
  return null;
}
