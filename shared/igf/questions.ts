/**
 * Splitting the text of a 'Policy Question(s)' field into separate questions. Pages number them
 * ('1.', '1)', '(1)', 'A.', 'a)'), bullet them ('- …'), put them inline in one paragraph
 * ('1. … 2. … 3. …', '(1) … (2) …', '- … - …'), one per line, or write one paragraph.
 * Pure TS: no Node or DOM.
 */
import { squash } from './text';

/** A line of the field with the paragraph it belongs to (paragraphs are separated by blank lines). */
export interface QuestionLine {
  text: string;
  para: number;
}

interface Piece {
  text: string;
  para: number;
  enumerated: boolean;
}

const ENUM_START =
  /^(?:\(\s*(?:\d{1,2}|[a-hA-H])\s*\)|\d{1,2}[.)]|\d{1,2}\s+[-–—]|[a-hA-H][.)]|[Qq]\d{1,2}[.:)]?|[-–—*•·▪])\s+/;
const FIRST_ENUM = /^(?:\(\s*(?:1|a|A)\s*\)|1[.)]|1\s+[-–—]|[aA][.)]|[Qq]1[.:)]?|[-–—*•·▪])\s+/;

type Style = { open: string; close: string; letters: boolean; upper: boolean };

function nth(style: Style, k: number): string {
  const v = style.letters ? String.fromCharCode((style.upper ? 65 : 97) + k - 1) : String(k);
  return `${style.open}${v}${style.close}`;
}

/** Splits 'intro 1. a 2. b 3. c' at sequential enumerators; returns [prefix, item…] or null. */
function splitSequential(s: string): string[] | null {
  let style: Style | null = null;
  let at = -1;
  const candidates: Style[] = [
    { open: '', close: '.', letters: false, upper: false },
    { open: '', close: ')', letters: false, upper: false },
    { open: '(', close: ')', letters: false, upper: false },
    { open: '', close: ' -', letters: false, upper: false },
    { open: '', close: ' –', letters: false, upper: false },
    { open: '', close: '.', letters: true, upper: true },
    { open: '', close: ')', letters: true, upper: false },
    { open: '(', close: ')', letters: true, upper: false },
  ];
  for (const c of candidates) {
    const m1 = nth(c, 1);
    if (s.startsWith(m1 + ' ') || (c.open === '(' && s.startsWith(m1))) {
      style = c;
      at = 0;
      break;
    }
  }
  if (style === null) {
    // '(1)' / '(a)' may follow an introduction on the same line
    for (const c of candidates.filter((x) => x.open === '(')) {
      const idx = s.indexOf(' ' + nth(c, 1));
      if (idx >= 0) {
        style = c;
        at = idx + 1;
        break;
      }
    }
  }
  if (style === null) return null;
  const starts: number[] = [at];
  for (let k = 2; k < 27; k++) {
    const from = (starts[starts.length - 1] as number) + 1;
    const marker = ' ' + nth(style, k) + (style.open === '(' ? '' : ' ');
    let idx = s.indexOf(marker, from);
    if (idx >= 0) idx += 1;
    else if (style.letters && style.close === '.') idx = gluedLetter(s, nth(style, k), from);
    if (idx < 0) break;
    starts.push(idx);
  }
  if (starts.length < 2) return null;
  const parts = [s.slice(0, at).trim()];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    const to = k + 1 < starts.length ? (starts[k + 1] as number) : s.length;
    const marker = nth(style, k + 1);
    parts.push(s.slice(from + marker.length, to).trim());
  }
  return parts;
}

/** 'question?C.What role…': a letter marker glued to the end of the previous question. */
function gluedLetter(s: string, marker: string, from: number): number {
  for (let idx = s.indexOf(marker, from); idx >= 0; idx = s.indexOf(marker, idx + 1)) {
    const before = s.charAt(idx - 1);
    const after = s.charAt(idx + marker.length);
    if (/[?.!]/.test(before) && /[\p{Lu} ]/u.test(after)) return idx;
  }
  return -1;
}

function expand(line: QuestionLine, numbered: boolean): Piece[] {
  const s = squash(line.text);
  const bullet = /^([-–—*•·▪])\s+/.exec(s);
  if (bullet) {
    const sep = ` ${bullet[1]} `;
    const body = s.slice(bullet[0].length);
    if (body.includes(sep)) {
      return body
        .split(sep)
        .map((t) => ({ text: t.trim(), para: line.para, enumerated: true }))
        .filter((p) => p.text.length > 0);
    }
    return [{ text: body.trim(), para: line.para, enumerated: true }];
  }
  const seq = splitSequential(s);
  if (seq) {
    const [prefix, ...items] = seq;
    const out: Piece[] = [];
    if (prefix) out.push({ text: prefix, para: line.para, enumerated: false });
    for (const t of items) out.push({ text: t, para: line.para, enumerated: true });
    return out;
  }
  const m = numbered ? ENUM_START.exec(s) : null;
  if (m) return [{ text: s.slice(m[0].length).trim(), para: line.para, enumerated: true }];
  return [{ text: s, para: line.para, enumerated: false }];
}

export function splitPolicyQuestions(lines: QuestionLine[]): string[] {
  const nonEmpty = lines.filter((l) => l.text.trim().length > 0);
  if (nonEmpty.length === 0) return [];
  const firstIsEnum = nonEmpty.some((l) => FIRST_ENUM.test(squash(l.text)));
  let pieces: Piece[] = [];
  // a line starting with '3.' only counts as numbered when the list starts with '1.' / 'A.' somewhere
  for (const l of nonEmpty) pieces.push(...expand(l, firstIsEnum));
  // An introduction ending with ':' ('We will work on these policy questions:') is not a question.
  let lastIntro = -1;
  for (let i = 0; i < pieces.length - 1; i++) {
    const p = pieces[i] as Piece;
    if (!p.enumerated && p.text.endsWith(':')) lastIntro = i;
  }
  if (lastIntro >= 0) pieces = pieces.slice(lastIntro + 1);

  const items: string[] = [];
  if (pieces.some((p) => p.enumerated)) {
    let open = false;
    let lastPara = -1;
    for (const p of pieces) {
      if (p.enumerated) {
        items.push(p.text);
        open = true;
      } else if (open && p.para === lastPara && items.length > 0) {
        items[items.length - 1] = `${items[items.length - 1]} ${p.text}`;
      } else if (/\?["”’)]?$/.test(p.text)) {
        items.push(p.text);
        open = false;
      }
      lastPara = p.para;
    }
  } else {
    // unnumbered lines: when some end with a question mark, the statements between them are context
    const asks = pieces.filter((p) => /\?["”’)]?$/.test(p.text));
    const keep = asks.length > 0 && pieces.length > 1 ? asks : pieces;
    for (const p of keep) items.push(p.text);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of items) {
    const t = squash(raw);
    if (t.length === 0 || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}
