import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../electron/export/writeReport';
import { newSession, newStatement } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { parseMarkdown, type RichBlock } from '../../shared/report/inline';
import { neutralizeMarkdown } from '../../shared/report/markdown';
import { HOSTILE_STATEMENTS } from '../support/hostile';
import { convertDocxToPdf, pdfText } from '../support/readDocx';

/**
 * Hostile statement text in the report: parsed without overflow or stall, every character kept;
 * in the Markdown export it cannot inject HTML, take over the outline, or hide what follows; and
 * the DOCX opens in LibreOffice with each statement's text in it.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'desk-hostile-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const textOf = (blocks: RichBlock[]): string =>
  blocks
    .map((b) =>
      b.type === 'paragraph'
        ? b.runs.map((r) => r.text).join('')
        : b.type === 'code'
          ? b.text
          : b.type === 'quote'
            ? textOf(b.blocks)
            : b.items.map(textOf).join(' '),
    )
    .join(' ');

function sessionWith(texts: string[]): Session {
  const now = new Date().toISOString();
  const session = newSession(now, 'Hostile text');
  const statements = [...texts, 'Ordinary statement after them'].map((text, i) => ({
    ...newStatement(text, new Date(Date.UTC(2026, 5, 23, 9, 0, i)).toISOString()),
    updatedAt: now,
    deletedAt: null,
  }));
  return { ...session, statements, report: { ...session.report, includeAnnex: true } };
}

describe('hostile statement text', () => {
  for (const hostile of HOSTILE_STATEMENTS)
    it(`${hostile.name}: parsed for the DOCX with its text kept`, () => {
      const blocks = parseMarkdown(hostile.text);
      expect(textOf(blocks)).toContain(hostile.tail);
    });

  for (const hostile of HOSTILE_STATEMENTS)
    it(`${hostile.name}: in the Markdown export it injects nothing and hides nothing`, () => {
      const md = `## Statements\n\n${neutralizeMarkdown(hostile.text)}\n\nThe text after it\n`;
      const html = marked.parse(md, { async: false, gfm: true });
      expect(html).toContain(hostile.tail);
      expect(html).toContain('<p>The text after it</p>');
      expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son\w+=|href="javascript:|<!--|<h1/i);
      // The report's own heading is the only one.
      expect(html.match(/<h\d/g)).toEqual(['<h2']);
    });

  it('the Markdown export and the DOCX (opened by LibreOffice) of all of them at once show every one', async () => {
    const session = sessionWith(HOSTILE_STATEMENTS.map((h) => h.text));
    const docx = path.join(dir, 'hostile.docx');
    const md = path.join(dir, 'hostile.md');
    await writeReport(session, { docx, md });
    const mdText = await readFile(md, 'utf8');
    const html = marked.parse(mdText, { async: false, gfm: true });
    expect(html).not.toMatch(/<script|<img|<[a-z][^>]*\son\w+=|href="javascript:|<!--/i);
    for (const hostile of HOSTILE_STATEMENTS) expect(html, hostile.name).toContain(hostile.tail);
    expect(html).toContain('Ordinary statement after them');
    const text = pdfText(convertDocxToPdf(docx)).replace(/\s+/g, ' ');
    for (const hostile of HOSTILE_STATEMENTS) expect(text, hostile.name).toContain(hostile.tail);
    expect(text).toContain('Ordinary statement after them');
  }, 180_000);
});
