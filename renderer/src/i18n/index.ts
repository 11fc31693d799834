/**
 * The screens' languages: i18next through react-i18next, over the catalogs of shared/i18n (codes,
 * durations, common words: namespace `translation`) and the screens' own namespaces (registry.ts).
 *
 * Using it in a component:
 *   const { t } = useT('capture');            // keys typed against locales/en/capture.ts
 *   t('help.title'); t('list.count', { count }) // a plural picks _one/_other (Arabic zero…many too)
 *   const { tr, format, dir } = useLanguage(); // codeLabel(list, code, tr), format.number(n), 'rtl'
 *
 * Adding a namespace (say `report`):
 *   1. locales/en/report.ts: `export const report = { … }` (English, the source);
 *   2. locales/<ar|zh|fr|ru|es>/report.ts: `export const report: Catalog<typeof en> = { … }`
 *      (`import type { report as en } from '../en/report'`): a missing key is a type error;
 *   3. registry.ts: the six imports and one line in NAMESPACES.
 * The key-coverage test (tests/unit/ui-i18n.test.ts) then checks every language of it, with no edit.
 */
export { createUiI18n, uiResources } from './instance';
export { I18nProvider, systemLanguage, useLanguage, useT, type TFor } from './I18nProvider';
export { LanguagePicker } from './LanguagePicker';
export { NAMESPACES, type Namespace } from './registry';
