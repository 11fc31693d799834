import type { StatementSuggestion } from '../../../../shared/drafting/types';
import type { Statement } from '../../../../shared/model/session';
import { acceptable, reasonText } from './suggestions';

/**
 * Ghost chips on an unsettled statement: the suggested questions, best first, with why on hover, or
 * "no question" for procedure. A click (or Alt+Y on the selected statement) accepts; nothing is
 * applied before that. `accept(null)` stores the "no question" verdict.
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
  accept: (questionId: string | null) => void;
}) {
  if (!suggestion || !acceptable(statement, suggestion)) return null;
  if (suggestion.procedural) {
    const percent = Math.round(suggestion.confidence * 100);
    return (
      <button
        type="button"
        className="ghost-chip procedural"
        title={`Reads as procedure (${suggestion.proceduralReason ?? 'no content'}), ${percent}%. Click to mark it “no question”.`}
        aria-label={`Accept suggestion: no question (${percent}%)`}
        onClick={(e) => {
          e.stopPropagation();
          accept(null);
        }}
      >
        no question? <span className="ghost-percent">{percent}%</span>
      </button>
    );
  }
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
