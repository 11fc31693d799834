import { EditorCard, MarkdownField, snippet } from './EditorCard';
import { useLanguage, useT } from '../../../i18n';
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
  const { t } = useT('report');
  const tr = useLanguage();
  const n = index + 1;
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
      !window.confirm(t('summaries.confirmReplace'))
    )
      return;
    put(draft.markdown, draft.sourceStatementIds);
  };
  return (
    <div className="summary-editor">
      {/* The question is isolated (FSI…PDI), so an English question keeps its order on an Arabic screen. */}
      <h4>{t('summaries.question', { n, text: `\u2068${question.text}\u2069` })}</h4>
      <MarkdownField
        label={t('summaries.label', { n })}
        value={summary?.markdown ?? ''}
        rows={6}
        onCommit={(value) =>
          put(
            value,
            summary?.sourceStatementIds.length ? summary.sourceStatementIds : draft.sourceStatementIds,
          )
        }
        placeholder={t(
          draft.sourceStatementIds.length ? 'summaries.placeholderDraft' : 'summaries.placeholderNone',
        )}
      />
      <div className="summary-actions">
        <button
          type="button"
          className="secondary small"
          onClick={fill}
          disabled={!draft.sourceStatementIds.length}
          aria-label={t('summaries.useDraftLabel', { n })}
          title={t('summaries.useDraftTitle')}
        >
          {t('summaries.useDraft')}
        </button>
        {!summary?.markdown.trim() && draft.sourceStatementIds.length > 0 && (
          <span className="doc-badge">{t('summaries.showsDraft')}</span>
        )}
      </div>
      {statements.length > 0 && (
        <details className="sources">
          <summary>{t('summaries.sources', { count: statements.length })}</summary>
          <ul>
            {statements.map((s) => (
              <li key={s.id} dir="auto">
                <span className="muted">
                  {speakerLabel(s.speakerId ? people.get(s.speakerId) : undefined, tr)}
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
  const { t } = useT('report');
  const questions = ordered(session.questions);
  return (
    <EditorCard
      id="summaries"
      title={t('summaries.title')}
      doc={doc}
      copyId="questions"
      hint={t('markdownHint')}
    >
      {questions.length === 0 && <p className="muted">{t('summaries.noQuestions')}</p>}
      {questions.map((q, i) => (
        <SummaryEditor key={q.id} session={session} question={q} index={i} change={change} drafts={drafts} />
      ))}
    </EditorCard>
  );
}
