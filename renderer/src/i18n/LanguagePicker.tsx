import { LANGUAGE_NAMES, LANGUAGES, PSEUDO, type UiLanguage } from '../../../shared/i18n/languages';
import { usePreferences } from '../state/usePreferences';
import { useLanguage, useT } from './I18nProvider';

const SYSTEM = 'system';

/**
 * The screens' language: the system's by default, else one of the six, each in its own name (a person
 * looks for the name they read). The same choice as View › Language in the menu.
 */
export function LanguagePicker({ pseudo = false }: { pseudo?: boolean }) {
  const { t } = useT('app');
  const { chosen, system } = useLanguage();
  const { save } = usePreferences();
  const systemName = system === PSEUDO ? PSEUDO : LANGUAGE_NAMES[system];
  return (
    <label className="language-picker">
      {t('language.label')}
      <select
        value={chosen ?? SYSTEM}
        onChange={(e) => {
          const next = e.target.value;
          void save({ language: next === SYSTEM ? null : (next as UiLanguage) });
        }}
      >
        <option value={SYSTEM}>{t('language.system', { language: systemName })}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
        {(pseudo || chosen === PSEUDO) && <option value={PSEUDO}>{t('language.pseudo')}</option>}
      </select>
    </label>
  );
}
