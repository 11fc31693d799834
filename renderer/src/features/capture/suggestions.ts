import {
  MARKED_NO_QUESTION,
  type StatementSuggestion,
  type SuggestionReason,
} from '../../../../shared/drafting/types';
import type { Change } from '../../../../shared/model/changes';
import { draftOf } from '../../../../shared/model/records';
import { changedRecords } from '../../../../shared/capture/statementIndex';
import { markedNoQuestion, type Statement } from '../../../../shared/model/session';
import type { TFor } from '../../i18n';

/** Why a question is suggested, in the words the chip's tooltip shows. */
export function reasonText(
  reasons: readonly SuggestionReason[],
  t: TFor<'capture'>,
  list: (items: readonly string[]) => string,
): string {
  const parts = reasons.map((r) => {
    switch (r.kind) {
      case 'terms':
        return t('suggest.reason.terms', { terms: list(r.terms) });
      case 'segment':
        return t('suggest.reason.segment', { title: r.title });
      case 'thread':
        return t('suggest.reason.thread');
      case 'transition':
        return t('suggest.reason.transition', { phrase: r.phrase });
      case 'tagged-like':
        return t('suggest.reason.taggedLike', { count: r.count });
    }
  });
  return parts.join(' · ');
}

/** The drafting's procedural cues (shared/drafting/procedural), by the key of their words. */
const CUES = {
  greeting: 'greeting',
  thanks: 'thanks',
  floor: 'floor',
  time: 'time',
  'audio or video': 'audioVideo',
  logistics: 'logistics',
  introduction: 'introduction',
  closing: 'closing',
  'stage direction': 'stageDirection',
  'run of show': 'runOfShow',
  [MARKED_NO_QUESTION]: 'markedNoQuestion',
} as const;

/** Why a statement reads as procedure, in the screen's language; a cue these screens do not know, as given. */
export function cueText(reason: string | null, t: TFor<'capture'>): string {
  if (reason === null || reason === 'no content') return t('suggest.noContent');
  const key = (CUES as Record<string, (typeof CUES)[keyof typeof CUES]>)[reason];
  return key ? t(`suggest.cue.${key}`) : reason;
}

/** A suggestion that can be accepted: the statement is not yet settled and the drafting names a question or "no question". */
export const acceptable = (s: Statement, suggestion: StatementSuggestion | undefined): boolean =>
  !!suggestion &&
  s.questionIds.length === 0 &&
  !markedNoQuestion(s) &&
  (suggestion.procedural || suggestion.questions.length > 0);

/** What accepting the top suggestion sets on the statement: its question, or the "no question" verdict. */
export function accepted(suggestion: StatementSuggestion): Pick<Statement, 'questionIds' | 'noQuestion'> {
  return suggestion.procedural
    ? { questionIds: [], noQuestion: true }
    : { questionIds: [suggestion.questions[0]!.questionId], noQuestion: false };
}

/** How many live statements have a suggestion that can be accepted, and how many reach the threshold. */
export interface SuggestionCounts {
  /** The `session.statements` array counted (tombstones included, not counted). */
  source: readonly Statement[];
  suggestions: ReadonlyMap<string, StatementSuggestion>;
  threshold: number;
  open: number;
  ready: number;
}

/**
 * `previous` brought up to `statements`: only the statements that changed are looked at, unless the
 * suggestions or the threshold changed (a new draft, once the rapporteur pauses), which recounts.
 */
export function suggestionCounts(
  previous: SuggestionCounts | null,
  statements: readonly Statement[],
  suggestions: ReadonlyMap<string, StatementSuggestion>,
  threshold: number,
): SuggestionCounts {
  if (
    previous?.source === statements &&
    previous.suggestions === suggestions &&
    previous.threshold === threshold
  )
    return previous;
  const same = previous && previous.suggestions === suggestions && previous.threshold === threshold;
  const changed = same ? changedRecords(previous.source, statements) : null;
  let open = changed ? previous!.open : 0;
  let ready = changed ? previous!.ready : 0;
  const count = (s: Statement | undefined, sign: 1 | -1) => {
    if (!s || s.deletedAt !== null) return;
    const suggestion = suggestions.get(s.id);
    if (!acceptable(s, suggestion)) return;
    open += sign;
    if (suggestion!.confidence >= threshold) ready += sign;
  };
  if (changed)
    for (const [before, after] of changed) {
      count(before, -1);
      count(after, 1);
    }
  else if (suggestions.size > 0) for (const s of statements) count(s, 1);
  return { source: statements, suggestions, threshold, open, ready };
}

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
    changes.push({ type: 'statement.put', statement: { ...draftOf(s), ...accepted(suggestion!) } });
  }
  return changes;
}
