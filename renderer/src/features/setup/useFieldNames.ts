import { useLanguage, useT } from '../../i18n';
import { setup as en } from '../../i18n/locales/en/setup';

type Field = keyof typeof en.fieldNames;
const isField = (field: string): field is Field => Object.hasOwn(en.fieldNames, field);

/**
 * The names of a session page's fields in the screen's language ('onsite moderator'), one by one or as
 * a list; a field this version does not know keeps the name the page import gives it.
 */
export function useFieldNames() {
  const { t } = useT('setup');
  const { format } = useLanguage();
  const name = (field: string): string => (isField(field) ? t(`fieldNames.${field}`) : field);
  return { name, describe: (fields: readonly string[]): string => format.list(fields.map(name)) };
}
