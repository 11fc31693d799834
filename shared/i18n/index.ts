import i18next, { type i18n, type TFunction } from 'i18next';
import { toResource, type Catalog } from './catalog';
import { directionOf, INTL_LOCALE, LANGUAGES, PSEUDO, type Language, type UiLanguage } from './languages';
import { ar } from './locales/ar';
import { en } from './locales/en';
import { es } from './locales/es';
import { fr } from './locales/fr';
import { ru } from './locales/ru';
import { zh } from './locales/zh';
import { pseudoCatalog } from './pseudo';
import * as intl from './intl';

/**
 * Translations for the interface, the report and the command line, through i18next (plural rules from
 * Intl.PluralRules, nesting, interpolation). Dates, times, numbers and durations are formatted by Intl
 * for the language. Pure: no DOM, no Node; the renderer wraps the same instance in react-i18next.
 */
export type Messages = Catalog<typeof en>;
export const CATALOGS: Record<Language, Messages> = { ar, zh, en, fr, ru, es };

type Resources = Partial<Record<UiLanguage, { translation: ReturnType<typeof toResource<typeof en>> }>>;

const catalogOf = (language: UiLanguage): Messages =>
  language === PSEUDO ? pseudoCatalog<typeof en>(en) : CATALOGS[language];

/** i18next resources for `languages` (default: all six and the pseudo-locale). */
export const resources = (languages: readonly UiLanguage[] = [...LANGUAGES, PSEUDO]): Resources =>
  Object.fromEntries(
    languages.map((language) => [language, { translation: toResource<typeof en>(catalogOf(language)) }]),
  );

/** A started i18next instance in `language`; synchronous, since every catalog is bundled. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    // A missing key would show English rather than the key; the key-coverage test keeps it from happening.
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES, PSEUDO],
    // Only the language and its fallback: a process that writes one report need not build all seven.
    resources: resources(language === 'en' ? ['en'] : [language, 'en']),
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

export interface Formats {
  /** "2025-06-24" (a calendar date, no time zone) → "24 June 2025", "2025年6月24日"… */
  date(isoDate: string): string;
  /** A moment in the user's time zone: "14:05". */
  time(ms: number): string;
  dateTime(ms: number): string;
  number(n: number): string;
  /** 0.48 → "48%" (Arabic "48٪", French "48 %"). */
  percent(share: number, fractionDigits?: number): string;
  /** ["a", "b", "c"] → "a, b and c" in the language's own way. */
  list(items: readonly string[]): string;
  /** Seconds spoken → "2 min 05 s", "1 h 05 min". */
  duration(seconds: number): string;
  /** "90 minutes", with hours when over an hour: "90 minutes (1 h 30 min)". */
  minutes(minutes: number): string;
}

export function formatsFor(language: UiLanguage, t: TFunction = createI18n(language).t): Formats {
  const locale = INTL_LOCALE[language];
  // Each formatter is built on first use (building one loads locale data) and shared by every caller.
  const dateFormat = () => intl.dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const timeFormat = () => intl.dateTimeFormat(locale, { timeStyle: 'short' });
  const dateTimeFormat = () => intl.dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numberFormat = () => intl.numberFormat(locale);
  const twoDigits = () => intl.numberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const two = { format: (value: number) => twoDigits().format(value) };
  const n = (value: number) => numberFormat().format(value);
  const hm = (total: number): string => {
    const hours = Math.floor(total / 60);
    const rest = total % 60;
    return rest ? t('duration.hm', { h: n(hours), mm: two.format(rest) }) : t('duration.h', { h: n(hours) });
  };
  return {
    date: (isoDate) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
      const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
      return Number.isFinite(ms) ? dateFormat().format(ms) : isoDate;
    },
    time: (ms) => timeFormat().format(ms),
    dateTime: (ms) => dateTimeFormat().format(ms),
    number: n,
    percent: (share, fractionDigits = 0) =>
      intl.numberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(share),
    list: (items) => intl.listFormat(locale, { type: 'conjunction' }).format(items),
    duration: (seconds) => {
      const total = Math.max(0, Math.round(seconds));
      const hours = Math.floor(total / 3600);
      const minutes = Math.floor((total % 3600) / 60);
      const secs = total % 60;
      if (hours) return t('duration.hm', { h: n(hours), mm: two.format(minutes) });
      if (minutes)
        return secs
          ? t('duration.ms', { m: n(minutes), ss: two.format(secs) })
          : t('duration.m', { m: n(minutes) });
      return t('duration.s', { s: n(secs) });
    },
    minutes: (minutes) => {
      const text = t('duration.minutes', { count: minutes });
      return minutes < 60 ? text : t('duration.minutesWithHours', { minutes: text, hours: hm(minutes) });
    },
  };
}

/** What the report and the CLI write with: the language, its direction, its texts and its formats. */
export interface Translator {
  language: UiLanguage;
  dir: 'ltr' | 'rtl';
  t: TFunction;
  format: Formats;
}

const cache = new Map<UiLanguage, Translator>();

export function translator(language: UiLanguage = 'en'): Translator {
  let found = cache.get(language);
  if (!found) {
    const instance = createI18n(language);
    found = {
      language,
      dir: directionOf(language),
      t: instance.t,
      format: formatsFor(language, instance.t),
    };
    cache.set(language, found);
  }
  return found;
}

export { LANGUAGES, PRODUCT_NAME, PSEUDO, type Language, type UiLanguage } from './languages';
