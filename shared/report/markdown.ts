import type { ReportBlock, ReportDocument, ReportSection } from './reportModel';

import { safeHref } from './inline';
import { plainTextReason } from './markdownGuard';
import { escapeMarkdownText, isBlockish } from './text';

export { escapeMarkdownText };

/**
 * Markdown a user typed, made safe to put inside the report's own Markdown: its formatting (bold,
 * lists, quotes, links to http(s)/mailto) is kept, but it cannot inject HTML (`<script>`, event
 * handlers, `<!--` that would hide the rest), start a heading of the report's outline, open a code
 * fence that swallows what follows, or link to `javascript:`. Text the parser could not take is
 * escaped whole and shown as typed.
 */
export function neutralizeMarkdown(markdown: string): string {
  if (plainTextReason(markdown))
    return (
      markdown
        .split('\n')
        // Every ASCII punctuation character escaped: shown as typed, and nothing left for a parser to chew on.
        .map((line) => line.replace(/([!-/:-@[-`{-~])/g, '\\$1'))
        .join('  \n')
    );
  return markdown
    .split('\n')
    .map((line) =>
      outsideCode(line, (text) =>
        text
          .replace(/&(?=#?\w+;)/g, '&amp;')
          .replace(/</g, '&lt;')
          // A link to anything but http(s)/mailto loses its link syntax: `](` becomes `]\(`.
          .replace(/\]\(\s*([^)\s]*)/g, (whole, href: string) =>
            safeHref(href) ? whole : whole.replace('](', ']\\('),
          ),
      )
        // A heading, a setext underline or a fence from statement text would change the document.
        .replace(/^( {0,3})(#|```|~~~|=+\s*$|-{3,}\s*$)/, '$1\\$2'),
    )
    .join('\n');
}

/** Applies `f` to a line's text outside inline code spans (their content is shown literally anyway). */
function outsideCode(line: string, f: (text: string) => string): string {
  const parts = line.split(/(`+[^`]*`+)/);
  return parts.map((part, i) => (i % 2 === 1 && /^(`+)[^`]*\1$/.test(part) ? part : f(part))).join('');
}

const cell = (text: string): string => escapeMarkdownText(text.trim()) || ' ';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function block(b: ReportBlock, labels: ReportDocument['labels']): string {
  switch (b.type) {
    case 'paragraph':
      return neutralizeMarkdown(b.markdown.trim());
    case 'note':
      return `_${escapeMarkdownText(b.text)}_`;
    case 'facts':
      return b.rows
        .map(
          ([label, value]) =>
            `- **${escapeMarkdownText(label)}${labels.colon.trimEnd()}** ${escapeMarkdownText(value)}`,
        )
        .join('\n');
    case 'table':
      return table(b.header, b.rows);
    case 'statement': {
      let head = `**${escapeMarkdownText(b.speaker ?? labels.unattributed)}**`;
      if (b.speakerDetail) head += `, ${escapeMarkdownText(b.speakerDetail)}`;
      if (b.offset) head += ` (${b.offset})`;
      if (b.kind !== 'statement') head += ` [${escapeMarkdownText(b.kindLabel)}]`;
      if (b.starred) head += ' ★';
      const text = neutralizeMarkdown(b.markdown.trim());
      if (!text) return `${head}: _${escapeMarkdownText(labels.noText)}_`;
      return isBlockish(text) ? `${head}:\n\n${text}` : `${head}: ${text}`;
    }
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${i + 1}.` : '-';
          const pad = ' '.repeat(marker.length + 1);
          const by = b.by?.[i];
          const own = neutralizeMarkdown(item.trim());
          const text = by ? `${own}${isBlockish(own) ? '\n\n— ' : ' — '}_${escapeMarkdownText(by)}_` : own;
          const [first = '', ...rest] = text.split('\n');
          return [`${marker} ${first}`, ...rest.map((line) => (line ? pad + line : ''))].join('\n');
        })
        .join('\n');
    case 'bars':
      return table(
        [...b.header],
        b.rows.map((row) => [row.label, row.value, row.shareText]),
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
        .map(
          ([label, value]) =>
            `**${escapeMarkdownText(label)}${doc.labels.colon.trimEnd()}** ${escapeMarkdownText(value)}`,
        )
        .join('  \n'),
    );
  return parts.join('\n\n');
}

/** One section, levels 1–3 as `##`–`####`, to follow the head or the previous section after a blank line. */
export function markdownSection(section: ReportSection, labels: ReportDocument['labels']): string {
  if (section.continued) return section.blocks.map((b) => block(b, labels)).join('\n\n');
  return [
    `${'#'.repeat(section.level + 1)} ${escapeMarkdownText(section.heading)}`,
    ...(section.drafted ? [`> **${escapeMarkdownText(labels.draftMark)}**`] : []),
    ...section.blocks.map((b) => block(b, labels)),
  ].join('\n\n');
}

/** The report as GitHub-flavoured Markdown. */
export function reportToMarkdown(doc: ReportDocument): string {
  return [markdownHead(doc), ...doc.sections.map((s) => markdownSection(s, doc.labels))].join('\n\n') + '\n';
}
