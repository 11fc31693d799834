import 'i18next';
import type { Resource } from './catalog';
import type { en } from './locales/en';

/** Types every `t('…')` call against the English catalog: an unknown key fails the type check. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resource<typeof en> };
  }
}
