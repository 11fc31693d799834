import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { externalUrl } from '../links';
import { plainTextReason } from './markdownGuard';

/**
 * The Markdown a rapporteur types, reduced to what a report needs: paragraphs, lists, quotes, code, and
 * runs of text that are bold, italic, code, struck through or a link. Raw HTML is kept as literal text
 * and never interpreted; only http(s) and mailto links stay links.
 */
export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  strike?: boolean;
  /** A safe http(s)/mailto target; absent when the run is not a link. */
  href?: string;
  /** A line break before `text` (a soft or hard break in the source). */
  break?: boolean;
}

export type RichBlock =
  | { type: 'paragraph'; runs: InlineRun[] }
  | { type: 'list'; ordered: boolean; start: number; items: RichBlock[][] }
  | { type: 'quote'; blocks: RichBlock[] }
  | { type: 'code'; text: string };

type Marks = Omit<InlineRun, 'text' | 'break'>;

/** The target if it is a link the app opens (see shared/links.ts), normalised; anything else is null. */
export function safeHref(href: string | null | undefined): string | null {
  return externalUrl(href);
}

function pushText(out: InlineRun[], text: string, marks: Marks, lineBreak = false): void {
  if (!text && !lineBreak) return;
  const last = out[out.length - 1];
  if (
    last &&
    !lineBreak &&
    last.bold === marks.bold &&
    last.italic === marks.italic &&
    last.code === marks.code &&
    last.strike === marks.strike &&
    last.href === marks.href
  ) {
    last.text += text;
    return;
  }
  const run: InlineRun = { text };
  if (marks.bold) run.bold = true;
  if (marks.italic) run.italic = true;
  if (marks.code) run.code = true;
  if (marks.strike) run.strike = true;
  if (marks.href) run.href = marks.href;
  if (lineBreak) run.break = true;
  out.push(run);
}

/** Splits text on newlines into runs with breaks, so soft line breaks survive. */
function pushLines(out: InlineRun[], text: string, marks: Marks): void {
  const lines = text.split('\n');
  lines.forEach((line, i) => pushText(out, line, marks, i > 0));
}

function inline(tokens: readonly Token[] | undefined, marks: Marks, out: InlineRun[]): void {
  for (const token of tokens ?? []) {
    const t = token as MarkedToken;
    const add = (text: string, m: Marks = marks): void => pushLines(out, text, m);
    switch (t.type) {
      case 'text':
        if ('tokens' in t && t.tokens?.length) inline(t.tokens, marks, out);
        else add(t.text);
        break;
      case 'escape':
        add(t.text);
        break;
      case 'strong':
        inline(t.tokens, { ...marks, bold: true }, out);
        break;
      case 'em':
        inline(t.tokens, { ...marks, italic: true }, out);
        break;
      case 'del':
        inline(t.tokens, { ...marks, strike: true }, out);
        break;
      case 'codespan':
        add(t.text, { ...marks, code: true });
        break;
      case 'br':
        // An empty run carrying the break; the text after it is appended to it when the marks agree.
        pushText(out, '', marks, true);
        break;
      case 'link': {
        const href = safeHref(t.href);
        inline(t.tokens, href ? { ...marks, href } : marks, out);
        break;
      }
      case 'image':
        add(t.text);
        break;
      case 'html':
        // Literal text, exactly as typed: `<script>` stays the characters `<script>`.
        add(t.raw);
        break;
      case 'checkbox':
        add(t.checked ? '☑ ' : '☐ ');
        break;
      default: {
        const generic = token as { tokens?: Token[]; text?: string; raw?: string };
        if (generic.tokens?.length) inline(generic.tokens, marks, out);
        else add(generic.text ?? generic.raw ?? '');
      }
    }
  }
}

function runsOf(tokens: readonly Token[] | undefined, fallback: string, marks: Marks = {}): InlineRun[] {
  const out: InlineRun[] = [];
  if (tokens?.length) inline(tokens, marks, out);
  else pushLines(out, fallback, marks);
  return out;
}

function listItem(item: Tokens.ListItem): RichBlock[] {
  const content = blocks(item.tokens.filter((t) => t.type !== 'checkbox'));
  if (item.task) {
    const box: InlineRun = { text: item.checked ? '☑ ' : '☐ ' };
    const first = content[0];
    if (first?.type === 'paragraph') first.runs.unshift(box);
    else content.unshift({ type: 'paragraph', runs: [box] });
  }
  return content;
}

function blocks(tokens: readonly Token[]): RichBlock[] {
  const out: RichBlock[] = [];
  for (const token of tokens) {
    const t = token as MarkedToken;
    switch (t.type) {
      case 'space':
      case 'def':
      case 'hr':
      case 'checkbox':
        break;
      case 'paragraph':
      case 'text':
        out.push({ type: 'paragraph', runs: runsOf(t.tokens, t.text) });
        break;
      case 'heading':
        out.push({ type: 'paragraph', runs: runsOf(t.tokens, t.text, { bold: true }) });
        break;
      case 'list':
        out.push({
          type: 'list',
          ordered: t.ordered,
          start: typeof t.start === 'number' ? t.start : 1,
          items: t.items.map(listItem),
        });
        break;
      case 'blockquote':
        out.push({ type: 'quote', blocks: blocks(t.tokens) });
        break;
      case 'code':
        out.push({ type: 'code', text: t.text });
        break;
      case 'html':
        out.push({ type: 'paragraph', runs: runsOf(undefined, t.raw.replace(/\n+$/, '')) });
        break;
      case 'table':
        for (const row of [t.header, ...t.rows]) {
          const runs: InlineRun[] = [];
          row.forEach((c, i) => {
            if (i > 0) runs.push({ text: ' | ' });
            runs.push(...runsOf(c.tokens, c.text));
          });
          out.push({ type: 'paragraph', runs });
        }
        break;
      default: {
        const generic = token as { tokens?: Token[]; text?: string; raw?: string };
        out.push({ type: 'paragraph', runs: runsOf(generic.tokens, generic.text ?? generic.raw ?? '') });
      }
    }
  }
  return out.filter((b) => b.type !== 'paragraph' || b.runs.length > 0);
}

/** Any character or start that could make Markdown more than one paragraph of plain text. */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>#|~!&:=@\n\r\t]|www\.|^\s*(?:[-+]|\d+[.)])(?:\s|$)|^\s|\s$| {2}/;

/** As above, less emphasis marks inside the line: one paragraph whose runs only the inline lexer decides. */
const BLOCK_SYNTAX = /[\\`[\]<>#|~!&:=@\n\r\t]|www\.|^\s*(?:[-+*_]|\d+[.)])|^\s|\s$| {2}/;

/** Any Markdown inside a run of words, the marks of emphasis included (emphasisRuns takes those out first). */
const OTHER_INLINE = /[\\`*_[\]<>#|~!&:=@\n\r\t]|www\.| {2}/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const EMPHASIS = /\*\*([^*_]+)\*\*|_([^*_]+)_/g;
const EMPHASIS_END = /[\p{L}\p{N}.?)]$/u;

/**
 * Words with **bold** and _italic_ spans and no other Markdown ("Speakers agreed that **trust**
 * matters. — _Ana Lima (Government)_", as statements are listed in a report), as runs, or null. Each
 * mark opens at the start or after a space, before a letter or digit, and closes after a letter,
 * digit, `.`, `?` or `)`, before a space, the end or `.,;?`: where the inline lexer would open and
 * close it, with no other reading possible.
 */
function emphasisRuns(text: string): InlineRun[] | null {
  const runs: InlineRun[] = [];
  let at = 0;
  for (const m of text.matchAll(EMPHASIS)) {
    const inner = m[1] ?? m[2]!;
    const before = text.slice(at, m.index);
    const prev = text[m.index - 1];
    const next = text[m.index + m[0].length];
    if (OTHER_INLINE.test(before) || OTHER_INLINE.test(inner)) return null;
    if ((prev !== undefined && prev !== ' ') || (next !== undefined && !/[ .,;?]/.test(next))) return null;
    if (!WORD_CHAR.test(inner[0]!) || !EMPHASIS_END.test(inner)) return null;
    if (before) runs.push({ text: before });
    runs.push(m[1] === undefined ? { text: inner, italic: true } : { text: inner, bold: true });
    at = m.index + m[0].length;
  }
  const rest = text.slice(at);
  if (!runs.length || OTHER_INLINE.test(rest)) return null;
  if (rest) runs.push({ text: rest });
  return runs;
}

const inlineRuns = (text: string): InlineRun[] =>
  !MARKDOWN_SYNTAX.test(text)
    ? [{ text }]
    : (emphasisRuns(text) ?? runsOf(Lexer.lexInline(text, { gfm: true, breaks: true }), text));

/**
 * A bullet list of one-line items, each words with at most emphasis ("- Trust\n- Inclusion", as key
 * issues are usually typed): the block lexer would find one tight list of one paragraph per item.
 * Null for anything else (a blank line, another bullet, a nested marker, a colon…): the lexer decides.
 */
function bulletList(markdown: string): RichBlock[] | null {
  const bullet = markdown[0];
  if (bullet !== '-' && bullet !== '*' && bullet !== '+') return null;
  const items: RichBlock[][] = [];
  for (const line of markdown.split('\n')) {
    const text = line.slice(2);
    if (line[0] !== bullet || line[1] !== ' ' || !text || BLOCK_SYNTAX.test(text)) return null;
    const runs = inlineRuns(text);
    if (!runs.length) return null;
    items.push([{ type: 'paragraph', runs }]);
  }
  return [{ type: 'list', ordered: false, start: 1, items }];
}

/** Parses user Markdown (GFM, single newlines kept as line breaks) into report blocks. */
export function parseMarkdown(markdown: string): RichBlock[] {
  if (!markdown.trim()) return [];
  // Most statements are one line of plain words: no need to run the Markdown lexer on them.
  if (!MARKDOWN_SYNTAX.test(markdown)) return [{ type: 'paragraph', runs: [{ text: markdown.trim() }] }];
  // Hostile or pathological text: every character as typed, one paragraph, its lines kept.
  if (plainTextReason(markdown)) return [{ type: 'paragraph', runs: runsOf(undefined, markdown.trim()) }];
  // One line of words with **bold** or _italic_ in it: the block lexer would find one paragraph.
  if (!BLOCK_SYNTAX.test(markdown)) {
    const runs = inlineRuns(markdown);
    return runs.length ? [{ type: 'paragraph', runs }] : [];
  }
  return bulletList(markdown) ?? blocks(Lexer.lex(markdown, { gfm: true, breaks: true }));
}

/** A list item's blocks, with its attribution (plain text) after it in italics: "… — Name · Session". */
export function attributedItem(markdown: string, by?: string): RichBlock[] {
  const blocks = parseMarkdown(markdown);
  if (!blocks.length) blocks.push({ type: 'paragraph', runs: [{ text: '' }] });
  if (!by) return blocks;
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === 'paragraph') only.runs.push({ text: ' — ' }, { text: by, italic: true });
  else blocks.push({ type: 'paragraph', runs: [{ text: '— ' }, { text: by, italic: true }] });
  return blocks;
}

/** Inline Markdown only (a single line, e.g. a heading), as runs. */
export function parseInline(markdown: string): InlineRun[] {
  if (plainTextReason(markdown)) return runsOf(undefined, markdown);
  return runsOf(Lexer.lexInline(markdown, { gfm: true, breaks: true }), markdown);
}
