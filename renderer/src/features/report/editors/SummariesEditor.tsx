import { EditorCard, MarkdownField, MARKDOWN_HINT, snippet } from './EditorCard';
import { newId } from '../../../../../shared/model/factory';
import {
  liveStatements,
  ordered,
  type PolicyQuestion,
  type Session,
} from '../../../../../shared/model/session';
import { speakerLabel } from '../../../../../shared/report/drafting';
import {
  formatOffset,
  type ReportDocument,
  type ReportDrafts,
} from '../../../../../shared/report/reportModel';
import type { ChangeFn } from '../useReportChange';

function SummaryEditor({
  session,
  question,
  index,
  change,
  drafts,
}: {
  session: Session;
  question: PolicyQuestion;
  index: number;
  change: ChangeFn;
  drafts: ReportDrafts | undefined;
}) {
  const summary = session.summaries.find((s) => s.questionId === question.id && s.deletedAt === null);
  const draft = drafts?.summaries[question.id] ?? { markdown: '', sourceStatementIds: [] };
  const put = (markdown: string, sourceStatementIds: string[]) =>
    change([
      {
        type: 'summary.put',
        summary: { id: summary?.id ?? newId(), questionId: question.id, markdown, sourceStatementIds },
      },
    ]);
  const sources = new Set(
    summary?.sourceStatementIds.length ? summary.sourceStatementIds : draft.sourceStatementIds,
  );
  const statements = liveStatements(session).filter((s) => sources.has(s.id));
  const people = new Map(session.people.map((p) => [p.id, p]));
  const fill = () => {
    if (
      summary?.markdown.trim() &&
      summary.markdown !== draft.markdown &&
      !window.confirm('Replace the summary you wrote with the new draft from the statements?')
    )
      return;
    put(draft.markdown, draft.sourceStatementIds);
  };
  return (
    <div className="summary-editor">
      <h4>
        Question {index + 1}: {question.text}
      </h4>
      <MarkdownField
        label={`Summary for question ${index + 1}`}
        value={summary?.markdown ?? ''}
        rows={6}
        onCommit={(value) =>
          put(
            value,
            summary?.sourceStatementIds.length ? summary.sourceStatementIds : draft.sourceStatementIds,
          )
        }
        placeholder={
          draft.sourceStatementIds.length
            ? 'Not written yet: the report shows a draft from the tagged statements.'
            : 'No statements are tagged to this question yet.'
        }
      />
      <div className="summary-actions">
        <button
          type="button"
          className="secondary small"
          onClick={fill}
          disabled={!draft.sourceStatementIds.length}
          aria-label={`Use the draft for question ${index + 1}`}
          title="Copies the draft into the summary: it is then yours, and no longer marked as a draft"
        >
          Use the draft
        </button>
        {!summary?.markdown.trim() && draft.sourceStatementIds.length > 0 && (
          <span className="badge">Report shows the draft, marked as a draft</span>
        )}
      </div>
      {statements.length > 0 && (
        <details className="sources">
          <summary>
            Sources: {statements.length} statement{statements.length === 1 ? '' : 's'}
          </summary>
          <ul>
            {statements.map((s) => (
              <li key={s.id}>
                <span className="muted">
                  {speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined)}
                  {formatOffset(s.offsetSeconds) ? ` · ${formatOffset(s.offsetSeconds)}` : ''}:
                </span>{' '}
                {snippet(s.text)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function SummariesEditor({
  session,
  change,
  doc,
  drafts,
}: {
  session: Session;
  change: ChangeFn;
  doc: ReportDocument;
  drafts: ReportDrafts | undefined;
}) {
  const questions = ordered(session.questions);
  return (
    <EditorCard
      id="summaries"
      title="Summary of the discussion"
      doc={doc}
      copyId="questions"
      hint={MARKDOWN_HINT}
    >
      {questions.length === 0 && <p className="muted">No policy questions yet; add them in Setup.</p>}
      {questions.map((q, i) => (
        <SummaryEditor key={q.id} session={session} question={q} index={i} change={change} drafts={drafts} />
      ))}
    </EditorCard>
  );
}
