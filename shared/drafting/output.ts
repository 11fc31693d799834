import { liveStatements, ordered, type Session } from '../model/session';
import type { ReportDrafts } from '../report/reportModel';
import type { SessionDraft } from './types';

/** The draft in the CLI's published shape (what scripts and the scorer read); keep it stable. */
export function draftJson(session: Session, draft: SessionDraft) {
  const byId = new Map(draft.statements.map((s) => [s.statementId, s]));
  return {
    questions: ordered(session.questions).map((q) => ({ id: q.id, text: q.text })),
    statements: liveStatements(session).map((s) => {
      const d = byId.get(s.id);
      return {
        id: s.id,
        suggestedQuestionIds: d?.questions.map((q) => q.questionId) ?? [],
        procedural: d?.procedural ?? false,
        confidence: d?.confidence ?? 0,
      };
    }),
    takeawayCandidates: draft.takeawayCandidates.map((c) => ({ text: c.text, statementId: c.statementId })),
    callToActionCandidates: draft.callToActionCandidates.map((c) => ({
      text: c.text,
      statementId: c.statementId,
    })),
    summaries: draft.summaries.map((s) => ({
      questionId: s.questionId,
      markdown: s.markdown,
      sourceStatementIds: s.sourceStatementIds,
    })),
  };
}

/** The drafted sections as Markdown, each marked as a draft. */
export function draftMarkdown(session: Session, draft: SessionDraft): string {
  const questions = ordered(session.questions);
  const lines = [`# Draft: ${session.facts.title || 'Untitled session'}`, ''];
  lines.push('## Key issues (draft)', '', draft.keyIssues.markdown || '_Nothing to draft yet._', '');
  lines.push('## Summary of the discussion (draft)', '');
  draft.summaries.forEach((s, i) => {
    lines.push(
      `### ${i + 1}. ${questions[i]?.text ?? ''}`.trim(),
      '',
      s.markdown || '_No statements yet._',
      '',
    );
  });
  const list = (title: string, items: SessionDraft['callToActionCandidates']) => {
    lines.push(`## ${title}`, '');
    if (!items.length) lines.push('_None found._');
    for (const c of items.slice(0, 12))
      lines.push(`- ${c.text}${c.addressee ? ` _(to ${c.addressee})_` : ''}`);
    lines.push('');
  };
  list('Call-to-action candidates', draft.callToActionCandidates);
  list('Key takeaway candidates', draft.takeawayCandidates);
  return lines.join('\n');
}

/** What the report writers need from a draft: summaries and key issues for sections not yet written. */
export const reportDrafts = (draft: SessionDraft): ReportDrafts => ({
  summaries: Object.fromEntries(
    draft.summaries.map((s) => [
      s.questionId,
      { markdown: s.markdown, sourceStatementIds: s.sourceStatementIds },
    ]),
  ),
  keyIssues: draft.keyIssues.markdown,
});
