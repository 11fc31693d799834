/**
 * The six UN languages the app, the report and the command line speak, and the pseudo-locale used to
 * find text that was never translated (every string bracketed and 40% longer).
 */
export const LANGUAGES = ['ar', 'zh', 'en', 'fr', 'ru', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A tag Intl accepts (English rules), as Android and Windows name their pseudo-locales. */
export const PSEUDO = 'en-XA';
export type UiLanguage = Language | typeof PSEUDO;
export const UI_LANGUAGES = [...LANGUAGES, PSEUDO] as const;

/** Each language in its own words, for the picker (a person looks for the name they read). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'العربية',
  zh: '中文（简体）',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

export const directionOf = (language: UiLanguage): 'rtl' | 'ltr' => (language === 'ar' ? 'rtl' : 'ltr');

/**
 * The tag Intl formats with: British English (the UN's: "24 June 2025"), Simplified Chinese, and
 * Western digits in Arabic so that times, counts and the timer read the same everywhere on a screen.
 */
export const INTL_LOCALE: Record<UiLanguage, string> = {
  ar: 'ar-u-nu-latn',
  zh: 'zh-Hans-CN',
  en: 'en-GB',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
  [PSEUDO]: 'en-GB',
};

/**
 * The first of the user's preferred locales ("fr-CA", "zh-Hans-CN", "ar_EG.UTF-8") that is one of the
 * six, else English. Traditional Chinese (zh-TW, zh-Hant) is not Simplified: it falls through.
 */
export function matchLanguage(locales: readonly string[]): Language {
  for (const raw of locales) {
    const tag = raw.split('.')[0]!.replace(/_/g, '-').toLowerCase();
    if (tag === 'c' || tag === 'posix' || tag === '') continue;
    if (/^zh-(?:hant|tw|hk|mo)\b/.test(tag)) continue;
    const base = tag.split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The product's name, the same in every language (menus, dialogs and messages fill it in as `{{app}}`). */
export const PRODUCT_NAME = 'Session Desk';

/** The language the screens speak: the one chosen, else the system's first of the six, else English. */
export const screensLanguage = (
  chosen: UiLanguage | null | undefined,
  systemLocales: readonly string[],
): UiLanguage => chosen ?? matchLanguage(systemLocales);
