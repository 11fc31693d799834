import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../electron/export/writeReport';
import { DeskError } from '../../shared/errors';
import { newId, newPerson, newSession, newStatement } from '../../shared/model/factory';
import type { Person, Role, Session, Statement } from '../../shared/model/session';
import { convertDocxToPdf, docxPlainText } from '../support/readDocx';

const NOW = '2025-06-24T09:00:00.000Z';
const at = (minute: number): string => new Date(Date.parse(NOW) + minute * 60_000).toISOString();

const person = (name: string, roles: Role[], order: number, extra: Partial<Person> = {}): Person =>
  newPerson(name, order, NOW, { roles, ...extra });

const statement = (
  text: string,
  minute: number,
  speakerId: string | null,
  questionIds: string[],
): Statement =>
  newStatement(text, at(minute), { speakerId, questionIds, offsetSeconds: minute * 60, updatedAt: NOW });

const QUESTIONS = [
  'How can AI governance include the Global South?',
  'What role for open standards in digital public infrastructure?',
  'How should platforms address online harms to children?',
];
const BIG = 'The rapporteur kept typing. '.repeat(38_000); // ~1 MB

function richSession(): Session {
  const session = newSession(NOW, 'Shaping Inclusive AI Governance');
  session.facts = {
    ...session.facts,
    code: 'WS #142',
    date: '2025-06-24',
    startTime: '11:00',
    timeZone: 'Europe/Oslo',
    room: 'Workshop Room 3',
    format: 'Roundtable',
    durationMinutes: 90,
    hybrid: true,
  };
  const amina = person('Amina Diallo', ['speaker'], 2, {
    affiliation: 'Ministry of Digital Economy, Senegal',
    stakeholder: 'Government',
    region: 'African Group',
  });
  const ken = person('Kenji Watanabe', ['speaker', 'organizer'], 1, {
    affiliation: 'Open Standards Lab',
    stakeholder: 'Technical Community',
    region: 'Asia-Pacific Group',
  });
  const maria = person('María González', ['onsiteModerator'], 3, { stakeholder: 'Civil Society' });
  const rapp = person('Rapporteur Rae', ['rapporteur'], 4);
  session.people = [amina, ken, maria, rapp];
  session.questions = QUESTIONS.map((text, order) => ({
    id: newId(),
    text,
    order,
    updatedAt: NOW,
    deletedAt: null,
  }));
  const [q1, q2, q3] = session.questions.map((q) => q.id) as [string, string, string];
  session.statements = [
    statement('Q1ALPHA we need **binding commitments** and _inclusive_ processes.', 5, amina.id, [q1]),
    statement(
      'Q2BRAVO see [the standard](https://example.org/std) for details:\n\n- first point\n- second point',
      8,
      ken.id,
      [q2],
    ),
    statement('Q3CHARLIE الأطفال يحتاجون إلى الحماية على الإنترنت and children 🧒 need 保护.', 11, maria.id, [
      q3,
    ]),
    statement(
      'BOTHQ1Q3 <script>alert(1)</script> and [click me](javascript:alert(1)) safely.',
      14,
      amina.id,
      [q1, q3],
    ),
    statement(`Q2BIG ${BIG}`, 20, ken.id, [q2]),
    statement('OTHERDELTA a remark about logistics with a bell \u0007 and \u001b escape.', 25, null, []),
  ];
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
  it('uses real Title and Heading styles, real bold runs and no unsafe links', () => {
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
    const core = strFromU8(zip['docProps/core.xml']!);
    expect(core).toContain('Shaping Inclusive AI Governance');
    expect(core).toContain('Rapporteur Rae');
    const footer = Object.keys(zip).find((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footer && strFromU8(zip[footer]!)).toMatch(/PAGE/);
  });

  it('converts to PDF with LibreOffice', () => {
    const pdf = convertDocxToPdf(docxFile, dir);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 200_000);

  it('reads back, as a reader would, with every statement under the right question', () => {
    const text = docxPlainText(docxFile);
    const idx = (needle: string, from = 0): number => text.indexOf(needle, from);
    expect(idx('Shaping Inclusive AI Governance')).toBeGreaterThanOrEqual(0);
    const h = QUESTIONS.map((q, i) => idx(`Policy question ${i + 1}: ${q}`));
    const other = idx('Other statements');
    expect(h.every((i) => i > 0)).toBe(true);
    expect(h[0]! < h[1]! && h[1]! < h[2]! && h[2]! < other).toBe(true);
    const inSection = (needle: string, start: number, end: number): boolean => {
      const i = idx(needle, start);
      return i > start && i < end;
    };
    expect(inSection('Q1ALPHA', h[0]!, h[1]!)).toBe(true);
    expect(inSection('BOTHQ1Q3', h[0]!, h[1]!)).toBe(true);
    expect(inSection('Q2BRAVO', h[1]!, h[2]!)).toBe(true);
    expect(inSection('Q2BIG', h[1]!, h[2]!)).toBe(true);
    expect(inSection('Q3CHARLIE', h[2]!, other)).toBe(true);
    expect(inSection('BOTHQ1Q3', h[2]!, other)).toBe(true);
    expect(inSection('OTHERDELTA', other, text.length)).toBe(true);
    expect(text).toContain('الأطفال يحتاجون إلى الحماية');
    expect(text).toContain('🧒');
    expect(text).toContain('保护');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('Amina Diallo');
    expect(text).toContain('Ministry of Digital Economy, Senegal');
    expect(text).toMatch(/first point/);
    expect(text).not.toContain('**');
  });

  it('writes a Markdown export with the same headings', () => {
    const md = readFileSync(mdFile, 'utf8');
    const headings = md.split('\n').filter((line) => /^#{1,4} /.test(line));
    expect(headings).toEqual([
      '# Shaping Inclusive AI Governance',
      '## Session facts',
      '## People',
      '## Policy questions',
      ...QUESTIONS.map((q, i) => `### Policy question ${i + 1}: ${q}`),
      '## Other statements',
    ]);
    expect(md).toContain('| Name | Role(s) | Affiliation | Stakeholder group | Region |');
    expect(md).toContain('**Amina Diallo**, Government, African Group (05:00): Q1ALPHA');
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
