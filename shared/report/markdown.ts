import {
  DRAFT_MARK,
  kindLabel,
  type ReportBlock,
  type ReportDocument,
  type ReportSection,
} from './reportModel';

import { escapeMarkdownText, isBlockish } from './text';

export { escapeMarkdownText };

const cell = (text: string): string => escapeMarkdownText(text.trim()) || ' ';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

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
      if (b.kind !== 'statement') head += ` [${kindLabel(b.kind)}]`;
      if (b.starred) head += ' ★';
      const text = b.markdown.trim();
      if (!text) return `${head}: _(no text)_`;
      return isBlockish(text) ? `${head}:\n\n${text}` : `${head}: ${text}`;
    }
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${i + 1}.` : '-';
          const pad = ' '.repeat(marker.length + 1);
          const by = b.by?.[i];
          const text = by
            ? `${item.trim()}${isBlockish(item.trim()) ? '\n\n— ' : ' — '}_${escapeMarkdownText(by)}_`
            : item.trim();
          const [first = '', ...rest] = text.split('\n');
          return [`${marker} ${first}`, ...rest.map((line) => (line ? pad + line : ''))].join('\n');
        })
        .join('\n');
    case 'bars':
      return table(
        [...b.header],
        b.rows.map((row) => [row.label, row.value, `${Math.round(row.share * 100)}%`]),
      );
  }
}

/** The title block: the title `#`, the subtitle and the cover lines. */
export function markdownHead(doc: Omit<ReportDocument, 'sections'>): string {
  const parts: string[] = [`# ${escapeMarkdownText(doc.title)}`];
  if (doc.subtitle) parts.push(`_${escapeMarkdownText(doc.subtitle)}_`);
  if (doc.cover.length)
    parts.push(
      doc.cover
        .map(([label, value]) => `**${escapeMarkdownText(label)}:** ${escapeMarkdownText(value)}`)
        .join('  \n'),
    );
  return parts.join('\n\n');
}

/** One section, levels 1–3 as `##`–`####`, to follow the head or the previous section after a blank line. */
export function markdownSection(section: ReportSection): string {
  return [
    `${'#'.repeat(section.level + 1)} ${escapeMarkdownText(section.heading)}`,
    ...(section.drafted ? [`> **${DRAFT_MARK}**`] : []),
    ...section.blocks.map(block),
  ].join('\n\n');
}

/** The report as GitHub-flavoured Markdown. */
export function reportToMarkdown(doc: ReportDocument): string {
  return [markdownHead(doc), ...doc.sections.map(markdownSection)].join('\n\n') + '\n';
}
