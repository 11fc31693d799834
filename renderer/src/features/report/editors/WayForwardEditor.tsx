import { EditorCard, MarkdownField, MARKDOWN_HINT, snippet } from './EditorCard';
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
  const groups = followUpsByForum(session, preferences.fora);
  const people = new Map(session.people.map((p) => [p.id, p]));
  return (
    <EditorCard
      id="way-forward"
      title="Way forward and follow-up"
      doc={doc}
      copyId="way-forward"
      hint={MARKDOWN_HINT}
    >
      <MarkdownField
        label="Way forward (your text)"
        value={session.report.wayForward}
        onCommit={(wayForward) => change([{ type: 'report.update', patch: { wayForward } }])}
      />
      <h4>Recommendations by follow-up forum</h4>
      {groups.length === 0 ? (
        <p className="muted">
          No recommendations or commitments yet. Statements marked as such, or addressed to a forum while
          capturing, are listed here and in the report.
        </p>
      ) : (
        groups.map((g) => (
          <div key={g.forum} className="forum-group">
            <h5>{g.forum === NO_FORUM ? 'Without a named forum' : g.forum}</h5>
            <ul>
              {g.statements.map((s) => (
                <li key={s.id}>
                  {snippet(s.text, 200)}{' '}
                  <span className="muted">
                    — {speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined)}
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
