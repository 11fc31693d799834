import type { StatementSuggestion } from '../../../../shared/drafting/types';
import type { Statement } from '../../../../shared/model/session';
import { useLanguage, useT } from '../../i18n';
import { acceptable, cueText, reasonText } from './suggestions';

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
  const { t } = useT('capture');
  const { format } = useLanguage();
  if (!suggestion || !acceptable(statement, suggestion)) return null;
  if (suggestion.procedural) {
    const percent = format.percent(suggestion.confidence);
    return (
      <button
        type="button"
        className="ghost-chip procedural"
        title={t('suggest.procedural', {
          reason: cueText(suggestion.proceduralReason, t),
          percent,
        })}
        aria-label={t('suggest.noQuestionLabel', { percent })}
        onClick={(e) => {
          e.stopPropagation();
          accept(null);
        }}
      >
        {t('suggest.noQuestion')} <span className="ghost-percent">{percent}</span>
      </button>
    );
  }
  return (
    <>
      {suggestion.questions.map((q, i) => {
        const n = questionNumber.get(q.questionId);
        if (n === undefined) return null;
        const percent = format.percent(q.confidence);
        const why = reasonText(q.reasons, t, format.list) || t('suggest.around');
        return (
          <button
            key={q.questionId}
            type="button"
            className={`ghost-chip${i === 0 ? ' top' : ''}`}
            title={t('suggest.chipTitle', { percent, why })}
            aria-label={t('suggest.chipLabel', { n, percent })}
            onClick={(e) => {
              e.stopPropagation();
              accept(q.questionId);
            }}
          >
            Q{n}? <span className="ghost-percent">{percent}</span>
          </button>
        );
      })}
    </>
  );
}
