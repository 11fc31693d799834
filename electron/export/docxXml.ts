import { ExternalHyperlink, ImageRun, Paragraph, TextRun, type IImageOptions } from 'docx';
import type { ReportDocument } from '../../shared/report/reportModel';
import { compileParts, coverParagraphs, documentFor, layoutSections, withKit, type Kit } from './docx';
import { zipParts } from './zip';

/**
 * The report's sections as WordprocessingML text, byte for byte what docx writes for the same layout.
 * A fresh process runs docx's object model and its three passes over it (objects, XML objects, text)
 * in cold code: for a 300-statement report that was a third of a CLI export. Here each constructor of
 * `XML_KIT` takes the options the layout in docx.ts gives docx's own and writes its element at once.
 *
 * What depends on the rest of the package is left as a placeholder and filled in from docx itself:
 * the numbering instances (`w:numId`), the links' relationship ids and the images' runs. One small
 * document, the cover and one sample paragraph for each of them in document order, is compiled by
 * docx, so numbering, relationships and media are made by docx exactly as for the whole report.
 *
 * Only the options the layout uses are written; any other throws, so that a new option in docx.ts
 * fails the equivalence test (docx-fast-writer.test.ts) instead of silently going missing.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const ESCAPED_ALL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;
/** docx's escaping of text and attribute values (it drops the controls XML cannot hold). */
const esc = (value: string | number): string => {
  const text = String(value);
  return ESCAPED.test(text) ? text.replace(ESCAPED_ALL, (c) => ESCAPES[c] ?? '') : text;
};

/** Placeholders are `\u0001` + kind + index + `\u0001`: `xmlSafe` and `esc` remove U+0001 from any text. */
const PLACEHOLDER = /\u0001([NLI])(\d+)\u0001/g;

interface Registry {
  numbering: Array<{ reference: string; instance: number | undefined }>;
  numberingKeys: Map<string, number>;
  links: string[];
  images: IImageOptions[];
}
let registry: Registry | undefined;

function current(): Registry {
  if (!registry) throw new Error('XML_KIT is only used inside layoutXml.');
  return registry;
}

function only(kind: string, options: object, allowed: readonly string[]): void {
  for (const key of Object.keys(options))
    if (!allowed.includes(key)) throw new Error(`XML_KIT: ${kind} option "${key}" is not written.`);
}

function unsupported(kind: string, what: string): never {
  throw new Error(`XML_KIT: ${kind} ${what} is not written.`);
}

/** `<w:b/>`, `<w:b w:val="false"/>` or nothing, as docx writes an on/off property. */
const onOff = (name: string, value: boolean | undefined): string =>
  value === undefined ? '' : value ? `<w:${name}/>` : `<w:${name} w:val="false"/>`;

class XmlPart {
  constructor(readonly xml: string) {}
}

class XTab extends XmlPart {
  constructor() {
    super('<w:tab/>');
  }
}

interface RunOptions {
  children?: Array<string | XmlPart>;
  text?: string;
  break?: number;
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  allCaps?: boolean;
  color?: string;
  size?: number;
  style?: string;
  font?: string;
  rightToLeft?: boolean;
}

const RUN_OPTIONS = [
  'children',
  'text',
  'break',
  'bold',
  'italics',
  'strike',
  'allCaps',
  'color',
  'size',
  'style',
  'font',
  'rightToLeft',
] as const;

class XTextRun extends XmlPart {
  constructor(o: RunOptions) {
    only('TextRun', o, RUN_OPTIONS);
    if (o.text !== undefined && o.children !== undefined) unsupported('TextRun', 'text with children');
    if (o.rightToLeft === false) unsupported('TextRun', 'rightToLeft: false');
    let props = '';
    if (o.style !== undefined) props += `<w:rStyle w:val="${esc(o.style)}"/>`;
    if (o.font !== undefined) {
      const font = esc(o.font);
      props += `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`;
    }
    props += onOff('b', o.bold) + onOff('bCs', o.bold) + onOff('i', o.italics) + onOff('iCs', o.italics);
    props += onOff('caps', o.allCaps) + onOff('strike', o.strike);
    if (o.color !== undefined) props += `<w:color w:val="${esc(o.color)}"/>`;
    if (o.size !== undefined) props += `<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>`;
    if (o.rightToLeft) props += '<w:rtl/>';
    let content = props ? `<w:rPr>${props}</w:rPr>` : '';
    for (let i = 0; i < (o.break ?? 0); i++) content += '<w:br/>';
    const text = (value: string) => `<w:t xml:space="preserve">${esc(value)}</w:t>`;
    if (o.text !== undefined) content += text(o.text);
    for (const child of o.children ?? []) content += typeof child === 'string' ? text(child) : child.xml;
    super(content ? `<w:r>${content}</w:r>` : '<w:r/>');
  }
}

class XExternalHyperlink extends XmlPart {
  constructor(o: { link: string; children: XmlPart[] }) {
    only('ExternalHyperlink', o, ['link', 'children']);
    const links = current().links;
    links.push(o.link);
    const open = `<w:hyperlink w:history="1" r:id="\u0001L${links.length - 1}\u0001"`;
    const content = o.children.map((c) => c.xml).join('');
    super(content ? `${open}>${content}</w:hyperlink>` : `${open}/>`);
  }
}

class XImageRun extends XmlPart {
  constructor(o: IImageOptions) {
    const images = current().images;
    images.push(o);
    super(`\u0001I${images.length - 1}\u0001`);
  }
}

interface BorderOptions {
  style: string;
  size: number;
  color: string;
  space?: number;
}

const border = (name: string, b: BorderOptions): string =>
  `<w:${name} w:val="${esc(b.style)}" w:color="${esc(b.color)}" w:sz="${b.size}"${b.space === undefined ? '' : ` w:space="${b.space}"`}/>`;

interface ShadingOptions {
  type: string;
  fill: string;
  color: string;
}
const shading = (s: ShadingOptions): string =>
  `<w:shd w:fill="${esc(s.fill)}" w:color="${esc(s.color)}" w:val="${esc(s.type)}"/>`;

interface ParagraphOptions {
  children?: XmlPart[];
  heading?: string;
  style?: string;
  keepNext?: boolean;
  numbering?: { reference: string; level: number; instance?: number };
  border?: Partial<Record<'top' | 'left' | 'bottom' | 'right', BorderOptions>>;
  shading?: ShadingOptions;
  bidirectional?: boolean;
  spacing?: { before?: number; after?: number };
  indent?: { left?: number; hanging?: number };
}

const PARAGRAPH_OPTIONS = [
  'children',
  'heading',
  'style',
  'keepNext',
  'numbering',
  'border',
  'shading',
  'bidirectional',
  'spacing',
  'indent',
] as const;

class XParagraph extends XmlPart {
  constructor(o: ParagraphOptions) {
    only('Paragraph', o, PARAGRAPH_OPTIONS);
    let props = '';
    const style = o.heading ?? o.style ?? (o.numbering ? 'ListParagraph' : undefined);
    if (o.numbering && (o.heading ?? o.style)) unsupported('Paragraph', 'numbering with a style');
    if (o.heading !== undefined && o.style !== undefined) unsupported('Paragraph', 'heading with a style');
    if (style !== undefined) props += `<w:pStyle w:val="${esc(style)}"/>`;
    if (o.keepNext === false) unsupported('Paragraph', 'keepNext: false');
    if (o.keepNext) props += '<w:keepNext/>';
    if (o.numbering) {
      only('numbering', o.numbering, ['reference', 'level', 'instance']);
      const { reference, level, instance } = o.numbering;
      const reg = current();
      // docx counts a missing instance as instance 0 (no list restarts are used).
      const key = `${reference}\u0000${instance ?? 0}`;
      let index = reg.numberingKeys.get(key);
      if (index === undefined) {
        index = reg.numbering.push({ reference, instance }) - 1;
        reg.numberingKeys.set(key, index);
      }
      props += `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="\u0001N${index}\u0001"/></w:numPr>`;
    }
    if (o.border) {
      const sides = Object.entries(o.border).filter(([, b]) => b !== undefined);
      if (sides.length !== 1) unsupported('Paragraph', 'border on other than one side');
      const [side, b] = sides[0]!;
      if (!['top', 'left', 'bottom', 'right'].includes(side)) unsupported('Paragraph', `border ${side}`);
      props += `<w:pBdr>${border(side, b!)}</w:pBdr>`;
    }
    if (o.shading) props += shading(o.shading);
    props += onOff('bidi', o.bidirectional);
    if (o.spacing) {
      only('spacing', o.spacing, ['before', 'after']);
      const { before, after } = o.spacing;
      props += `<w:spacing${after === undefined ? '' : ` w:after="${after}"`}${before === undefined ? '' : ` w:before="${before}"`}/>`;
    }
    if (o.indent) {
      only('indent', o.indent, ['left', 'hanging']);
      const { left, hanging } = o.indent;
      props += `<w:ind${left === undefined ? '' : ` w:left="${left}"`}${hanging === undefined ? '' : ` w:hanging="${hanging}"`}/>`;
    }
    const content = (o.children ?? []).map((c) => c.xml).join('');
    super(
      props ? `<w:p><w:pPr>${props}</w:pPr>${content}</w:p>` : content ? `<w:p>${content}</w:p>` : '<w:p/>',
    );
  }
}

interface Width {
  size: number;
  type: string;
}

const TABLE_BORDER_NAMES = [
  ['top', 'top'],
  ['left', 'left'],
  ['bottom', 'bottom'],
  ['right', 'right'],
  ['insideHorizontal', 'insideH'],
  ['insideVertical', 'insideV'],
] as const;

class XTable extends XmlPart {
  constructor(o: {
    width: Width;
    columnWidths: number[];
    layout?: string;
    borders: Record<(typeof TABLE_BORDER_NAMES)[number][0], BorderOptions>;
    visuallyRightToLeft?: boolean;
    rows: XmlPart[];
  }) {
    only('Table', o, ['width', 'columnWidths', 'layout', 'borders', 'visuallyRightToLeft', 'rows']);
    if (o.visuallyRightToLeft === false) unsupported('Table', 'visuallyRightToLeft: false');
    if (!o.borders || TABLE_BORDER_NAMES.some(([key]) => !o.borders[key]))
      unsupported('Table', 'without all six borders');
    const borders = TABLE_BORDER_NAMES.map(([key, name]) => border(name, o.borders[key])).join('');
    super(
      `<w:tbl><w:tblPr>${o.visuallyRightToLeft ? '<w:bidiVisual/>' : ''}<w:tblW w:type="${esc(o.width.type)}" w:w="${o.width.size}"/><w:tblBorders>${borders}</w:tblBorders>${o.layout === undefined ? '' : `<w:tblLayout w:type="${esc(o.layout)}"/>`}</w:tblPr><w:tblGrid>${o.columnWidths
        .map((w) => `<w:gridCol w:w="${w}"/>`)
        .join('')}</w:tblGrid>${o.rows.map((r) => r.xml).join('')}</w:tbl>`,
    );
  }
}

class XTableRow extends XmlPart {
  constructor(o: { children: XmlPart[]; tableHeader?: boolean; cantSplit?: boolean }) {
    only('TableRow', o, ['children', 'tableHeader', 'cantSplit']);
    if (o.cantSplit !== true || o.tableHeader === false) unsupported('TableRow', 'other than cantSplit rows');
    super(
      `<w:tr><w:trPr><w:cantSplit/>${o.tableHeader ? '<w:tblHeader/>' : ''}</w:trPr>${o.children.map((c) => c.xml).join('')}</w:tr>`,
    );
  }
}

class XTableCell extends XmlPart {
  constructor(o: {
    width: Width;
    margins?: { top: number; bottom: number; left: number; right: number };
    shading?: ShadingOptions;
    verticalAlign?: string;
    children: XmlPart[];
  }) {
    only('TableCell', o, ['width', 'margins', 'shading', 'verticalAlign', 'children']);
    let props = `<w:tcW w:type="${esc(o.width.type)}" w:w="${o.width.size}"/>`;
    if (o.shading) props += shading(o.shading);
    if (o.margins) {
      const m = o.margins;
      props += `<w:tcMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tcMar>`;
    }
    if (o.verticalAlign !== undefined) props += `<w:vAlign w:val="${esc(o.verticalAlign)}"/>`;
    const content = o.children.map((c) => c.xml).join('') || '<w:p/>';
    super(`<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`);
  }
}

/** docx's constructors' stand-ins, for `withKit`: they take the same options and write text. */
export const XML_KIT = {
  Paragraph: XParagraph,
  TextRun: XTextRun,
  Tab: XTab,
  ExternalHyperlink: XExternalHyperlink,
  ImageRun: XImageRun,
  Table: XTable,
  TableRow: XTableRow,
  TableCell: XTableCell,
} as unknown as Kit;

const MARKER = '@@DESK-SECTIONS@@';

/** The report as a Word file: the sections written by `XML_KIT`, the package by docx. */
export function reportToDocxXml(doc: ReportDocument): Buffer {
  const reg: Registry = { numbering: [], numberingKeys: new Map(), links: [], images: [] };
  const previous = registry;
  registry = reg;
  let laid: ReturnType<typeof layoutSections>;
  try {
    laid = withKit(XML_KIT, () => layoutSections(doc));
  } finally {
    registry = previous;
  }
  const body = (laid.children as unknown as XmlPart[]).map((part) => part.xml).join('');

  // One sample per numbering instance (at its first use), link and image, in document order.
  const samples: Paragraph[] = [];
  const sampleOf = new Map<string, number>();
  for (const [, kind, index] of body.matchAll(PLACEHOLDER)) {
    const key = `${kind}${index}`;
    if (sampleOf.has(key)) continue;
    sampleOf.set(key, samples.length);
    const i = Number(index);
    if (kind === 'N') {
      const { reference, instance } = reg.numbering[i]!;
      samples.push(new Paragraph({ children: [], numbering: { reference, level: 0, instance } }));
    } else if (kind === 'L')
      samples.push(
        new Paragraph({
          children: [new ExternalHyperlink({ link: reg.links[i]!, children: [new TextRun('x')] })],
        }),
      );
    else samples.push(new Paragraph({ children: [new ImageRun(reg.images[i]!)] }));
  }
  const marker = new Paragraph({ children: [new TextRun(MARKER)] });
  const parts = compileParts(
    documentFor(doc, [...coverParagraphs(doc), marker, ...samples], laid.orderedStarts),
  );
  const xml = parts.get('word/document.xml');
  if (typeof xml !== 'string') throw new Error('docx wrote no word/document.xml.');
  const markerAt = xml.lastIndexOf('<w:p>', xml.indexOf(MARKER));
  const paragraph = /<w:p\/>|<w:p>([\s\S]*?)<\/w:p>/y;
  paragraph.lastIndex = markerAt;
  if (!paragraph.exec(xml)) throw new Error('Unexpected DOCX template.');
  const sampleXml: string[] = [];
  for (let i = 0; i < samples.length; i++) {
    const m = paragraph.exec(xml);
    if (!m) throw new Error('Unexpected DOCX template sample.');
    sampleXml.push(m[1] ?? '');
  }
  const suffixAt = paragraph.lastIndex;
  if (!xml.startsWith('<w:sectPr', suffixAt)) throw new Error('Unexpected DOCX template end.');

  const filled = body.replace(PLACEHOLDER, (_, kind: string, index: string) => {
    const sample = sampleXml[sampleOf.get(`${kind}${index}`)!]!;
    if (kind === 'I') return sample;
    const value = (kind === 'N' ? /<w:numId w:val="([^"]+)"\/>/ : / r:id="([^"]+)"/).exec(sample)?.[1];
    if (value === undefined) throw new Error('Unexpected DOCX template sample.');
    return value;
  });
  parts.set('word/document.xml', xml.slice(0, markerAt) + filled + xml.slice(suffixAt));
  return zipParts(parts);
}
