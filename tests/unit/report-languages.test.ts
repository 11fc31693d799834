import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeReport } from '../../electron/export/writeReport';
import { translator } from '../../shared/i18n/index';
import { LANGUAGES } from '../../shared/i18n/languages';
import { reportToMarkdown } from '../../shared/report/markdown';
import { buildReport } from '../../shared/report/reportModel';
import { convertDocxToPdf, pdfText } from '../support/readDocx';
import { desk } from '../support/runCli';
import { reportSession } from './report-fixture';

/** The fixture with text of its own in Arabic and Chinese (no emoji: no Debian font draws them). */
function session(title: string, question: string) {
  const s = reportSession(title, 'WS #142');
  s.questions[0]!.text = question;
  s.statements = s.statements.map((st) => ({ ...st, text: st.text.replace(/ 🧒/u, '') }));
  return s;
}
const arabic = () =>
  session(
    'الحوكمة الشاملة للذكاء الاصطناعي',
    'كيف يمكن أن تشمل حوكمة الذكاء الاصطناعي بلدان الجنوب العالمي؟',
  );
const chinese = () => session('包容性人工智能治理', '人工智能治理如何纳入全球南方？');

const headings = (language: (typeof LANGUAGES)[number]) =>
  buildReport(reportSession(), { language }).sections.map((s) => s.heading);

describe('the report in the organizer’s language', () => {
  it('writes every heading, label and note in the chosen language', () => {
    const english = new Set(headings('en'));
    for (const language of LANGUAGES) {
      if (language === 'en') continue;
      const tr = translator(language);
      const doc = buildReport(reportSession(), { language });
      expect(doc.kicker).toBe(tr.t('report.kicker'));
      expect(doc.language).toBe(language);
      // Only headings that carry user text (a forum named "G7") may read as in English.
      const same = doc.sections.map((s) => s.heading).filter((h) => english.has(h));
      expect(same, language).toEqual([]);
      const facts = doc.sections.find((s) => s.id === 'facts')!.blocks[0]!;
      expect(facts.type === 'facts' && facts.rows[0]![0]).toBe(tr.t('report.facts.title'));
      const people = doc.sections.find((s) => s.id === 'people')!.blocks[0]!;
      expect(people.type === 'table' && people.rows.flat()).toContain(tr.t('codes.stakeholder.government'));
    }
  });

  it('translates the participation and gender section, counts and durations included', () => {
    const md = reportToMarkdown(buildReport(reportSession(), { language: 'ru' }));
    expect(md).toContain('## Участие и гендер');
    expect(md).toContain('**Участники на месте (оценка):** 80');
    expect(md).toContain('**Женщины и гендерно разнообразные участники (оценка):** 55 %');
    expect(md).toContain('Время выступлений по таймеру модератора: 15 мин, 4 выступления.');
    expect(md).toContain('| Правительство | 8 мин | 53 % |');
    expect(md).toContain('**Дата:** 24 июня 2025 г.');
  });

  it('names a format the IGF uses in the report’s language, from a page in any language; others as written', () => {
    const formatRow = (format: string, language: (typeof LANGUAGES)[number]) => {
      const s = reportSession();
      s.facts.format = format;
      const doc = buildReport(s, { language });
      const rows = doc.sections.flatMap((x) => x.blocks).find((b) => b.type === 'facts');
      return rows?.type === 'facts'
        ? rows.rows.find(([label]) => label === translator(language).t('report.facts.format'))?.[1]
        : null;
    };
    expect(formatRow('Table ronde', 'en')).toBe('Roundtable');
    expect(formatRow('Panel', 'ar')).toBe('حلقة نقاش');
    expect(formatRow('Panel', 'zh')).toBe('专题讨论');
    expect(formatRow('Fishbowl with 12 chairs', 'fr')).toBe('Fishbowl with 12 chairs');
  });

  it('uses the session’s report language unless told otherwise, else English', () => {
    const s = reportSession();
    expect(buildReport(s).kicker).toBe('Session report');
    s.report.language = 'es';
    expect(buildReport(s).kicker).toBe('Informe de la sesión');
    expect(buildReport(s, { language: 'zh' }).kicker).toBe('会议报告');
  });

  it('keeps an English question’s punctuation with it in an Arabic heading', () => {
    const doc = buildReport(reportSession(), { language: 'ar' });
    const heading = doc.sections.find((s) => s.id.startsWith('question-'))!.heading;
    expect(heading).toBe('السؤال السياساتي 1: \u2068How can AI governance include the Global South?\u2069');
  });
});

describe('DOCX in Arabic and Chinese, as Word and LibreOffice read them', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'desk-lang-'));
    await writeReport(arabic(), { docx: path.join(dir, 'ar.docx') }, { language: 'ar' });
    await writeReport(chinese(), { docx: path.join(dir, 'zh.docx') }, { language: 'zh' });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const part = (file: string, name: string) =>
    strFromU8(unzipSync(readFileSync(path.join(dir, file)))[name]!);

  it('Arabic: right-to-left paragraphs and tables, Arabic language and complex-script font', () => {
    const xml = part('ar.docx', 'word/document.xml');
    const styles = part('ar.docx', 'word/styles.xml');
    const headingParagraphs =
      xml.match(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>(?:(?!<\/w:p>).)*<\/w:p>/g) ?? [];
    expect(headingParagraphs.length).toBeGreaterThan(5);
    for (const p of headingParagraphs) expect(p).toContain('<w:bidi/>');
    expect(xml).toContain('<w:bidiVisual/>');
    expect(xml).toMatch(/<w:rPr><w:rtl\/>/);
    // An English statement inside stays left to right.
    expect(xml).toMatch(/<w:bidi w:val="false"\/>/);
    expect(styles).toMatch(/<w:lang w:val="ar-SA" w:eastAsia="zh-CN" w:bidi="ar-SA"\/>/);
    expect(styles).toMatch(
      /<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Microsoft YaHei" w:hAnsi="Arial"\/>/,
    );
  });

  it('Chinese: the Chinese language and an East Asian font, left to right', () => {
    const xml = part('zh.docx', 'word/document.xml');
    const styles = part('zh.docx', 'word/styles.xml');
    expect(xml).not.toContain('<w:bidi/>');
    expect(xml).not.toContain('<w:bidiVisual/>');
    expect(styles).toMatch(/<w:lang w:val="zh-CN"/);
    expect(xml).toContain('会议概况');
  });

  it('LibreOffice converts both; the text reads back and fonts that have the glyphs are used', () => {
    const fonts = (pdf: string) => spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    const bidiMarks = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

    const arPdf = convertDocxToPdf(path.join(dir, 'ar.docx'));
    const arText = pdfText(arPdf).replace(bidiMarks, '');
    for (const words of ['تقرير الجلسة', 'معلومات الجلسة', 'ملخص النقاش', 'المشاركون', 'الحكومة'])
      expect(arText).toContain(words);
    expect(fonts(arPdf)).toMatch(/DejaVuSans|NotoSansArabic|NotoNaskhArabic|NotoKufiArabic/);

    const zhPdf = convertDocxToPdf(path.join(dir, 'zh.docx'));
    const zhText = pdfText(zhPdf);
    for (const words of [
      '会议报告',
      '包容性人工智能治理',
      '关键要点',
      '利益相关方群体',
      '非洲国家组',
      '第 1 页，共',
    ])
      expect(zhText.replace(/\s+/g, ' ')).toContain(words);
    expect(fonts(zhPdf)).toMatch(/NotoSansCJK|NotoSerifCJK/);
  }, 180_000);
});

describe('npm run desk -- export --lang', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'desk-lang-cli-'));
    const s = reportSession();
    s.report.language = 'fr';
    writeFileSync(path.join(dir, 's.session.json'), JSON.stringify(s));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the report in --lang, else in the session’s report language', () => {
    const file = path.join(dir, 's.session.json');
    const md = path.join(dir, 'r.md');
    expect(desk('export', file, '--md', md, '--lang', 'zh').code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('## 关键要点');
    expect(desk('export', file, '--md', md).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('## Points à retenir');
    const bad = desk('export', file, '--md', md, '--lang', 'de');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--lang must be one of ar, zh, en, fr, ru, es (got "de")');
  }, 60_000);

  it('speaks the system language where it is one of the six', () => {
    const file = path.join(dir, 's.session.json');
    const md = path.join(dir, 'r2.md');
    const ru = desk('export', file, '--md', md, { LANG: 'ru_RU.UTF-8' });
    expect(ru.out).toBe(`Записан файл ${md}\n`);
    const ar = desk('validate', file, { LC_ALL: 'ar_EG.UTF-8' });
    expect(ar.out).toContain('جلسة صالحة');
    const usage = desk('nonsense', { LANG: 'es_ES.UTF-8' });
    expect(usage.err).toContain('Comando desconocido: nonsense');
    expect(usage.err).toContain('Uso: session-desk <comando>');
    expect(desk('nonsense', { LANG: 'de_DE.UTF-8' }).err).toContain('Unknown command: nonsense');
  }, 60_000);
});
