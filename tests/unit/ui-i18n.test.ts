import { describe, expect, it } from 'vitest';
import { isPlural, leaves, type Plural } from '../../shared/i18n/catalog';
import { LANGUAGES, PSEUDO } from '../../shared/i18n/languages';
import { createUiI18n } from '../../renderer/src/i18n/instance';
import { NAMESPACES, type Namespace } from '../../renderer/src/i18n/registry';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
const texts = (value: string | Plural): string[] =>
  typeof value === 'string' ? [value] : Object.values(value);

/**
 * A text may equal English when nothing in it is a word to translate: placeholders, key names
 * (Ctrl+K, Alt+1, F1, Esc, Enter), numbers and punctuation. Anything else the same as English is
 * untranslated, unless listed here: a proper name, or a word the language uses as English does.
 */
const KEY_NAMES = /\b(?:Ctrl|Shift|Alt|Cmd|Esc|Enter|Tab|Space|Home|End|Delete|Backspace|F\d+|[A-Z])\b/g;
const nothingToTranslate = (text: string): boolean =>
  !/\p{L}{2,}/u.test(text.replace(/\{\{[^}]*\}\}/g, '').replace(KEY_NAMES, ''));
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  // The product's name is not translated.
  '*': ['app.name'],
  fr: [
    // French writes these words as English does.
    'sessions.heading',
    'sessions.view.back',
    'sessions.view.versions',
    'sessions.filters.type',
    'sessions.filters.forum',
    'sessions.filters.count',
    'sessions.versions.action',
    'setup.fieldNames.rapporteur',
    'setup.fieldNames.format',
    'setup.fieldNames.date',
    'setup.facts.code',
    'setup.facts.format',
    'setup.facts.date',
    'setup.facts.description',
    'setup.people.actions',
    'setup.people.affiliation',
    'setup.questions.name',
    'setup.agenda.minShort',
    'setup.agenda.minutes',
    'setup.reimport.fields.date',
    'setup.reimport.fields.format',
    'setup.reimport.fields.description',
    'capture.poll.votes',
    'capture.filter.question',
    'timer.floor.pause',
    'timer.floor.plusMinute',
    'timer.floor.minusMinute',
    'timer.run.action',
    'timer.turns.actions',
    'timer.undo.pause',
  ],
  es: [
    'report.participation.no',
    'setup.no',
    'setup.agenda.minShort',
    // "KB", the unit's symbol in Spanish and Chinese too.
    'sessions.versions.kilobytes',
    'timer.floor.plusMinute',
    'timer.floor.minusMinute',
    'timer.turns.useTime',
  ],
  ru: [],
  zh: ['sessions.versions.kilobytes'],
  ar: [],
};

const namespaces = Object.keys(NAMESPACES) as Namespace[];

describe('the screens speak six languages', () => {
  for (const ns of namespaces) {
    const english = new Map(leaves(NAMESPACES[ns].en));
    for (const language of LANGUAGES) {
      const catalog = new Map(leaves(NAMESPACES[ns][language]));
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort();

      it(`${ns}, ${language}: every key of English and no other`, () => {
        expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it(`${ns}, ${language}: a count-dependent text has exactly the language's plural forms`, () => {
        for (const [path, value] of english) {
          const own = catalog.get(path)!;
          expect(isPlural(own), path).toBe(isPlural(value));
          if (isPlural(own)) expect(Object.keys(own).sort(), path).toEqual(categories);
        }
      });

      it(`${ns}, ${language}: the same placeholders as English, and no empty text`, () => {
        for (const [path, value] of english) {
          const wanted = [...new Set(texts(value).flatMap(placeholders))].sort();
          for (const text of texts(catalog.get(path)!)) {
            expect(text.trim(), path).not.toBe('');
            const own = [...new Set(placeholders(text))].sort();
            // A plural form may say its number in words ("دقيقتان", two minutes) and leave out {{count}}.
            expect(
              own.filter((name) => name !== 'count'),
              path,
            ).toEqual(wanted.filter((name) => name !== 'count'));
            if (!isPlural(value) && wanted.includes('count')) expect(own, path).toContain('count');
          }
        }
      });

      if (language !== 'en')
        it(`${ns}, ${language}: nothing left in English`, () => {
          const allowed = [...SAME_AS_ENGLISH['*']!, ...(SAME_AS_ENGLISH[language] ?? [])];
          const same = [...english]
            .filter(([path, value]) => {
              const own = texts(catalog.get(path)!);
              return texts(value).some((text) => own.includes(text) && !nothingToTranslate(text));
            })
            .map(([path]) => `${ns}.${path}`)
            .filter((path) => !allowed.includes(path));
          expect(same).toEqual([]);
        });
    }
  }

  it('i18next finds every key of every namespace in every language, plurals included', () => {
    for (const language of [...LANGUAGES, PSEUDO] as const) {
      const i18n = createUiI18n(language);
      const t = i18n.t as unknown as (key: string, options?: object) => string;
      for (const ns of namespaces)
        for (const [path, value] of leaves(NAMESPACES[ns].en)) {
          const key = `${ns}:${path}`;
          const options = isPlural(value) ? { count: 3 } : {};
          expect(i18n.exists(key, options), `${language} ${key}`).toBe(true);
          const text = t(key, options);
          if (language === PSEUDO) expect(text, key).toMatch(/^\[.*\]$/s);
        }
    }
  });

  it('plurals pick the form the language rules ask for (Arabic zero, one, two, few, many, other)', () => {
    for (const language of ['ar', 'ru', 'fr'] as const) {
      const t = createUiI18n(language).t as unknown as (key: string, options?: object) => string;
      const rules = new Intl.PluralRules(language);
      for (const ns of namespaces)
        for (const [path, value] of leaves(NAMESPACES[ns].en)) {
          if (!isPlural(value)) continue;
          for (const count of [0, 1, 2, 3, 11, 100, 1_000_000])
            expect(t(`${ns}:${path}`, { count }), `${language} ${ns}:${path} ${count}`).toBe(
              t(`${ns}:${path}_${rules.select(count)}`, { count }),
            );
        }
    }
  });

  it('numbers in a text are written the language\u2019s way', () => {
    const text = (language: 'en' | 'fr' | 'ar' | 'es', count: number) =>
      (createUiI18n(language).t as unknown as (key: string, options?: object) => string)(
        'capture:transcript.import',
        {
          count,
        },
      );
    expect(text('en', 20000)).toBe('Import 20,000 turns');
    expect(text('fr', 20000)).toBe('Importer 20\u202f000 tours');
    expect(text('es', 20000)).toBe('Importar 20.000 turnos');
    expect(text('ar', 20000)).toBe('استيراد 20,000 مداخلة');
    expect(text('en', 1)).toBe('Import 1 turn');
  });
});
