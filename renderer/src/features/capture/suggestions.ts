import type { StatementSuggestion, SuggestionReason } from '../../../../shared/drafting/types';
import type { Change } from '../../../../shared/model/changes';
import { draftOf } from '../../../../shared/model/records';
import type { Statement } from '../../../../shared/model/session';

/** Why a question is suggested, in the words the chip's tooltip shows. */
export function reasonText(reasons: readonly SuggestionReason[]): string {
  const parts = reasons.map((r) => {
    switch (r.kind) {
      case 'terms':
        return `words: ${r.terms.join(', ')}`;
      case 'segment':
        return `agenda: ${r.title}`;
      case 'thread':
        return 'continues the thread before it';
      case 'transition':
        return `announced: “${r.phrase}”`;
      case 'tagged-like':
        return `like ${r.count} statement${r.count === 1 ? '' : 's'} you tagged`;
    }
  });
  return parts.join(' · ');
}

/** A suggestion that can be accepted: the statement is untagged and the drafting names a question. */
export const acceptable = (s: Statement, suggestion: StatementSuggestion | undefined): boolean =>
  !!suggestion && !suggestion.procedural && suggestion.questions.length > 0 && s.questionIds.length === 0;

/** The changes that accept, in one step, every top suggestion at or above `threshold` (0–1). */
export function acceptAllChanges(
  statements: readonly Statement[],
  suggestions: ReadonlyMap<string, StatementSuggestion>,
  threshold: number,
): Change[] {
  const changes: Change[] = [];
  for (const s of statements) {
    const suggestion = suggestions.get(s.id);
    if (!acceptable(s, suggestion) || suggestion!.confidence < threshold) continue;
    changes.push({
      type: 'statement.put',
      statement: { ...draftOf(s), questionIds: [suggestion!.questions[0]!.questionId] },
    });
  }
  return changes;
}
