import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../electron/export/writeReport';
import { DeskError } from '../../shared/errors';
import { newSession } from '../../shared/model/factory';
import type { Session } from '../../shared/model/session';
import { convertDocxToPdf, docxPlainText } from '../support/readDocx';
import { NOW, QUESTIONS, reportSession, statement } from './report-fixture';

const BIG = 'The rapporteur kept typing. '.repeat(38_000); // ~1 MB

function richSession(): Session {
  const session = reportSession();
  const [amina, ken] = session.people;
  const [q1, q2, q3] = session.questions.map((q) => q.id) as [string, string, string];
  session.statements.push(
    statement('Q2LIST see the list:\n\n- first point\n- second point', 9, ken!.id, [q2]),
    statement(
      'BOTHQ1Q3 <script>alert(1)</script> and [click me](javascript:alert(1)) safely.',
      20,
      amina!.id,
      [q1, q3],
    ),
    statement(`Q2BIG ${BIG}`, 21, ken!.id, [q2]),
    statement('BELL a remark with a bell \u0007 and \u001b escape.', 26, null, []),
  );
  return session;
}

let dir: string;
let docxFile: string;
let mdFile: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'desk-report-'));
  docxFile = path.join(dir, 'report.docx');
  mdFile = path.join(dir, 'report.md');
  await writeReport(richSession(), { docx: docxFile, md: mdFile });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DOCX report', () => {
  it('uses real Title and Heading styles, real bold runs, an embedded chart and no unsafe links', () => {
    const zip = unzipSync(readFileSync(docxFile));
    const xml = strFromU8(zip['word/document.xml']!);
    const rels = strFromU8(zip['word/_rels/document.xml.rels']!);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toMatch(
      /<w:r><w:rPr><w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">binding commitments<\/w:t>/,
    );
    expect(xml).not.toContain('**');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toContain('\u0007');
    expect(rels).toContain('https://example.org/std');
    expect(rels).not.toMatch(/javascript:/i);
    expect(xml).not.toMatch(/javascript:/i);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:numPr>');
    // The speaking-time chart: PNG bars embedded as images, drawn inline in the table.
    const media = Object.keys(zip).filter((name) => /^word\/media\/.+\.png$/.test(name));
    expect(media.length).toBeGreaterThan(0);
    for (const name of media)
      expect([...zip[name]!.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(xml).toContain('<pic:pic');
    expect(rels).toMatch(/relationships\/image" Target="media\/.+\.png"/);
    const core = strFromU8(zip['docProps/core.xml']!);
    expect(core).toContain('Shaping Inclusive AI Governance');
    expect(core).toContain('Rapporteur Rae');
    expect(core).toContain('Session report, WS #142');
    const footer = Object.keys(zip).find((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footer && strFromU8(zip[footer]!)).toMatch(/PAGE/);
  });

  it('converts to PDF with LibreOffice', () => {
    const pdf = convertDocxToPdf(docxFile, dir);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 200_000);

  it('reads back, as a reader would: sections in order, each text in its section', () => {
    const text = docxPlainText(docxFile);
    const idx = (needle: string, from = 0): number => text.indexOf(needle, from);
    expect(idx('Shaping Inclusive AI Governance')).toBeGreaterThanOrEqual(0);
    const order = [
      'Session facts',
      'People',
      'Key takeaways',
      'Calls to action',
      'Key issues raised',
      'Summary of the discussion',
      ...QUESTIONS.map((q, i) => `Policy question ${i + 1}: ${q}`),
      'Way forward and follow-up',
      'Follow-up: G7',
      'Follow-up: G20',
      'Participation and gender',
      'Speaking time',
      'Annex: statement log',
      'Statements on policy question 1',
      'Statements on policy question 2',
      'Statements on policy question 3',
      'Other statements',
    ];
    const at: number[] = [];
    for (const heading of order) at.push(idx(heading, at[at.length - 1] ?? 0));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const h = Object.fromEntries(order.map((heading, i) => [heading, at[i]!]));
    const between = (needle: string, from: string, to: string): boolean => {
      const i = idx(needle, h[from]);
      return i > h[from]! && i < h[to]!;
    };
    expect(between('TAKEAWAY-ONE', 'Key takeaways', 'Calls to action')).toBe(true);
    expect(between('TAKEAWAY-TWO', 'Key takeaways', 'Calls to action')).toBe(true);
    expect(idx('TAKEAWAY-ONE')).toBeLessThan(idx('TAKEAWAY-TWO'));
    expect(between('CTA-ONE', 'Calls to action', 'Key issues raised')).toBe(true);
    expect(between('KEYISSUES', 'Key issues raised', 'Summary of the discussion')).toBe(true);
    // The written summary for question 1; drafts from the statements for 2 and 3, by speaker.
    const [p1, p2, p3] = QUESTIONS.map((q, i) => `Policy question ${i + 1}: ${q}`) as [
      string,
      string,
      string,
    ];
    expect(between('SUMMARYQ1', p1, p2)).toBe(true);
    // Drafted extractively, attributed, and marked as a draft until the rapporteur edits or approves it.
    expect(between('Q2BRAVO', p2, p3)).toBe(true);
    expect(between('Kenji Watanabe, Technical Community', p2, p3)).toBe(true);
    expect(between('DRAFT: drafted from the statements', p2, p3)).toBe(true);
    expect(between('DRAFT: drafted from the statements', p1, p2)).toBe(false);
    expect(between('Q3CHARLIE', p3, 'Way forward and follow-up')).toBe(true);
    expect(between('WAYFORWARD', 'Way forward and follow-up', 'Follow-up: G7')).toBe(true);
    expect(between('G7COMMIT', 'Follow-up: G7', 'Follow-up: G20')).toBe(true);
    expect(between('G20REC', 'Follow-up: G20', 'Participation and gender')).toBe(true);
    expect(between('G7COMMIT', 'Follow-up: G20', 'Participation and gender')).toBe(true);
    expect(between('GENDERHOW', 'Participation and gender', 'Speaking time')).toBe(true);
    expect(text).toMatch(/Participants onsite \(estimated\)\s*\|?\s*80/);
    expect(between('Government', 'Speaking time', 'Annex: statement log')).toBe(true);
    expect(between('53%', 'Speaking time', 'Annex: statement log')).toBe(true);
    expect(between('Q1ALPHA', 'Statements on policy question 1', 'Statements on policy question 2')).toBe(
      true,
    );
    expect(between('BOTHQ1Q3', 'Statements on policy question 1', 'Statements on policy question 2')).toBe(
      true,
    );
    expect(between('Q2BIG', 'Statements on policy question 2', 'Statements on policy question 3')).toBe(true);
    expect(between('BOTHQ1Q3', 'Statements on policy question 3', 'Other statements')).toBe(true);
    expect(idx('OTHERDELTA', h['Other statements'])).toBeGreaterThan(0);
    expect(text).toContain('الأطفال يحتاجون إلى الحماية');
    expect(text).toContain('🧒');
    expect(text).toContain('保护');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Amina Diallo');
    expect(text).toContain('Ministry of Digital Economy, Senegal');
    expect(text).toMatch(/first point/);
    expect(text).not.toContain('**');
  });

  it('turns Markdown into Word formatting: lists, quotes, italics, links', () => {
    const md = spawnSync('pandoc', ['-t', 'markdown', '--wrap=none', docxFile], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    }).stdout;
    expect(md).toMatch(/\*\*Global South\*\*/);
    expect(md).toMatch(/\*interoperable\*/);
    expect(md).toMatch(/^-\s+\*\*inclusion\*\*/m);
    expect(md).toMatch(/^>\s*\*?a quoted line/m);
    expect(md).toMatch(/^1\.\s+TAKEAWAY-ONE/m);
    expect(md).toContain('[funding](https://igf.org/)');
  });

  it('writes a Markdown export with the same headings', () => {
    const md = readFileSync(mdFile, 'utf8');
    const headings = md.split('\n').filter((line) => /^#{1,4} /.test(line));
    expect(headings).toEqual([
      '# Shaping Inclusive AI Governance',
      '## Session facts',
      '## People',
      '## Key takeaways',
      '## Calls to action',
      '## Key issues raised',
      '## Summary of the discussion',
      ...QUESTIONS.map((q, i) => `### Policy question ${i + 1}: ${q}`),
      '## Way forward and follow-up',
      '### Follow-up: G7',
      '### Follow-up: G20',
      '## Participation and gender',
      '### Speaking time',
      '## Annex: statement log',
      '### Statements on policy question 1',
      '### Statements on policy question 2',
      '### Statements on policy question 3',
      '### Other statements',
    ]);
    expect(md).toContain('| Name | Role(s) | Affiliation | Stakeholder group | Region |');
    expect(md).toContain('**Amina Diallo**, Government, African Group (05:00): Q1ALPHA');
    expect(md).toContain('1. TAKEAWAY-ONE AI governance needs **Global South** voices.');
    expect(md).toContain('| Stakeholder group | Time | Share |');
  });
});

describe('bad input', () => {
  it('an empty session still gives a valid document that LibreOffice opens', async () => {
    const file = path.join(dir, 'empty.docx');
    await writeReport(newSession(NOW), { docx: file });
    const text = docxPlainText(file);
    expect(text).toContain('Untitled session');
    expect(text).toContain('No policy questions recorded.');
    expect(text).toContain('No speaking turns were timed.');
    const zip = unzipSync(readFileSync(file));
    expect(Object.keys(zip).some((n) => n.startsWith('word/media/'))).toBe(false);
  });
});

describe('writeReport failures', () => {
  it('names the path when the folder does not exist', async () => {
    const target = path.join(dir, 'missing-folder', 'report.docx');
    const error = await writeReport(newSession(NOW, 'x'), { docx: target }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).code).toBe('write-failed');
    expect((error as DeskError).message).toContain(target);
    expect((error as DeskError).message).toMatch(/does not exist/);
  });

  it('names the path when the parent is a regular file', async () => {
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, 'x');
    const target = path.join(file, 'report.md');
    const error = await writeReport(newSession(NOW, 'x'), { md: target }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeskError);
    expect((error as DeskError).code).toBe('write-failed');
    expect((error as DeskError).message).toBe(
      `Could not write ${target}: part of the path is a file, not a folder.`,
    );
  });
});
