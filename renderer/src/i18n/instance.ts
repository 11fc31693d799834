/** The i18next instance of a window, built from the shared and the screens' catalogs. */
import i18next, { type i18n } from 'i18next';
import { toResource } from '../../../shared/i18n/catalog';
import { resources as sharedResources } from '../../../shared/i18n';
import { INTL_LOCALE, LANGUAGES, PSEUDO, type UiLanguage } from '../../../shared/i18n/languages';
import { pseudoCatalog } from '../../../shared/i18n/pseudo';
import { numberFormat } from '../../../shared/i18n/intl';
import { NAMESPACES, type Namespace } from './registry';

const catalogIn = (ns: Namespace, language: UiLanguage): object => {
  const catalogs = NAMESPACES[ns] as Record<string, object>;
  return language === PSEUDO ? pseudoCatalog(catalogs.en!) : catalogs[language]!;
};

/** Every namespace of every language (and the pseudo-locale), as i18next resources. */
export function uiResources(): Record<string, Record<string, object>> {
  const shared = sharedResources() as Record<string, Record<string, object>>;
  const out: Record<string, Record<string, object>> = {};
  for (const language of [...LANGUAGES, PSEUDO] as UiLanguage[]) {
    out[language] = { ...shared[language] };
    for (const ns of Object.keys(NAMESPACES) as Namespace[])
      out[language]![ns] = toResource(catalogIn(ns, language));
  }
  return out;
}

/** A number placed in a text is written the language's way: "20,000", "20 000", "20.000". */
const formatValue = (value: unknown, _format: string | undefined, lng: string | undefined): unknown => {
  if (typeof value !== 'number') return value;
  const locale = INTL_LOCALE[(lng ?? 'en') as UiLanguage] ?? 'en-GB';
  return numberFormat(locale).format(value);
};

/** One i18next instance per window, every catalog bundled: a language change is immediate. */
export function createUiI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES, PSEUDO],
    ns: ['translation', ...Object.keys(NAMESPACES)],
    defaultNS: 'translation',
    resources: uiResources(),
    initAsync: false,
    // React escapes what it renders; escaping here too would show &amp; in names.
    interpolation: { escapeValue: false, alwaysFormat: true },
    react: { useSuspense: false },
  });
  // With alwaysFormat the interpolator passes every value to its `format`; i18next's own formatter
  // only knows named formats ({{n, number}}), so every plain number goes through Intl here instead.
  const interpolator = instance.services.interpolator as unknown as {
    format: (value: unknown, format: string | undefined, lng: string | undefined) => unknown;
  };
  const named = interpolator.format.bind(interpolator);
  interpolator.format = (value, format, lng) =>
    format ? named(value, format, lng) : formatValue(value, format, lng);
  return instance;
}
