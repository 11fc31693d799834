/**
 * Statements that once broke rendering: nesting deep enough to overflow marked's stack, text that
 * makes its inline rules backtrack for seconds, and text that tried to change or hide the document
 * around it. Each must show as rendered or as plain text, never a blank window, never hidden text.
 * `tail` is a piece of the text that must be visible wherever the statement is shown.
 */
export const HOSTILE_STATEMENTS: ReadonlyArray<{ name: string; text: string; tail: string }> = [
  { name: '1,875 quote markers', text: `${'>'.repeat(1875)} deep quote`, tail: 'deep quote' },
  { name: '2,400 list markers', text: `${'- '.repeat(2400)}deep list`, tail: 'deep list' },
  { name: '100 KB of a. ending in @', text: `${'a.'.repeat(50_000)}@ end of dots`, tail: 'end of dots' },
  { name: '9,000 backticks', text: `${'` '.repeat(9000)}after ticks`, tail: 'after ticks' },
  { name: 'nested links', text: `${'[a](b '.repeat(3000)}after links`, tail: 'after links' },
  {
    name: 'HTML, handlers and a javascript: link',
    text: '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) script tail',
    tail: 'script tail',
  },
  { name: 'a heading and an unclosed fence', text: '# Taken over\n```\nfence tail', tail: 'fence tail' },
  { name: 'an unclosed comment', text: '<!-- hide the rest\ncomment tail', tail: 'comment tail' },
];
