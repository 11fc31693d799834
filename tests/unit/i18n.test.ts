import { describe, expect, it } from 'vitest';
import { isPlural, leaves, type Plural } from '../../shared/i18n/catalog';
import { codeLabel } from '../../shared/i18n/codeLabels';
import { CATALOGS, resources, translator } from '../../shared/i18n/index';
import { LANGUAGES, matchLanguage, PSEUDO } from '../../shared/i18n/languages';
import { en } from '../../shared/i18n/locales/en';
import { pseudoText } from '../../shared/i18n/pseudo';
import { STAKEHOLDER_GROUPS, STATEMENT_KINDS } from '../../shared/model/session';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
const texts = (value: string | Plural): string[] =>
  typeof value === 'string' ? [value] : Object.values(value);

/**
 * Texts that are rightly the same as English in a language: codes and acronyms, placeholders only,
 * and words the language borrows. Anything else identical to English is an untranslated string.
 */
/** Punctuation and placeholder-only texts, the same in several languages. */
const NEUTRAL = [
  'common.listSeparator',
  'common.colon',
  'common.dateAndTime',
  'report.facts.timeWithZone',
  'duration.minutesWithHours',
  'display.size',
  // A format's own name.
  'fileType.md',
];
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  fr: [
    'menu.services',
    'report.facts.date',
    'report.facts.format',
    'report.people.affiliation',
    'report.people.participant',
    'brief.header.code',
    'brief.header.session',
    'brief.header.date',
    'brief.themesHeader.sessions',
    'brief.participationHeader.total',
    'brief.csv.type',
    'brief.csv.date',
    'report.poll.option',
    'report.poll.total',
    'web.online.session',
    'cli.summary.code',
    'cli.summary.format',
    'cli.summary.questions',
    'codes.kind.question',
    'codes.role.rapporteur',
    'report.cover.rapporteur',
    'cli.summary.rapporteur',
    'duration.minutes',
    'duration.minutesWithHours',
    'duration.hm',
    'duration.h',
    'duration.ms',
    'duration.m',
    'duration.s',
    'report.facts.timeWithZone',
    'cli.summary.minutes',
  ],
  es: [
    'common.no',
    'report.poll.total',
    'brief.participationHeader.total',
    'report.facts.timeWithZone',
    'duration.minutesWithHours',
    'duration.hm',
    'duration.h',
    'duration.ms',
    'duration.m',
    'duration.s',
    'cli.summary.minutes',
    'cli.error',
  ],
  ru: ['report.facts.timeWithZone', 'duration.minutesWithHours'],
  ar: ['report.facts.timeWithZone', 'duration.minutesWithHours'],
  zh: [],
};

describe('translations', () => {
  const english = new Map(leaves(en));

  for (const language of LANGUAGES) {
    const catalog = new Map(leaves(CATALOGS[language]));
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort();

    it(`${language}: has every key of English and no other`, () => {
      expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${language}: every count-dependent text has exactly the plural forms of the language`, () => {
      for (const [path, value] of english) {
        const own = catalog.get(path)!;
        expect(isPlural(own), path).toBe(isPlural(value));
        if (isPlural(own)) expect(Object.keys(own).sort(), path).toEqual(categories);
      }
    });

    it(`${language}: keeps the placeholders of English, and no text is empty`, () => {
      for (const [path, value] of english) {
        const wanted = new Set(texts(value).flatMap(placeholders));
        for (const text of texts(catalog.get(path)!)) {
          expect(text.trim(), path).not.toBe('');
          // A form may leave out {{count}} ("دقيقتان": two minutes), never invent another placeholder.
          for (const name of placeholders(text)) expect(wanted, `${path}: {{${name}}}`).toContain(name);
          for (const name of wanted) if (name !== 'count') expect(placeholders(text), path).toContain(name);
        }
      }
    });

    if (language !== 'en')
      it(`${language}: nothing is left in English`, () => {
        const same = [...english]
          .filter(([path, value]) => JSON.stringify(catalog.get(path)) === JSON.stringify(value))
          .map(([path]) => path)
          .filter((path) => !NEUTRAL.includes(path) && !(SAME_AS_ENGLISH[language] ?? []).includes(path));
        expect(same).toEqual([]);
      });
  }

  it('a namespace is never mistaken for a plural (no plain key named "other")', () => {
    const walk = (node: object, path: string): void => {
      for (const [key, value] of Object.entries(node)) {
        if (typeof value !== 'object') continue;
        const keys = Object.keys(value);
        if ('other' in value)
          expect(
            keys.every((k) => ['zero', 'one', 'two', 'few', 'many', 'other'].includes(k)),
            `${path}${key}`,
          ).toBe(true);
        else walk(value, `${path}${key}.`);
      }
    };
    for (const language of LANGUAGES) walk(CATALOGS[language], `${language}:`);
  });
});

describe('plural rules, through i18next', () => {
  it('Russian one / few / many', () => {
    const { t } = translator('ru');
    expect([1, 3, 5, 21, 22, 25].map((count) => t('brief.sessionCount', { count }))).toEqual([
      '1 сессия',
      '3 сессии',
      '5 сессий',
      '21 сессия',
      '22 сессии',
      '25 сессий',
    ]);
  });
  it('Arabic zero, one, two, few, many, other', () => {
    const { t } = translator('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => t('brief.sessionCount', { count }))).toEqual([
      'لا جلسات',
      'جلسة واحدة',
      'جلستان',
      '3 جلسات',
      '11 جلسة',
      '100 جلسة',
    ]);
  });
  it('English, French, Spanish and Chinese', () => {
    expect(translator('en').t('brief.sessionCount', { count: 1 })).toBe('1 session');
    expect(translator('en').t('brief.sessionCount', { count: 2 })).toBe('2 sessions');
    expect(translator('fr').t('brief.sessionCount', { count: 0 })).toBe('0 session');
    expect(translator('es').t('brief.sessionCount', { count: 1_000_000 })).toBe('1000000 de sesiones');
    expect(translator('zh').t('brief.sessionCount', { count: 2 })).toBe('2 场会议');
  });
});

describe('dates, numbers and durations by Intl', () => {
  it('formats a calendar date in each language, whatever the time zone', () => {
    const dates = LANGUAGES.map((l) => translator(l).format.date('2025-06-24'));
    expect(dates).toEqual([
      '24 يونيو 2025',
      '2025年6月24日',
      '24 June 2025',
      '24 juin 2025',
      '24 июня 2025 г.',
      '24 de junio de 2025',
    ]);
    expect(translator('en').format.date('not a date')).toBe('not a date');
  });
  it('numbers, percentages, lists and durations', () => {
    expect(translator('fr').format.number(1234567)).toBe('1\u202f234\u202f567');
    expect(translator('ru').format.percent(0.48)).toBe('48\u00a0%');
    expect(translator('en').format.list(['G7', 'G20', 'WSIS+20'])).toBe('G7, G20 and WSIS+20');
    expect(translator('en').format.duration(125)).toBe('2 min 05 s');
    expect(translator('ru').format.duration(3725)).toBe('1 ч 02 мин');
    expect(translator('zh').format.duration(45)).toBe('45 秒');
    expect(translator('ar').format.minutes(90)).toBe('90 دقيقة (1 س 30 د)');
    expect(translator('es').format.minutes(1)).toBe('1 minuto');
  });
  it('Arabic keeps Western digits, as the timer shows them', () => {
    expect(translator('ar').format.number(1234)).toBe('1,234');
    expect(translator('ar').format.date('2025-06-24')).toContain('2025');
  });
});

describe('code labels', () => {
  it('every code has a label in every language; other text is shown as written', () => {
    for (const language of LANGUAGES) {
      const tr = translator(language);
      for (const code of STAKEHOLDER_GROUPS)
        expect(codeLabel('stakeholder', code, tr)).not.toMatch(/^codes\./);
      for (const code of STATEMENT_KINDS)
        expect(codeLabel('kind', code, tr)).not.toBe(code === 'quote' ? '' : code);
      expect(codeLabel('stakeholder', 'Academia: youth.', tr)).toBe('Academia: youth.');
    }
    expect(codeLabel('stakeholder', 'civil-society', translator('ar'))).toBe('المجتمع المدني');
    expect(codeLabel('region', 'grulac', translator('zh'))).toBe('拉丁美洲和加勒比国家组（GRULAC）');
  });
});

describe('the pseudo-locale', () => {
  it('brackets every text, keeps placeholders and is at least 40% longer', () => {
    const pseudo = resources([PSEUDO])[PSEUDO]!.translation as unknown as Record<string, unknown>;
    const flat = (node: Record<string, unknown>): string[] =>
      Object.values(node).flatMap((v) => (typeof v === 'string' ? [v] : flat(v as Record<string, unknown>)));
    const all = flat(pseudo);
    expect(all.length).toBeGreaterThan(100);
    for (const text of all) expect(text).toMatch(/^\[[\s\S]*\]$/);
    const sample = pseudoText('Add {{count}} people to the queue');
    expect(sample).toContain('{{count}}');
    expect(sample.length).toBeGreaterThanOrEqual(Math.ceil('Add {{count}} people to the queue'.length * 1.3));
    for (const text of ['Speaking time', 'Add', 'Key takeaways', 'A much longer sentence about the session.'])
      expect(pseudoText(text).length).toBeGreaterThanOrEqual(Math.ceil(text.length * 1.4));
  });
});

describe('the system language', () => {
  it('picks the first of the six among the preferred locales, else English', () => {
    expect(matchLanguage(['fr-CA', 'en-US'])).toBe('fr');
    expect(matchLanguage(['de-DE', 'es-419'])).toBe('es');
    expect(matchLanguage(['ar_EG.UTF-8'])).toBe('ar');
    expect(matchLanguage(['zh-Hans-CN'])).toBe('zh');
    expect(matchLanguage(['zh-TW', 'ru'])).toBe('ru');
    expect(matchLanguage(['C', 'POSIX'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });
});
