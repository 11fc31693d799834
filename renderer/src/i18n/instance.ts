/** The i18next instance of a window, built from the shared and the screens' catalogs. */
import i18next, { type i18n } from 'i18next';
import { toResource } from '../../../shared/i18n/catalog';
import { resources as sharedResources } from '../../../shared/i18n';
import { LANGUAGES, PSEUDO, type UiLanguage } from '../../../shared/i18n/languages';
import { pseudoCatalog } from '../../../shared/i18n/pseudo';
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
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
