import { parseMarkdown, type InlineRun, type RichBlock } from './inline';
import { type ReportBlock, type ReportDocument, type ReportSection } from './reportModel';

/**
 * A report section as plain text, for pasting into a web form (the IGF's reporting form takes plain
 * text fields): Markdown formatting is dropped, lists keep "1." and "-" markers, links keep their
 * address in brackets, tables become one "label: value" or tab-separated line per row. The section's
 * own heading is left out (the form field is its label); its subsections' headings are kept.
 */
const runsText = (runs: InlineRun[]): string =>
  runs
    .map((r) => {
      const text = (r.break ? '\n' : '') + r.text;
      return r.href && r.href !== r.text && `mailto:${r.text}` !== r.href ? `${text} (${r.href})` : text;
    })
    .join('');

function richText(blocks: RichBlock[], indent = ''): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(indent + runsText(block.runs).replace(/\n/g, `\n${indent}`));
        break;
      case 'code':
        out.push(indent + block.text.replace(/\n/g, `\n${indent}`));
        break;
      case 'quote':
        out.push(...richText(block.blocks, `${indent}> `));
        break;
      case 'list':
        block.items.forEach((item, i) => {
          const marker = block.ordered ? `${block.start + i}. ` : '- ';
          const [first, ...rest] = richText(item, indent + ' '.repeat(marker.length));
          out.push(indent + marker + (first ?? '').slice(indent.length + marker.length), ...rest);
        });
        break;
    }
  }
  return out;
}

/** Paragraphs are separated by a blank line, list items by a line break. */
export const markdownToPlainText = (markdown: string): string =>
  parseMarkdown(markdown)
    .map((block) => richText([block]).join('\n'))
    .join('\n\n');

function blockText(block: ReportBlock, labels: ReportDocument['labels']): string {
  switch (block.type) {
    case 'paragraph':
      return markdownToPlainText(block.markdown);
    case 'note':
      return block.text;
    case 'facts':
      return block.rows.map(([label, value]) => `${label}: ${value}`).join('\n');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.join('\t')).join('\n');
    case 'bars':
      return [
        block.header.join('\t'),
        ...block.rows.map((r) => `${r.label}\t${r.value}\t${r.shareText}`),
      ].join('\n');
    case 'list':
      return block.items
        .map((item, i) => {
          const marker = block.ordered ? `${i + 1}. ` : '- ';
          const pad = ' '.repeat(marker.length);
          const by = block.by?.[i] ? ` — ${block.by[i]}` : '';
          return marker + (markdownToPlainText(item) + by).split('\n').join(`\n${pad}`);
        })
        .join('\n');
    case 'statement': {
      const head = [block.speaker ?? labels.unattributed, block.speakerDetail, block.offset]
        .filter(Boolean)
        .join(', ');
      const kind = block.kind === 'statement' ? '' : ` [${block.kindLabel}]`;
      return `${head}${kind}: ${markdownToPlainText(block.markdown)}`;
    }
  }
}

/** The section and the subsections under it (those that follow it with a deeper level). */
export function sectionWithChildren(doc: ReportDocument, id: string): ReportSection[] {
  const at = doc.sections.findIndex((s) => s.id === id);
  if (at === -1) return [];
  const head = doc.sections[at]!;
  const out = [head];
  for (const next of doc.sections.slice(at + 1)) {
    if (next.level <= head.level) break;
    out.push(next);
  }
  return out;
}

export function sectionToPlainText(doc: ReportDocument, id: string): string {
  const [head, ...children] = sectionWithChildren(doc, id);
  if (!head) return '';
  const parts = head.blocks.map((b) => blockText(b, doc.labels));
  for (const child of children)
    parts.push(child.heading, ...child.blocks.map((b) => blockText(b, doc.labels)));
  return (
    parts
      .map((p) => p.replace(/[ \t]+$/gm, ''))
      .filter((p) => p.trim() !== '')
      .join('\n\n') + '\n'
  );
}
