import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import { attributedItem, parseMarkdown, type InlineRun, type RichBlock } from '../../shared/report/inline';
import type { ReportBlock, ReportSection } from '../../shared/report/reportModel';
import {
  bidi,
  BULLET,
  CELL_MARGINS,
  CONTENT_WIDTH,
  coverParagraphs,
  documentFor,
  HAS_RTL,
  HEADER_FILL,
  isRtlText,
  itemLook,
  MONO,
  MUTED,
  ORDERED,
  plainOf,
  RULE,
  splitLongRuns,
  xmlSafe,
  ZEBRA_FILL,
  type DocumentHead,
  type RunLook,
} from './docx';

/**
 * A Word document written as it goes, for documents too long to hold as an object tree (the brief
 * across thousands of sessions). The package around the body (styles, numbering, footer, properties)
 * comes from the same `documentFor` as every other report, so it looks the same; the body is written as
 * WordprocessingML text, section by section, straight into a deflating zip stream on disk, and only
 * the parts that depend on the whole body (the list numbering instances and the link targets) are
 * written after it. Memory holds the section being written, never the document.
 */

const MARKER = '@@DESK-BODY@@';

const esc = (text: string): string =>
  !/[&<>"]/.test(text)
    ? text
    : text.replace(/[&<>"]/g, (c) =>
        c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
      );

type Look = RunLook;

/** Runs in schema order of their properties; one `w:t` per line, tabs as `w:tab`. */
function runXml(text: string, look: Look, breakFirst = false): string {
  let props = '';
  if (look.style) props += `<w:rStyle w:val="${look.style}"/>`;
  if (look.code)
    props += `<w:rFonts w:ascii="${MONO}" w:hAnsi="${MONO}" w:cs="${MONO}" w:eastAsia="${MONO}"/>`;
  if (look.bold) props += '<w:b/><w:bCs/>';
  if (look.italics) props += '<w:i/><w:iCs/>';
  if (look.strike) props += '<w:strike/>';
  if (look.color) props += `<w:color w:val="${look.color}"/>`;
  if (look.size) props += `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>`;
  let out = '';
  xmlSafe(text)
    .split('\n')
    .forEach((line, i) => {
      const rtl = HAS_RTL.test(line) ? '<w:rtl/>' : '';
      const rPr = props || rtl ? `<w:rPr>${props}${rtl}</w:rPr>` : '';
      let body = i > 0 || breakFirst ? '<w:br/>' : '';
      line.split('\t').forEach((part, j) => {
        if (j > 0) body += '<w:tab/>';
        if (part) body += `<w:t xml:space="preserve">${esc(part)}</w:t>`;
      });
      out += `<w:r>${rPr}${body}</w:r>`;
    });
  return out;
}

interface ParagraphLook {
  style?: string;
  keepNext?: boolean;
  numbering?: { numId: number; level: number };
  shade?: string;
  spacing?: { before: number; after: number };
  indentLeft?: number;
  bidi?: boolean;
}

function paragraphXml(content: string, look: ParagraphLook = {}): string {
  let props = '';
  if (look.style) props += `<w:pStyle w:val="${look.style}"/>`;
  if (look.keepNext) props += '<w:keepNext/>';
  if (look.numbering)
    props += `<w:numPr><w:ilvl w:val="${look.numbering.level}"/><w:numId w:val="${look.numbering.numId}"/></w:numPr>`;
  if (look.shade) props += `<w:shd w:val="clear" w:color="auto" w:fill="${look.shade}"/>`;
  if (look.bidi) props += '<w:bidi/>';
  else if (look.bidi === false) props += '<w:bidi w:val="false"/>';
  if (look.spacing) props += `<w:spacing w:before="${look.spacing.before}" w:after="${look.spacing.after}"/>`;
  if (look.indentLeft) props += `<w:ind w:left="${look.indentLeft}"/>`;
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${content}</w:p>`;
}

class BodyWriter {
  /** Ordered lists each restart at 1: one numbering instance per list, written after the body. */
  readonly orderedNumIds: number[] = [];
  readonly links: string[] = [];
  private nextNumId: number;

  /** What the document writes itself (headings, notes, tables) runs right to left in an Arabic document. */
  private readonly rtl: boolean;

  constructor(
    private readonly out: (xml: string) => void,
    private readonly bulletNumId: number,
    firstFreeNumId: number,
    private readonly head: DocumentHead,
  ) {
    this.rtl = head.dir === 'rtl';
    this.nextNumId = firstFreeNumId;
  }

  private inline(items: InlineRun[], base: Look = {}): string {
    let xml = '';
    for (const item of items) {
      const look = itemLook(item, base);
      if (item.href) {
        const link = xmlSafe(item.href);
        this.links.push(link);
        const id = `rIdDeskLink${this.links.length}`;
        xml += `<w:hyperlink r:id="${id}" w:history="1">${runXml(item.text || link, { ...look, style: 'Hyperlink' }, item.break)}</w:hyperlink>`;
      } else xml += runXml(item.text, look, item.break);
    }
    return xml;
  }

  private flow(blocks: RichBlock[], level: number, numId: number | undefined, quote: number): void {
    const indentLeft = quote * 567 + (level >= 0 ? 720 * (level + 1) : 0) || undefined;
    for (const block of blocks) {
      switch (block.type) {
        case 'paragraph': {
          const direction = bidi(plainOf(block.runs), this.rtl);
          for (const part of splitLongRuns(block.runs))
            this.out(
              paragraphXml(this.inline(part, quote ? { italics: true, color: '404A57' } : {}), {
                indentLeft,
                bidi: direction,
              }),
            );
          break;
        }
        case 'code':
          for (const line of block.text.split('\n'))
            this.out(
              paragraphXml(runXml(line, { code: true, size: 19 }), {
                indentLeft,
                spacing: { before: 0, after: 0 },
                shade: 'F2F4F7',
              }),
            );
          break;
        case 'quote':
          this.flow(block.blocks, level, numId, quote + 1);
          break;
        case 'list':
          this.list(
            block.items,
            block.ordered,
            Math.min(level + 1, 8),
            block.ordered ? (numId ?? this.ordered()) : this.bulletNumId,
            quote,
          );
          break;
      }
    }
  }

  private ordered(): number {
    const id = this.nextNumId++;
    this.orderedNumIds.push(id);
    return id;
  }

  private list(items: RichBlock[][], ordered: boolean, level: number, numId: number, quote: number): void {
    for (const item of items) {
      const [first, ...rest] = item;
      if (first?.type === 'paragraph') {
        const [lead = [], ...more] = splitLongRuns(first.runs);
        this.out(
          paragraphXml(this.inline(lead, quote ? { italics: true } : {}), {
            style: 'ListParagraph',
            numbering: { numId, level },
            bidi: bidi(plainOf(first.runs), this.rtl),
          }),
        );
        const follow: RichBlock[] = more.map((runs) => ({ type: 'paragraph', runs }));
        this.flow([...follow, ...rest], level, ordered ? numId : undefined, quote);
      } else {
        this.out(paragraphXml('', { style: 'ListParagraph', numbering: { numId, level } }));
        this.flow(item, level, ordered ? numId : undefined, quote);
      }
    }
  }

  private table(header: string[], rows: string[][], widths: number[]): void {
    const total = widths.reduce((a, b) => a + b, 0);
    const scaled = widths.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
    const thin = `w:val="single" w:sz="4" w:space="0" w:color="${RULE}"`;
    const none = 'w:val="none" w:sz="0" w:space="0" w:color="FFFFFF"';
    const margins = `<w:tcMar><w:top w:w="${CELL_MARGINS.top}" w:type="dxa"/><w:left w:w="${CELL_MARGINS.left}" w:type="dxa"/><w:bottom w:w="${CELL_MARGINS.bottom}" w:type="dxa"/><w:right w:w="${CELL_MARGINS.right}" w:type="dxa"/></w:tcMar>`;
    const cell = (text: string, i: number, fill: string | undefined, look: Look): string =>
      `<w:tc><w:tcPr><w:tcW w:w="${scaled[i] ?? 0}" w:type="dxa"/>${fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>` : ''}${margins}</w:tcPr>${paragraphXml(
        runXml(text, look),
        { spacing: { before: 0, after: 0 }, bidi: this.rtl || isRtlText(text) || undefined },
      )}</w:tc>`;
    this.out(
      `<w:tbl><w:tblPr>${this.rtl ? '<w:bidiVisual/>' : ''}<w:tblW w:w="${CONTENT_WIDTH}" w:type="dxa"/><w:tblBorders><w:top ${thin}/><w:left ${none}/><w:bottom ${thin}/><w:right ${none}/><w:insideH ${thin}/><w:insideV ${none}/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${scaled
        .map((w) => `<w:gridCol w:w="${w}"/>`)
        .join('')}</w:tblGrid>` +
        `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${header
          .map((text, i) => cell(text, i, HEADER_FILL, { bold: true, color: 'FFFFFF', size: 19 }))
          .join('')}</w:tr>`,
    );
    rows.forEach((row, r) =>
      this.out(
        `<w:tr><w:trPr><w:cantSplit/></w:trPr>${header
          .map((_, i) => cell(row[i] ?? '', i, r % 2 === 1 ? ZEBRA_FILL : undefined, { size: 20 }))
          .join('')}</w:tr>`,
      ),
    );
    this.out('</w:tbl>');
    this.out(paragraphXml('', { spacing: { before: 0, after: 120 } }));
  }

  section(section: ReportSection): void {
    if (!section.continued)
      this.out(
        paragraphXml(runXml(section.heading, {}), {
          style: `Heading${section.level}`,
          bidi: this.rtl || undefined,
        }),
      );
    for (const block of section.blocks) this.block(block);
  }

  private block(block: ReportBlock): void {
    switch (block.type) {
      case 'paragraph':
        this.flow(parseMarkdown(xmlSafe(block.markdown)), -1, undefined, 0);
        break;
      case 'note':
        this.out(
          paragraphXml(runXml(block.text, { italics: true, color: MUTED }), { bidi: this.rtl || undefined }),
        );
        break;
      case 'list': {
        const items = block.items.map((item, i) => attributedItem(xmlSafe(item), block.by?.[i]));
        this.list(items, block.ordered, 0, block.ordered ? this.ordered() : this.bulletNumId, 0);
        break;
      }
      case 'table':
        this.table(block.header, block.rows, block.widths ?? block.header.map(() => 1));
        break;
      case 'facts':
        this.table([this.head.labels.item, this.head.labels.details], block.rows, [30, 70]);
        break;
      case 'statement':
      case 'bars':
        // Not part of any streamed document; the in-memory writer lays these out.
        throw new Error(`The streamed DOCX writer does not lay out ${block.type} blocks.`);
    }
  }
}

/** The package of a document with an empty body, and what the body needs to know of it. */
async function template(head: DocumentHead) {
  const children = [
    ...coverParagraphs(head),
    new Paragraph({ children: [new TextRun(MARKER)] }),
    new Paragraph({ text: 'o', numbering: { reference: ORDERED, level: 0, instance: 1 } }),
    new Paragraph({ text: 'b', numbering: { reference: BULLET, level: 0 } }),
  ];
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(documentFor(head, children, new Set([1])))));
  const document = strFromU8(files['word/document.xml']!);
  const markerAt = document.lastIndexOf('<w:p>', document.indexOf(MARKER));
  const samples = document.slice(markerAt, document.indexOf('<w:sectPr', markerAt));
  const numIds = [...samples.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
  const numbering = strFromU8(files['word/numbering.xml']!);
  const orderedAbstract = new RegExp(`<w:num w:numId="${numIds[0]}"><w:abstractNumId w:val="(\\d+)"/>`).exec(
    numbering,
  )?.[1];
  if (numIds.length !== 2 || !orderedAbstract) throw new Error('Unexpected DOCX template numbering.');
  const highest = Math.max(...[...numbering.matchAll(/<w:num w:numId="(\d+)"/g)].map((m) => Number(m[1])));
  return {
    files,
    prefix: document.slice(0, markerAt),
    suffix: document.slice(document.indexOf('<w:sectPr', markerAt)),
    numbering,
    orderedAbstract: Number(orderedAbstract),
    bulletNumId: numIds[1]!,
    firstFreeNumId: highest + 1,
  };
}

/** A file written in pieces and put in place only when complete: temp file, fsync, rename, folder fsync. */
export class AtomicStreamFile {
  private readonly temp: string;
  private fd: number;
  constructor(readonly file: string) {
    this.temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
    this.fd = openSync(this.temp, 'w', 0o644);
  }
  write(data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done);
  }
  commit(): void {
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = -1;
    renameSync(this.temp, this.file);
    if (process.platform !== 'win32') {
      const dir = openSync(path.dirname(this.file), 'r');
      try {
        fsyncSync(dir);
      } finally {
        closeSync(dir);
      }
    }
  }
  abort(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.temp, { force: true });
  }
}

/** Writes sections into a DOCX on disk as they come; `close` finishes the package and puts it in place. */
export class DocxStream {
  private constructor(
    private readonly target: AtomicStreamFile,
    private readonly zip: Zip,
    private readonly body: ZipDeflate,
    private readonly writer: BodyWriter,
    private readonly parts: Awaited<ReturnType<typeof template>>,
    private readonly pending: { buffer: string },
  ) {}

  static async open(file: string, head: DocumentHead): Promise<DocxStream> {
    const parts = await template(head);
    const target = new AtomicStreamFile(file);
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      target.write(chunk);
    });
    for (const [name, data] of Object.entries(parts.files)) {
      if (name === 'word/document.xml' || name === 'word/numbering.xml' || name.endsWith('document.xml.rels'))
        continue;
      const entry = new ZipDeflate(name, { level: 1 });
      zip.add(entry);
      entry.push(data, true);
    }
    const body = new ZipDeflate('word/document.xml', { level: 1 });
    zip.add(body);
    const pending = { buffer: parts.prefix };
    const writer = new BodyWriter(
      (xml) => {
        pending.buffer += xml;
        // Deflate in chunks of about 64 KB so neither the text nor the zip grows in memory.
        if (pending.buffer.length > 65_536) {
          body.push(strToU8(pending.buffer));
          pending.buffer = '';
        }
      },
      parts.bulletNumId,
      parts.firstFreeNumId,
      head,
    );
    return new DocxStream(target, zip, body, writer, parts, pending);
  }

  section(section: ReportSection): void {
    this.writer.section(section);
  }

  /** Finishes the body, numbering and links, and renames the file into place. */
  close(): void {
    try {
      this.body.push(strToU8(this.pending.buffer + this.parts.suffix), true);
      this.pending.buffer = '';
      const nums = this.writer.orderedNumIds
        .map(
          (id) =>
            `<w:num w:numId="${id}"><w:abstractNumId w:val="${this.parts.orderedAbstract}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
        )
        .join('');
      const numbering = this.parts.numbering.replace('</w:numbering>', `${nums}</w:numbering>`);
      const relsName = 'word/_rels/document.xml.rels';
      const links = this.writer.links
        .map(
          (target, i) =>
            `<Relationship Id="rIdDeskLink${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(target)}" TargetMode="External"/>`,
        )
        .join('');
      const rels = strFromU8(this.parts.files[relsName]!).replace(
        '</Relationships>',
        `${links}</Relationships>`,
      );
      for (const [name, text] of [
        ['word/numbering.xml', numbering],
        [relsName, rels],
      ] as const) {
        const entry = new ZipDeflate(name, { level: 1 });
        this.zip.add(entry);
        entry.push(strToU8(text), true);
      }
      this.zip.end();
      this.target.commit();
    } catch (error) {
      this.target.abort();
      throw error;
    }
  }

  /** Drops the unfinished file. */
  abort(): void {
    this.zip.terminate();
    this.target.abort();
  }
}
