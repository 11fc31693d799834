import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type ILevelsOptions,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { zipParts } from './zip';
import { attributedItem, parseMarkdown, type InlineRun, type RichBlock } from '../../shared/report/inline';
import type { ReportBlock, ReportDocument } from '../../shared/report/reportModel';
import { barPng } from './png';

/**
 * Lays the report document out as a Word file that uses Word's own styles (Title, Heading 1–3, List
 * Paragraph, Hyperlink), so the navigation pane, a table of contents and restyling all work for the
 * organizer who edits it afterwards.
 */

// Arial is on every Windows and Mac, Arabic included; LibreOffice maps it to the metric-compatible
// Liberation Sans and finds Arabic glyphs by fallback (Noto). Chinese gets a font made for it in the
// East Asian slot, so Word never draws Han characters from a Latin font.
export const FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'Microsoft YaHei' };

/** The document language Word and LibreOffice use for spelling, hyphenation and font choice. */
export const LANGUAGE_TAGS: Record<ReportDocument['language'], string> = {
  ar: 'ar-SA',
  zh: 'zh-CN',
  en: 'en-GB',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
};
export const MONO = 'Courier New';
export const NAVY = '1F3864';
export const ACCENT = '2E5597';
export const MUTED = '5F6B7A';
export const RULE = 'C9D1DE';
export const HEADER_FILL = '1F3864';
const DRAFT_COLOR = '9C4A00';
const DRAFT_FILL = 'FFF4E5';
const LABEL_FILL = 'EEF2F8';
export const ZEBRA_FILL = 'F7F9FC';

// A4 with 2 cm margins.
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;
const MARGIN = 1134;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

/**
 * The constructors the layout below builds the document with: docx's own, or `XML_KIT` (docxXml.ts),
 * which takes the same options and writes the same WordprocessingML text straight away. The layout is
 * synchronous, so the kit is swapped for the length of one layout (`withKit`) and put back.
 */
export interface Kit {
  Paragraph: typeof Paragraph;
  TextRun: typeof TextRun;
  Tab: typeof Tab;
  ExternalHyperlink: typeof ExternalHyperlink;
  ImageRun: typeof ImageRun;
  Table: typeof Table;
  TableRow: typeof TableRow;
  TableCell: typeof TableCell;
}
const DOCX_KIT: Kit = { Paragraph, TextRun, Tab, ExternalHyperlink, ImageRun, Table, TableRow, TableCell };
let K: Kit = DOCX_KIT;

export function withKit<T>(kit: Kit, layout: () => T): T {
  const previous = K;
  K = kit;
  try {
    return layout();
  } finally {
    K = previous;
  }
}

export const BULLET = 'desk-bullet';
export const ORDERED = 'desk-ordered';

/** Characters XML 1.0 cannot hold (and C1 controls), plus unpaired surrogates; tabs and newlines stay. */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with nothing XML could refuse: no controls but tab and newline, no surrogates, no carriage return. */
const PLAIN_XML = /^[\n\t\u0020-\u007E\u00A0-\uD7FF\uE000-\uFFFD]*$/;

export const xmlSafe = (text: string): string =>
  PLAIN_XML.test(text) ? text : text.replace(/\r\n?/g, '\n').replace(INVALID_XML, '');

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG_LETTER = /\p{L}/u;
export const HAS_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;

/** Direction of a paragraph by its first strong letter, as Unicode's bidi algorithm decides it. */
export function isRtlText(text: string): boolean {
  if (!HAS_RTL.test(text)) return false;
  for (const char of text.slice(0, 2_000)) {
    if (STRONG_LETTER.test(char)) return RTL_LETTER.test(char);
  }
  return false;
}

/**
 * A paragraph's `bidirectional` flag: the text's own direction when it has letters (an English
 * statement stays left to right in an Arabic report, an Arabic one right to left in an English one),
 * else the document's.
 */
export function bidi(text: string, rtlDocument: boolean): boolean | undefined {
  const hasLetter = STRONG_LETTER.test(text.slice(0, 2_000));
  const rtl = hasLetter ? isRtlText(text) : rtlDocument;
  return rtl ? true : rtlDocument ? false : undefined;
}

export interface RunLook {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
  color?: string;
  size?: number;
  style?: string;
  allCaps?: boolean;
}

/** One run per line (the later ones start with a break), tabs as real tabs. */
function runs(text: string, look: RunLook = {}, breakFirst = false): TextRun[] {
  const safe = xmlSafe(text);
  return safe.split('\n').map((line, i) => {
    const parts = line.split('\t');
    const children: Array<string | Tab> = [];
    parts.forEach((part, j) => {
      if (j > 0) children.push(new K.Tab());
      if (part) children.push(part);
    });
    return new K.TextRun({
      children,
      break: i > 0 || breakFirst ? 1 : undefined,
      bold: look.bold,
      italics: look.italics,
      strike: look.strike,
      color: look.color,
      size: look.size,
      style: look.style,
      allCaps: look.allCaps,
      font: look.code ? MONO : undefined,
      rightToLeft: HAS_RTL.test(line) ? true : undefined,
    });
  });
}

/** The look of one inline item: the base look with the item's own emphasis, strike and code. */
export function itemLook(item: InlineRun, base: RunLook = {}): RunLook {
  return {
    ...base,
    bold: base.bold || item.bold,
    italics: base.italics || item.italic,
    strike: item.strike,
    code: item.code,
  };
}

function inlineChildren(items: InlineRun[], base: RunLook = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const item of items) {
    const look = itemLook(item, base);
    if (item.href) {
      const link = xmlSafe(item.href);
      out.push(
        new K.ExternalHyperlink({
          link,
          children: runs(item.text || link, { ...look, style: 'Hyperlink' }, item.break),
        }),
      );
    } else out.push(...runs(item.text, look, item.break));
  }
  return out;
}

export const plainOf = (items: InlineRun[]): string => items.map((r) => r.text).join('');

/**
 * Word and LibreOffice lay out a paragraph as one unit, and a pasted transcript of a megabyte in one
 * paragraph takes LibreOffice minutes. Long paragraphs are therefore cut into paragraphs of at most
 * this many characters: at a line break once half full, else at a sentence end or a space.
 */
const MAX_PARAGRAPH = 3_000;

function cutPoint(text: string, room: number): number {
  const floor = Math.floor(room / 2);
  const sentence = Math.max(text.lastIndexOf('. ', room), text.lastIndexOf('。', room - 1));
  if (sentence >= floor) return sentence + 1;
  const space = text.lastIndexOf(' ', room);
  if (space >= floor) return space + 1;
  // No space (CJK, a long URL): cut hard, but never inside a surrogate pair.
  const code = text.charCodeAt(room - 1);
  return code >= 0xd800 && code <= 0xdbff ? room - 1 : room;
}

export function splitLongRuns(items: InlineRun[]): InlineRun[][] {
  let total = 0;
  for (const item of items) total += item.text.length;
  if (total <= MAX_PARAGRAPH) return [items];
  const out: InlineRun[][] = [];
  let current: InlineRun[] = [];
  let length = 0;
  const flush = (): void => {
    if (current.length) out.push(current);
    current = [];
    length = 0;
  };
  for (const item of items) {
    if (item.break && length >= MAX_PARAGRAPH / 2) flush();
    let rest = item.text;
    let lineBreak = Boolean(item.break) && current.length > 0;
    while (length + rest.length > MAX_PARAGRAPH) {
      const cut = cutPoint(rest, MAX_PARAGRAPH - length);
      if (cut <= 0 || MAX_PARAGRAPH - length < MAX_PARAGRAPH / 4) {
        if (!current.length) break;
        flush();
        lineBreak = false;
        continue;
      }
      current.push({ ...item, text: rest.slice(0, cut).trimEnd(), break: lineBreak });
      flush();
      lineBreak = false;
      rest = rest.slice(cut).trimStart();
    }
    if (rest || lineBreak) {
      current.push({ ...item, text: rest, break: lineBreak });
      length += rest.length;
    }
  }
  flush();
  return out;
}

interface FlowContext {
  /** The document is right to left (Arabic). */
  rtl: boolean;
  /** Blockquote depth. */
  quote: number;
  /** Depth of the enclosing list item, -1 outside lists. */
  listLevel: number;
  /** Numbering instance of the enclosing ordered list. */
  instance: number | undefined;
}

class NumberingState {
  private next = 1;
  readonly orderedStarts = new Set<number>([1]);
  instance(): number {
    return this.next++;
  }
}

const orderedReference = (start: number): string => (start === 1 ? ORDERED : `${ORDERED}-${start}`);

function quoteLook(ctx: FlowContext): Pick<IParagraphOptions, 'border'> {
  if (!ctx.quote) return {};
  return {
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: RULE, space: 8 } },
  };
}

function indentFor(ctx: FlowContext): { left: number } | undefined {
  const left = ctx.quote * 567 + (ctx.listLevel >= 0 ? 720 * (ctx.listLevel + 1) : 0);
  return left ? { left } : undefined;
}

/** Paragraphs for user Markdown, lists numbered through the document's numbering definitions. */
function flow(blocks: RichBlock[], ctx: FlowContext, numbering: NumberingState, out: Paragraph[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph': {
        const direction = bidi(plainOf(block.runs), ctx.rtl);
        for (const part of splitLongRuns(block.runs))
          out.push(
            new K.Paragraph({
              children: inlineChildren(part, ctx.quote ? { italics: true, color: '404A57' } : {}),
              indent: indentFor(ctx),
              bidirectional: direction,
              ...quoteLook(ctx),
            }),
          );
        break;
      }
      case 'code': {
        // Long code blocks become several shaded paragraphs of whole lines, for the same reason.
        const chunks: string[] = [];
        let chunk = '';
        for (const line of block.text.split('\n')) {
          if (chunk && chunk.length + line.length > MAX_PARAGRAPH) {
            chunks.push(chunk);
            chunk = line;
          } else chunk = chunk ? `${chunk}\n${line}` : line;
        }
        chunks.push(chunk);
        for (const text of chunks)
          out.push(
            new K.Paragraph({
              children: runs(text, { code: true, size: 19 }),
              indent: indentFor(ctx),
              bidirectional: ctx.rtl ? false : undefined,
              spacing: { before: 0, after: 0 },
              shading: { type: ShadingType.CLEAR, fill: 'F2F4F7', color: 'auto' },
            }),
          );
        break;
      }
      case 'quote':
        flow(block.blocks, { ...ctx, quote: ctx.quote + 1 }, numbering, out);
        break;
      case 'list': {
        const level = Math.min(ctx.listLevel + 1, 8);
        let instance = ctx.instance;
        if (block.ordered) {
          numbering.orderedStarts.add(block.start);
          if (level === 0 || instance === undefined) instance = numbering.instance();
        }
        const reference = block.ordered ? orderedReference(block.start) : BULLET;
        for (const item of block.items) {
          const [first, ...rest] = item;
          if (first?.type === 'paragraph') {
            const direction = bidi(plainOf(first.runs), ctx.rtl);
            const [lead = [], ...more] = splitLongRuns(first.runs);
            out.push(
              new K.Paragraph({
                children: inlineChildren(lead, ctx.quote ? { italics: true } : {}),
                numbering: { reference, level, instance: block.ordered ? instance : undefined },
                bidirectional: direction,
                ...(ctx.quote ? { indent: { left: ctx.quote * 567 + 720 * (level + 1), hanging: 360 } } : {}),
              }),
            );
            const follow: RichBlock[] = more.map((part) => ({ type: 'paragraph', runs: part }));
            flow([...follow, ...rest], { ...ctx, listLevel: level, instance }, numbering, out);
          } else {
            // An item that opens with a nested list or code gets an empty numbered line first.
            out.push(
              new K.Paragraph({
                children: [],
                numbering: { reference, level, instance },
                bidirectional: ctx.rtl || undefined,
              }),
            );
            flow(item, { ...ctx, listLevel: level, instance }, numbering, out);
          }
        }
        break;
      }
    }
  }
}

/** A table cell follows the table: in a right-to-left table every cell reads from the right. */
function cellParagraph(text: string, rtl: boolean, look: RunLook = {}): Paragraph {
  return new K.Paragraph({
    children: runs(text, look),
    spacing: { before: 0, after: 0 },
    bidirectional: rtl ? true : bidi(text, false),
  });
}

export const CELL_MARGINS = { top: 70, bottom: 70, left: 110, right: 110 };
const thin = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** Every table: rules above, below and between rows; no vertical lines. */
const TABLE_BORDERS = {
  top: thin,
  bottom: thin,
  left: none,
  right: none,
  insideHorizontal: thin,
  insideVertical: none,
};

function table(
  header: string[],
  rows: string[][],
  widths: number[],
  rtl: boolean,
  labelColumn = false,
): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
  return new K.Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: scaled,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    // Right to left, the first column (the label) is on the right, as an Arabic reader expects.
    visuallyRightToLeft: rtl || undefined,
    rows: [
      new K.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map(
          (text, i) =>
            new K.TableCell({
              width: { size: scaled[i] ?? 0, type: WidthType.DXA },
              margins: CELL_MARGINS,
              shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
              children: [cellParagraph(text, rtl, { bold: true, color: 'FFFFFF', size: 19 })],
            }),
        ),
      }),
      ...rows.map(
        (row, r) =>
          new K.TableRow({
            cantSplit: true,
            children: header.map(
              (_, i) =>
                new K.TableCell({
                  width: { size: scaled[i] ?? 0, type: WidthType.DXA },
                  margins: CELL_MARGINS,
                  shading:
                    labelColumn && i === 0
                      ? { type: ShadingType.CLEAR, fill: LABEL_FILL, color: 'auto' }
                      : r % 2 === 1
                        ? { type: ShadingType.CLEAR, fill: ZEBRA_FILL, color: 'auto' }
                        : undefined,
                  children: [
                    cellParagraph(
                      row[i] ?? '',
                      rtl,
                      labelColumn && i === 0 ? { bold: true, color: NAVY } : { size: 20 },
                    ),
                  ],
                }),
            ),
          }),
      ),
    ],
  });
}

/** Space after a table so the next heading or paragraph does not touch it. */
const spacer = (): Paragraph => new K.Paragraph({ children: [], spacing: { before: 0, after: 120 } });

const BAR_FILL = '2E5597';
const BAR_TRACK = 'E3E8F0';

/**
 * Speaking time as a chart: one row per group with its time, share and a bar drawn as a PNG, so the
 * labels line up with their bars in Word, LibreOffice and any viewer. Bars of equal share share one image.
 */
function barsTable(
  block: Extract<ReportBlock, { type: 'bars' }>,
  images: Map<number, Buffer>,
  rtl: boolean,
): Table {
  const widths = [34, 16, 10, 40].map((w) => Math.floor((w / 100) * CONTENT_WIDTH));
  const barWidthPx = Math.floor(((widths[3]! - 2 * CELL_MARGINS.left) / 1440) * 96);
  const cell = (i: number, children: Paragraph[], fill?: string): TableCell =>
    new K.TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      margins: CELL_MARGINS,
      verticalAlign: VerticalAlign.CENTER,
      shading: fill ? { type: ShadingType.CLEAR, fill, color: 'auto' } : undefined,
      children,
    });
  const bar = (share: number): Paragraph => {
    const percent = Math.round(Math.min(1, Math.max(0, share)) * 100);
    let data = images.get(percent);
    if (!data) {
      data = barPng(percent / 100, barWidthPx * 2, 28, BAR_FILL, BAR_TRACK, rtl);
      images.set(percent, data);
    }
    return new K.Paragraph({
      spacing: { before: 0, after: 0 },
      bidirectional: rtl || undefined,
      children: [
        new K.ImageRun({
          type: 'png',
          data,
          transformation: { width: barWidthPx, height: 14 },
          altText: { name: `Bar ${percent}%`, description: `${percent}%`, title: `${percent}%` },
        }),
      ],
    });
  };
  return new K.Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    visuallyRightToLeft: rtl || undefined,
    rows: [
      new K.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [...block.header, ''].map((text, i) =>
          cell(i, [cellParagraph(text, rtl, { bold: true, color: 'FFFFFF', size: 19 })], HEADER_FILL),
        ),
      }),
      ...block.rows.map(
        (row) =>
          new K.TableRow({
            cantSplit: true,
            children: [
              cell(0, [cellParagraph(row.label, rtl, { size: 20 })]),
              cell(1, [cellParagraph(row.value, rtl, { size: 20 })]),
              cell(2, [cellParagraph(row.shareText, rtl, { bold: true, size: 20, color: NAVY })]),
              cell(3, [bar(row.share)]),
            ],
          }),
      ),
    ],
  });
}

function statementParagraphs(
  block: Extract<ReportBlock, { type: 'statement' }>,
  numbering: NumberingState,
  doc: ReportDocument,
): Paragraph[] {
  const rtl = doc.dir === 'rtl';
  const sep = (): TextRun => new K.TextRun({ text: '  ·  ', color: RULE, size: 18 });
  const head: ParagraphChild[] = block.speaker
    ? runs(block.speaker, { bold: true, color: NAVY })
    : runs(doc.labels.unattributed, { bold: true, italics: true, color: MUTED });
  if (block.speakerDetail) head.push(sep(), ...runs(block.speakerDetail, { color: MUTED, size: 18 }));
  if (block.offset) head.push(sep(), ...runs(block.offset, { color: MUTED, size: 18 }));
  if (block.kind !== 'statement')
    head.push(sep(), ...runs(block.kindLabel, { bold: true, color: ACCENT, size: 17, allCaps: true }));
  if (block.starred) head.push(new K.TextRun({ text: '  ★', color: 'C99700', size: 20 }));
  const out: Paragraph[] = [
    new K.Paragraph({
      children: head,
      keepNext: true,
      spacing: { before: 200, after: 40 },
      bidirectional: bidi(block.speaker ?? doc.labels.unattributed, rtl),
    }),
  ];
  const body = parseMarkdown(xmlSafe(block.markdown));
  if (!body.length)
    out.push(
      new K.Paragraph({
        children: runs(doc.labels.noText, { italics: true, color: MUTED }),
        bidirectional: rtl || undefined,
      }),
    );
  flow(body, { rtl, quote: 0, listLevel: -1, instance: undefined }, numbering, out);
  return out;
}

/** "Page {{page}} of {{pages}}" in the report's language, with Word's page fields in place. */
function pageNumberText(template: string): Array<string | (typeof PageNumber)[keyof typeof PageNumber]> {
  const out: Array<string | (typeof PageNumber)[keyof typeof PageNumber]> = [];
  for (const part of template.split(/(\{\{pages?\}\})/)) {
    if (part === '{{page}}') out.push(PageNumber.CURRENT);
    else if (part === '{{pages}}') out.push(PageNumber.TOTAL_PAGES);
    else if (part) out.push(part);
  }
  return out;
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function bulletLevels(): ILevelsOptions[] {
  const symbols = ['•', '◦', '▪'];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: LevelFormat.BULLET,
    text: symbols[level % 3] ?? '•',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

function orderedLevels(start: number): ILevelsOptions[] {
  const formats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format: formats[level % 3] ?? LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));
}

/** The kicker, title, subtitle and cover lines, and the rule under them. */
export function coverParagraphs(doc: DocumentHead): Paragraph[] {
  // What the report writes itself (kicker, title, headings, notes) follows the document's direction;
  // the user's own paragraphs follow their text.
  const own = doc.dir === 'rtl' || undefined;
  const children: Paragraph[] = [
    new Paragraph({
      children: runs(doc.kicker, { bold: true, color: ACCENT, size: 20, allCaps: true }),
      spacing: { before: 0, after: 60 },
      bidirectional: own,
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(doc.title), bidirectional: own }),
  ];
  if (doc.subtitle)
    children.push(new Paragraph({ style: 'Subtitle', children: runs(doc.subtitle), bidirectional: own }));
  for (const [label, value] of doc.cover)
    children.push(
      new Paragraph({
        spacing: { before: 0, after: 40 },
        bidirectional: own,
        children: [
          ...runs(`${label}${doc.labels.colon}`, { bold: true, color: NAVY, size: 20 }),
          ...runs(value, { size: 20 }),
        ],
      }),
    );
  children.push(
    new Paragraph({
      children: [],
      spacing: { before: 0, after: 240 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 4 } },
    }),
  );
  return children;
}

export type DocumentHead = Omit<ReportDocument, 'sections'>;

/** The report's sections laid out (everything below the cover), and the ordered lists' starts. */
export function layoutSections(doc: ReportDocument): {
  children: Array<Paragraph | Table>;
  orderedStarts: ReadonlySet<number>;
} {
  const numbering = new NumberingState();
  const images = new Map<number, Buffer>();
  const rtl = doc.dir === 'rtl';
  const own = rtl || undefined;
  const flowContext: FlowContext = { rtl, quote: 0, listLevel: -1, instance: undefined };
  const children: Array<Paragraph | Table> = [];

  for (const section of doc.sections) {
    children.push(
      new K.Paragraph({
        heading: HEADINGS[section.level],
        children: runs(section.heading),
        bidirectional: own,
      }),
    );
    if (section.drafted)
      children.push(
        new K.Paragraph({
          children: runs(doc.labels.draftMark, { bold: true, color: DRAFT_COLOR, size: 18 }),
          shading: { type: ShadingType.CLEAR, fill: DRAFT_FILL, color: 'auto' },
          border: {
            [rtl ? 'right' : 'left']: { style: BorderStyle.SINGLE, size: 18, color: DRAFT_COLOR, space: 6 },
          },
          spacing: { before: 0, after: 120 },
          bidirectional: own,
        }),
      );
    for (const block of section.blocks) {
      switch (block.type) {
        case 'paragraph':
          flow(parseMarkdown(xmlSafe(block.markdown)), flowContext, numbering, children as Paragraph[]);
          break;
        case 'note':
          children.push(
            new K.Paragraph({
              children: runs(block.text, { italics: true, color: MUTED }),
              bidirectional: own,
            }),
          );
          break;
        case 'facts':
          children.push(
            table(
              [doc.labels.item, doc.labels.details],
              block.rows,
              block.rows.some(([label]) => label.length > 28) ? [42, 58] : [30, 70],
              rtl,
              true,
            ),
            spacer(),
          );
          break;
        case 'table': {
          const widths =
            block.widths ??
            (block.header.length === 5
              ? [22, 18, 24, 18, 18]
              : block.header.length === 6
                ? [11, 32, 16, 14, 14, 13]
                : block.header.map(() => 1));
          children.push(table(block.header, block.rows, widths, rtl), spacer());
          break;
        }
        case 'statement':
          children.push(...statementParagraphs(block, numbering, doc));
          break;
        case 'list':
          flow(
            [
              {
                type: 'list',
                ordered: block.ordered,
                start: 1,
                items: block.items.map((item, i) => attributedItem(xmlSafe(item), block.by?.[i])),
              },
            ],
            flowContext,
            numbering,
            children as Paragraph[],
          );
          break;
        case 'bars':
          children.push(barsTable(block, images, rtl), spacer());
          break;
      }
    }
  }

  return { children, orderedStarts: numbering.orderedStarts };
}

/**
 * The report through docx's object model alone. The app writes the same document faster with
 * `reportToDocxXml` (docxXml.ts); this is the reference the tests hold it to.
 */
export async function reportToDocxObjects(doc: ReportDocument): Promise<Buffer> {
  const { children, orderedStarts } = layoutSections(doc);
  return packDocx(documentFor(doc, [...coverParagraphs(doc), ...children], orderedStarts));
}

/** docx's own compiler makes the parts (its `Packer` keeps it as a static); Node's zlib zips them. */
const compiler = (
  Packer as unknown as { compiler: { compile(file: Document): Map<string, string | Uint8Array> } }
).compiler;

/** The package's parts, by name, in the order Word writes them. */
export const compileParts = (file: Document): Map<string, string | Uint8Array> => compiler.compile(file);

export async function packDocx(file: Document): Promise<Buffer> {
  return zipParts(compileParts(file));
}

/** The Word document with the app's styles, numbering, page and footer around `children`. */
export function documentFor(
  doc: DocumentHead,
  children: Array<Paragraph | Table>,
  orderedStarts: ReadonlySet<number>,
): Document {
  const own = doc.dir === 'rtl' || undefined;
  const footerTitle = doc.title.length > 90 ? `${doc.title.slice(0, 89)}…` : doc.title;
  return new Document({
    title: xmlSafe(doc.properties.title),
    subject: xmlSafe(doc.properties.subject),
    creator: xmlSafe(doc.properties.author),
    lastModifiedBy: xmlSafe(doc.properties.author),
    keywords: `IGF, ${doc.kicker.toLowerCase()}`,
    description: xmlSafe(doc.properties.description),
    styles: {
      default: {
        document: {
          run: {
            font: FONT,
            size: 21,
            sizeComplexScript: 21,
            color: '1B1F24',
            language: { value: LANGUAGE_TAGS[doc.language], eastAsia: 'zh-CN', bidirectional: 'ar-SA' },
          },
          paragraph: { spacing: { after: 100, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 52, bold: true, color: NAVY },
          paragraph: { spacing: { before: 0, after: 80 } },
        },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: NAVY },
          paragraph: {
            spacing: { before: 400, after: 160 },
            keepNext: true,
            keepLines: true,
            outlineLevel: 0,
          },
        },
        heading2: {
          run: { font: FONT, size: 25, bold: true, color: ACCENT },
          paragraph: {
            spacing: { before: 320, after: 120 },
            keepNext: true,
            keepLines: true,
            outlineLevel: 1,
          },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, color: ACCENT },
          paragraph: {
            spacing: { before: 240, after: 80 },
            keepNext: true,
            keepLines: true,
            outlineLevel: 2,
          },
        },
        listParagraph: { paragraph: { spacing: { after: 60 } } },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: FONT, size: 26, color: MUTED },
          paragraph: { spacing: { before: 0, after: 120 } },
        },
      ],
    },
    numbering: {
      config: [
        { reference: BULLET, levels: bulletLevels() },
        ...[...orderedStarts].map((start) => ({
          reference: orderedReference(start),
          levels: orderedLevels(start),
        })),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567, header: 567 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
                border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 6 } },
                bidirectional: own,
                children: [
                  ...runs(footerTitle, { color: MUTED, size: 16 }),
                  new TextRun({
                    children: [new Tab(), ...pageNumberText(doc.labels.page)],
                    color: MUTED,
                    size: 16,
                    rightToLeft: own,
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}
