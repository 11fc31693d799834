/** Text the report writes itself (names, labels) must not turn into Markdown syntax by accident. */
export const escapeMarkdownText = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');

/** Trimmed text, or null when empty. */
export const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** User Markdown that starts with block syntax or spans lines cannot be run on after other text. */
export const isBlockish = (markdown: string): boolean =>
  markdown.includes('\n') || /^\s*([-+>#|]|\*(?!\*)|\d+[.)]\s|```|~~~)/.test(markdown);
