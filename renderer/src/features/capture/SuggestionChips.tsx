import type { StatementSuggestion } from '../../../../shared/drafting/types';
import type { Statement } from '../../../../shared/model/session';
import { reasonText } from './suggestions';

/**
 * Ghost chips on an untagged statement: the suggested questions, best first, with why on hover, or
 * "no question" for procedure. A click (or Alt+Y on the selected statement) accepts; nothing is
 * applied before that.
 */
export function SuggestionChips({
  statement,
  suggestion,
  questionNumber,
  accept,
}: {
  statement: Statement;
  suggestion: StatementSuggestion | undefined;
  questionNumber: ReadonlyMap<string, number>;
  accept: (questionId: string) => void;
}) {
  if (!suggestion || statement.questionIds.length) return null;
  if (suggestion.procedural)
    return (
      <span
        className="ghost-chip procedural"
        title={`Reads as procedure (${suggestion.proceduralReason ?? 'no content'})`}
      >
        no question
      </span>
    );
  return (
    <>
      {suggestion.questions.map((q, i) => {
        const n = questionNumber.get(q.questionId);
        if (n === undefined) return null;
        const percent = Math.round(q.confidence * 100);
        return (
          <button
            key={q.questionId}
            type="button"
            className={`ghost-chip${i === 0 ? ' top' : ''}`}
            title={`Suggested, ${percent}%: ${reasonText(q.reasons) || 'the discussion around it'}. Click to tag.`}
            aria-label={`Accept suggested question ${n} (${percent}%)`}
            onClick={(e) => {
              e.stopPropagation();
              accept(q.questionId);
            }}
          >
            Q{n}? <span className="ghost-percent">{percent}%</span>
          </button>
        );
      })}
    </>
  );
}
