import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBrief } from '../../electron/export/writeReport';
import { translator } from '../../shared/i18n/index';
import { LANGUAGES } from '../../shared/i18n/languages';
import type { Session } from '../../shared/model/session';
import { buildBrief, buildBriefCsv, CSV_COLUMNS } from '../../shared/report/brief';
import { convertDocxToPdf, pdfText } from '../support/readDocx';
import { desk } from '../support/runCli';
import { item, reportSession, statement } from './report-fixture';

/** Three sessions with titles of their own in Arabic, Chinese and English, and a poll of figures. */
function sessions(): Session[] {
  const a = reportSession('الحوكمة الشاملة للذكاء الاصطناعي', 'WS #142');
  a.statements = a.statements.map((st) => ({ ...st, text: st.text.replace(/ 🧒/u, '') }));
  const b = reportSession('包容性人工智能治理', 'Open Forum #12');
  b.facts.date = '2025-06-25';
  b.reportItems = [item('keyTakeaway', '数据公共资源需要管理。', 1)];
  b.statements.push(statement('与 WSIS+20 审查保持一致。', 30, b.people[0]!.id, [], { fora: ['WSIS+20'] }));
  const c = reportSession('Youth and the Internet', 'WS #3');
  c.facts.date = '2025-06-23';
  c.reportItems = [];
  return [a, b, c];
}

const english = buildBrief(sessions());
const SAME_WORDS: Partial<Record<string, string[]>> = {
  fr: ['Code', 'Session', 'Date', 'Total'],
  es: ['Total'],
};
/** Headings that carry the sessions' own words (a title, a forum's name) read the same in any language. */
const ownWords = (heading: string) => /·|^(?:G7|G20|WSIS\+20)$/.test(heading);

describe('the organizer’s brief in the chosen language', () => {
  for (const language of LANGUAGES.filter((l) => l !== 'en'))
    it(`${language}: every heading, table header, note and spreadsheet column`, () => {
      const tr = translator(language);
      const doc = buildBrief(sessions(), { language });
      expect(doc.language).toBe(language);
      expect(doc.dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
      expect(doc.kicker).toBe(tr.t('brief.kicker'));
      expect(doc.labels.page).not.toBe(english.labels.page);
      const englishHeadings = new Set(english.sections.map((s) => s.heading));
      expect(
        doc.sections.map((s) => s.heading).filter((h) => englishHeadings.has(h) && !ownWords(h)),
      ).toEqual([]);
      // Every fixed cell the brief writes (table headers, row labels, notes) is in the language.
      const englishCells = new Set(
        english.sections.flatMap((s) =>
          s.blocks.flatMap((b) =>
            b.type === 'table'
              ? [...b.header, ...b.rows.map((r) => r[0]!)]
              : b.type === 'note'
                ? [b.text]
                : [],
          ),
        ),
      );
      const cells = doc.sections.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.type === 'table' ? [...b.header, ...b.rows.map((r) => r[0]!)] : b.type === 'note' ? [b.text] : [],
        ),
      );
      // Words French and Spanish share with English ("Code", "Total"), and the sessions' own words.
      const same = SAME_WORDS[language] ?? [];
      const sessionWords = /^(?:WS #|Open Forum)|^\d/;
      expect(cells.filter((c) => englishCells.has(c) && !sessionWords.test(c) && !same.includes(c))).toEqual(
        [],
      );
      const csv = buildBriefCsv(sessions(), { language });
      expect(csv.split('\r\n')[0]).toBe(
        '\uFEFF' + CSV_COLUMNS.map((column) => tr.t(`brief.csv.${column}`)).join(','),
      );
      expect(csv).toContain(tr.t('brief.csvType.callToAction'));
    });

  it('writes the dates, counts and shares with the language’s own rules', () => {
    const fr = buildBrief(sessions(), { language: 'fr' });
    expect(fr.subtitle).toBe('3 sessions · 23 juin 2025 – 25 juin 2025');
    const ru = buildBrief(sessions(), { language: 'ru' });
    expect(ru.subtitle).toBe('3 сессии · 23 июня 2025 г. – 25 июня 2025 г.');
    const rows = ru.sections.find((s) => s.id === 'participation')!.blocks[0]!;
    expect(rows.type === 'table' && rows.rows[0]).toEqual(['Сессии, указавшие число участников', '3 из 3']);
    const zh = buildBrief(sessions(), { language: 'zh' });
    expect(zh.sections.find((s) => s.id === 'follow-up')!.heading).toBe('按论坛分列的后续行动');
    const calls = zh.sections.find((s) => s.heading === '未指明论坛')!.blocks[0]!;
    expect(calls.type === 'list' && calls.items.some((i) => i.startsWith('**行动呼吁：**'))).toBe(true);
  });
});

describe('the brief’s DOCX in Arabic and Chinese, as LibreOffice reads it', () => {
  let dir: string;
  const screens = path.resolve('test-results/screens');
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'desk-brief-lang-'));
    await writeBrief(sessions(), { docx: path.join(dir, 'ar.docx') }, { language: 'ar' });
    await writeBrief(sessions(), { docx: path.join(dir, 'zh.docx') }, { language: 'zh' });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const part = (file: string, name: string) =>
    strFromU8(unzipSync(readFileSync(path.join(dir, file)))[name]!);

  it('Arabic: headings, notes and tables right to left; the Arabic language; English titles stay LTR', () => {
    const xml = part('ar.docx', 'word/document.xml');
    const styles = part('ar.docx', 'word/styles.xml');
    const headings = xml.match(/<w:p><w:pPr><w:pStyle w:val="Heading[12]"\/>.*?<\/w:p>/g) ?? [];
    expect(headings.length).toBeGreaterThan(8);
    for (const p of headings) expect(p).toContain('<w:bidi/>');
    expect(xml.match(/<w:bidiVisual\/>/g)?.length).toBe(4);
    expect(xml).toContain('الجلسات في هذا الموجز');
    // "Youth and the Internet" is the user's English text: its takeaways heading keeps its direction.
    expect(xml).toMatch(/<w:bidi w:val="false"\/>.*?Youth and the Internet/);
    expect(styles).toMatch(/<w:lang w:val="ar-SA" w:eastAsia="zh-CN" w:bidi="ar-SA"\/>/);
    expect(styles).toMatch(/w:cs="Arial" w:eastAsia="Microsoft YaHei"/);
  });

  it('Chinese: the Chinese language, left to right', () => {
    const xml = part('zh.docx', 'word/document.xml');
    expect(xml).not.toContain('<w:bidiVisual/>');
    expect(part('zh.docx', 'word/styles.xml')).toMatch(/<w:lang w:val="zh-CN"/);
    expect(xml).toContain('本简报所含会议');
  });

  it('LibreOffice converts both: the text reads back, fonts with the glyphs are used, pages as PNG', () => {
    mkdirSync(screens, { recursive: true });
    const fonts = (pdf: string) => spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    const png = (pdf: string, name: string) =>
      spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, path.join(screens, name)]);
    const marks = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

    const arPdf = convertDocxToPdf(path.join(dir, 'ar.docx'));
    const arText = pdfText(arPdf).replace(marks, '');
    for (const words of [
      'الرسائل الرئيسية والمتابعة',
      'لمحة عامة',
      'فئات أصحاب المصلحة',
      'الحكومة',
      'الدعوات إلى العمل',
    ])
      expect(arText).toContain(words);
    expect(fonts(arPdf)).toMatch(/DejaVuSans|NotoSansArabic|NotoNaskhArabic|NotoKufiArabic/);
    expect(png(arPdf, 'brief-ar').status).toBe(0);

    const zhPdf = convertDocxToPdf(path.join(dir, 'zh.docx'));
    const zhText = pdfText(zhPdf).replace(/\s+/g, ' ');
    for (const words of [
      '组织者简报',
      '关键信息与后续行动',
      '利益相关方群体',
      '包容性人工智能治理',
      '第 1 页，共',
    ])
      expect(zhText).toContain(words);
    expect(fonts(zhPdf)).toMatch(/NotoSansCJK|NotoSerifCJK/);
    expect(png(zhPdf, 'brief-zh').status).toBe(0);
  }, 180_000);
});

describe('npm run desk -- brief --lang', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'desk-brief-cli-'));
    for (const [i, s] of sessions().entries())
      writeFileSync(path.join(dir, `${i}.session.json`), JSON.stringify(s));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the brief and the spreadsheet in the language asked for, else English', () => {
    const csv = path.join(dir, 'calls.csv');
    const md = path.join(dir, 'brief.md');
    const r = desk('brief', dir, '--md', md, '--csv', csv, '--lang', 'es');
    expect(r.err.split('\n')[0]).toBe('[1/3] WS #142 الحوكمة الشاملة للذكاء الاصطناعي');
    expect(r.code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('## Sesiones de esta nota');
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toBe(
      '\uFEFFTipo,Foros,Texto,Ponente,Grupo de partes interesadas,Región,Código de la sesión,Título de la sesión,Fecha,Identificador de la sesión',
    );
    const plain = desk('brief', dir, '--md', path.join(dir, 'en.md'));
    expect(plain.code).toBe(0);
    expect(readFileSync(path.join(dir, 'en.md'), 'utf8')).toContain('## Sessions in this brief');
  });

  it('refuses an unknown language before writing anything, in the system’s language', () => {
    const out = path.join(dir, 'x.md');
    const r = desk('brief', dir, '--md', out, '--lang', 'de', { LANG: 'fr_FR.UTF-8' });
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(
      '--lang doit être l’une des valeurs ar, zh, en, fr, ru, es (reçu «\u00a0de\u00a0»)',
    );
    expect(() => readFileSync(out)).toThrow();
  });
});
