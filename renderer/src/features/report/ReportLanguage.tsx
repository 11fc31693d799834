import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from '../../../../shared/i18n/languages';
import type { Session } from '../../../../shared/model/session';
import type { ChangeFn } from './useReportChange';
import { useT } from '../../i18n';

/**
 * The language the report is written in (headings, labels, the participation section, draft marks),
 * chosen by the organizer for this session and kept in its file; the screens keep their own language.
 */
export function ReportLanguage({ session, change }: { session: Session; change: ChangeFn }) {
  const { t } = useT('report');
  const value = session.report.language ?? 'en';
  return (
    <label className="report-language">
      {t('language')}
      <select
        value={value}
        onChange={(e) => {
          const next = e.target.value;
          if (isLanguage(next)) change([{ type: 'report.update', patch: { language: next } }]);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </label>
  );
}
