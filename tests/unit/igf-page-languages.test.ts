import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { normaliseRegion, normaliseStakeholder } from '../../shared/igf/groups';
import { englishPageLines } from '../../shared/igf/pageLanguages';
import { parseSessionPage } from '../../shared/igf/sessionPage';
import { planTranscriptImport } from '../../shared/capture/transcriptImport';
import { newPerson, sessionFromPage } from '../../shared/model/factory';

/**
 * Session pages written in French, Spanish, Russian, Arabic and Chinese (tests/fixtures/igf-pages-languages):
 * every field the English pages give is read from them too, and the per-field accuracy is printed.
 */
const DIR = new URL('../fixtures/igf-pages-languages/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, DIR), 'utf8');

interface Expected {
  file: string;
  language: string;
  title: string;
  code: string;
  year: number;
  date: string;
  startTime: string;
  room: string;
  organizers: Array<{ name: string; affiliation: string | null }>;
  speakers: Array<{ name: string; stakeholder: string; region: string }>;
  onsiteModerator: string;
  onlineModerator: string;
  rapporteur: string;
  format: string;
  durationMinutes: number;
  policyQuestions: string[];
  expectedOutcomes: boolean;
}
const PAGES = (JSON.parse(read('EXPECTED.json')) as { pages: Expected[] }).pages;

/** Each field as the importer reads it, in the shape EXPECTED.json gives it. */
function fields(text: string): Omit<Expected, 'file' | 'language'> {
  const r = parseSessionPage(text);
  return {
    title: r.title!,
    code: r.code!,
    year: r.year!,
    date: r.date!,
    startTime: r.startTime!,
    room: r.room!,
    organizers: r.organizers.map((o) => ({ name: o.name!, affiliation: o.affiliation })),
    speakers: r.speakers.map((s) => ({
      name: s.name,
      stakeholder: normaliseStakeholder(s.stakeholder)!,
      region: normaliseRegion(s.region)!,
    })),
    onsiteModerator: r.onsiteModerator!,
    onlineModerator: r.onlineModerator!,
    rapporteur: r.rapporteur!,
    format: r.format!,
    durationMinutes: r.durationMinutes!,
    policyQuestions: r.policyQuestions,
    expectedOutcomes: r.expectedOutcomes !== null,
  };
}

const FIELDS = Object.keys(fields(read(PAGES[0]!.file))) as Array<keyof ReturnType<typeof fields>>;
const right = new Map<string, number>(FIELDS.map((f) => [f, 0]));

afterAll(() => {
  const lines = FIELDS.map((f) => `  ${f.padEnd(17)} ${right.get(f)}/${PAGES.length}`);
  const total = [...right.values()].reduce((a, b) => a + b, 0);
  console.log(
    `per-field accuracy on ${PAGES.length} pages (fr, es, ru, ar, zh): ${total}/${FIELDS.length * PAGES.length}\n${lines.join('\n')}`,
  );
});

describe('session pages in French, Spanish, Russian, Arabic and Chinese', () => {
  it('has a page in each of the five languages', () => {
    expect(PAGES.map((p) => p.language).sort()).toEqual(['ar', 'es', 'fr', 'ru', 'zh']);
  });

  for (const page of PAGES)
    it(`${page.language}: ${page.file} gives every field`, () => {
      const got = fields(read(page.file));
      const {
        file: _file,
        language: _language,
        layout: _layout,
        ...want
      } = page as Expected & { layout: string };
      for (const f of FIELDS)
        if (JSON.stringify(got[f]) === JSON.stringify(want[f])) right.set(f, right.get(f)! + 1);
      expect(got).toEqual(want);
      const r = parseSessionPage(read(page.file));
      expect(r.notFound.filter((f) => f !== 'themes')).toEqual([]);
    });

  it('a new session from an Arabic page stores codes for the groups and the names as printed', () => {
    const page = PAGES.find((p) => p.language === 'ar')!;
    const session = sessionFromPage(parseSessionPage(read(page.file)), '2024-12-01T10:00:00.000Z');
    const leila = session.people.find((p) => p.name === 'ليلى حسن')!;
    expect(leila).toMatchObject({ stakeholder: 'civil-society', region: 'asia-pacific-group' });
    expect(leila.roles).toEqual(expect.arrayContaining(['organizer', 'speaker']));
    expect(session.people.find((p) => p.name === 'نور الهدى خليل')!.roles).toContain('rapporteur');
    expect(session.facts).toMatchObject({ date: '2024-12-18', startTime: '09:30', durationMinutes: 90 });
  });
});

describe('the labels read in each language', () => {
  const cases: Array<[language: string, printed: string, english: string]> = [
    ['fr', 'Intervenants', 'Speakers'],
    ['fr', 'Intervenante 3 : Awa Diop', 'Speaker 3: Awa Diop'],
    ['fr', 'Modérateur : Paul Martin', 'Onsite Moderator: Paul Martin'],
    ['fr', 'Modératrice en ligne', 'Online Moderator'],
    ['fr', 'Organisatrice 2 : Awa Diop, ONG Sénégal', 'Organizer 2: Awa Diop, ONG Sénégal'],
    ['fr', 'Durée (minutes) : 60', 'Duration (minutes): 60'],
    ['es', 'Ponentes', 'Speakers'],
    ['es', 'Moderador: Luis Gómez', 'Onsite Moderator: Luis Gómez'],
    ['es', 'Relator: Luis Gómez', 'Rapporteur: Luis Gómez'],
    ['es', 'Preguntas de política', 'Policy Question(s)'],
    ['ru', 'Докладчики', 'Speakers'],
    ['ru', 'Модератор онлайн: Олег Ким', 'Online Moderator: Олег Ким'],
    ['ru', 'Ожидаемые результаты', 'Expected Outcomes'],
    ['ar', 'المتحدثون', 'Speakers'],
    ['ar', 'المنظم 1: ليلى حسن، جامعة القاهرة', 'Organizer 1: ليلى حسن, جامعة القاهرة'],
    ['ar', 'المقرر: نور خليل', 'Rapporteur: نور خليل'],
    ['zh', '发言人', 'Speakers'],
    ['zh', '发言人 2：李明，技术界，亚太国家组', 'Speaker 2: 李明, Technical Community, Asia-Pacific Group'],
    ['zh', '线上主持人：李明', 'Online Moderator: 李明'],
    ['zh', '政策问题', 'Policy Question(s)'],
  ];
  for (const [language, printed, english] of cases)
    it(`${language}: “${printed}” reads as “${english}”`, () => {
      expect(englishPageLines(printed)).toBe(english);
    });

  it('leaves English pages, prose and names alone', () => {
    for (const line of [
      'Speaker 1: Rebecca Thornbury-Ellis, Civil Society, Western European and Others Group (WEOG)',
      'Description of the Session',
      'Format description: at a roundtable they share a table.',
      'Modérer un débat demande de la préparation, de la patience et du tact.',
      'Fatou Ndiaye, Gouvernement du Sénégal',
      'Le mardi 3 mars, nous avons tenu une réunion.',
    ])
      expect(englishPageLines(line)).toBe(line);
  });
});

describe('transcript labels that name a role, in the other five languages', () => {
  const people = [
    newPerson('Fatou Ndiaye', 0, '2024-12-01T10:00:00.000Z', { roles: ['onsiteModerator'] }),
    newPerson('Koffi Mensah', 1, '2024-12-01T10:00:00.000Z', { roles: ['rapporteur'] }),
  ];
  const cases: Array<[language: string, label: string, holder: string]> = [
    ['fr', 'MODÉRATRICE', 'Fatou Ndiaye'],
    ['fr', 'Rapporteuse', 'Koffi Mensah'],
    ['es', 'Moderadora', 'Fatou Ndiaye'],
    ['es', 'RELATOR', 'Koffi Mensah'],
    ['ru', 'МОДЕРАТОР', 'Fatou Ndiaye'],
    ['ru', 'Председатель', 'Fatou Ndiaye'],
    ['ar', 'مدير الجلسة', 'Fatou Ndiaye'],
    ['ar', 'المقرر', 'Koffi Mensah'],
    ['zh', '主持人', 'Fatou Ndiaye'],
    ['zh', '报告员', 'Koffi Mensah'],
  ];
  for (const [language, label, holder] of cases)
    it(`${language}: “${label}” is a role, proposed as the session's ${holder === 'Fatou Ndiaye' ? 'moderator' : 'rapporteur'}`, () => {
      const colon = language === 'zh' ? '：' : language === 'fr' ? ' :' : ':';
      const text = `>> ${label}${colon} Bonjour, buenos días, добрый день, صباح الخير, 大家好.\n>> AMINATA TRAORÉ: Merci.\n`;
      const plan = planTranscriptImport(text, people);
      const speaker = plan.speakers.find((s) => s.label === label)!;
      expect(speaker, plan.speakers.map((s) => s.label).join(' | ')).toBeDefined();
      expect(speaker.generic).toBe(true);
      expect(speaker.personId).toBeNull();
      expect(speaker.candidates[0]?.name).toBe(holder);
      expect(plan.speakers.find((s) => s.label === 'AMINATA TRAORÉ')?.generic).toBe(false);
    });

  it('a name in those languages is not a role', () => {
    const plan = planTranscriptImport('>> Ирина Соколова: Спасибо.\n>> ليلى حسن: شكرا.\n', people);
    expect(plan.speakers.map((s) => [s.label, s.generic])).toEqual([
      ['Ирина Соколова', false],
      ['ليلى حسن', false],
    ]);
  });
});
