/**
 * Statements that once broke rendering: nesting deep enough to overflow marked's stack, and text that
 * makes its inline rules backtrack. Each must show as rendered or as plain text, never a blank window.
 */
export const HOSTILE_STATEMENTS: ReadonlyArray<{ name: string; text: string }> = [
  { name: '1,875 quote markers', text: `${'>'.repeat(1875)} deep quote` },
  { name: '2,400 list markers', text: `${'- '.repeat(2400)}deep list` },
];
