import { KIND_LABELS, type ReportBlock, type ReportDocument } from './reportModel';

/** Text the report writes itself (names, labels) must not turn into Markdown syntax by accident. */
export const escapeMarkdownText = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');

const cell = (text: string): string => escapeMarkdownText(text.trim()) || ' ';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** User Markdown that starts with block syntax or spans lines is put below the speaker line, not after it. */
const isBlockish = (markdown: string): boolean =>
  markdown.includes('\n') || /^\s*([-*+>#|]|\d+[.)]\s|```|~~~)/.test(markdown);

function block(b: ReportBlock): string {
  switch (b.type) {
    case 'paragraph':
      return b.markdown.trim();
    case 'note':
      return `_${escapeMarkdownText(b.text)}_`;
    case 'facts':
      return b.rows
        .map(([label, value]) => `- **${escapeMarkdownText(label)}:** ${escapeMarkdownText(value)}`)
        .join('\n');
    case 'table':
      return table(b.header, b.rows);
    case 'statement': {
      let head = `**${escapeMarkdownText(b.speaker ?? 'Unattributed')}**`;
      if (b.speakerDetail) head += `, ${escapeMarkdownText(b.speakerDetail)}`;
      if (b.offset) head += ` (${b.offset})`;
      if (b.kind !== 'statement') head += ` [${KIND_LABELS[b.kind]}]`;
      if (b.starred) head += ' ★';
      const text = b.markdown.trim();
      if (!text) return `${head}: _(no text)_`;
      return isBlockish(text) ? `${head}:\n\n${text}` : `${head}: ${text}`;
    }
  }
}

/** The report as GitHub-flavoured Markdown: title `#`, section levels 1–3 as `##`–`####`. */
export function reportToMarkdown(doc: ReportDocument): string {
  const parts: string[] = [`# ${escapeMarkdownText(doc.title)}`];
  if (doc.subtitle) parts.push(`_${escapeMarkdownText(doc.subtitle)}_`);
  for (const section of doc.sections) {
    parts.push(`${'#'.repeat(section.level + 1)} ${escapeMarkdownText(section.heading)}`);
    for (const b of section.blocks) parts.push(block(b));
  }
  return parts.join('\n\n') + '\n';
}
