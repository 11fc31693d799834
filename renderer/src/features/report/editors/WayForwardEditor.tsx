import { EditorCard, MarkdownField, snippet } from './EditorCard';
import { useLanguage, useT } from '../../../i18n';
import type { Preferences } from '../../../../../shared/model/preferences';
import { type Session } from '../../../../../shared/model/session';
import { followUpsByForum, NO_FORUM, speakerLabel } from '../../../../../shared/report/drafting';
import { type ReportDocument } from '../../../../../shared/report/reportModel';
import type { ChangeFn } from '../useReportChange';

export function WayForwardEditor({
  session,
  change,
  doc,
  preferences,
}: {
  session: Session;
  change: ChangeFn;
  doc: ReportDocument;
  preferences: Preferences;
}) {
  const { t } = useT('report');
  const tr = useLanguage();
  const groups = followUpsByForum(session, preferences.fora);
  const people = new Map(session.people.map((p) => [p.id, p]));
  return (
    <EditorCard
      id="way-forward"
      title={t('wayForward.title')}
      doc={doc}
      copyId="way-forward"
      hint={t('markdownHint')}
    >
      <MarkdownField
        label={t('wayForward.label')}
        value={session.report.wayForward}
        onCommit={(wayForward) => change([{ type: 'report.update', patch: { wayForward } }])}
      />
      <h4>{t('wayForward.byForum')}</h4>
      {groups.length === 0 ? (
        <p className="muted">{t('wayForward.none')}</p>
      ) : (
        groups.map((g) => (
          <div key={g.forum} className="forum-group">
            <h5 dir="auto">{g.forum === NO_FORUM ? t('wayForward.noForum') : g.forum}</h5>
            <ul>
              {g.statements.map((s) => (
                <li key={s.id} dir="auto">
                  {snippet(s.text, 200)}{' '}
                  <span className="muted">
                    — {speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined, tr)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </EditorCard>
  );
}
