import { live, type Role, type Session } from '../../../../shared/model/session';
import { useFieldNames } from './useFieldNames';
import { useT } from '../../i18n';
import { useOpenSession } from '../../state/SessionProvider';
import { AgendaEditor } from './AgendaEditor';
import { FactsForm } from './FactsForm';
import { ImportReview } from './ImportReview';
import { PeopleEditor } from './PeopleEditor';
import { QuestionsEditor } from './QuestionsEditor';

const hasRole = (session: Session, role: Role): boolean =>
  live(session.people).some((p) => p.roles.includes(role));

/** Whether a field the page import missed has been filled in since. */
function filled(session: Session, field: string): boolean {
  const { facts } = session;
  switch (field) {
    case 'title':
      return facts.title.trim() !== '';
    case 'code':
      return facts.code !== null;
    case 'year':
      return facts.year !== null || facts.date !== null;
    case 'themes':
      return facts.themes.length > 0;
    case 'format':
      return facts.format !== null;
    case 'durationMinutes':
      return facts.durationMinutes !== null;
    case 'policyQuestions':
      return live(session.questions).length > 0;
    case 'organizers':
      return hasRole(session, 'organizer');
    case 'speakers':
      return hasRole(session, 'speaker');
    case 'onsiteModerator':
    case 'onlineModerator':
    case 'rapporteur':
      return hasRole(session, field);
    default:
      return false;
  }
}

/** The Setup tab: everything about the session before it runs, all editable. */
export function SetupEditor() {
  const { t } = useT('setup');
  const { describe } = useFieldNames();
  const { session, change } = useOpenSession();
  const missing = session.importNotFound.filter((field) => !filled(session, field));
  return (
    <div className="setup">
      <h2 className="visually-hidden">{t('heading')}</h2>
      {missing.length > 0 && (
        <p className="notice setup-notice">{t('notFound', { fields: describe(missing) })}</p>
      )}
      <ImportReview session={session} change={change} />
      <FactsForm facts={session.facts} change={change} />
      <PeopleEditor session={session} change={change} />
      <QuestionsEditor session={session} change={change} />
      <AgendaEditor session={session} change={change} />
    </div>
  );
}
