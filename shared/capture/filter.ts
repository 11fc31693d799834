import {
  markedNoQuestion,
  type Person,
  type PolicyQuestion,
  type Statement,
  type StatementKind,
} from '../model/session';

/** What the rapporteur narrows the list to; every field empty means "everything". */
export interface StatementFilter {
  /**
   * A policy question id, `untagged` for statements still to tag (under no question and not marked
   * "no question"), or '' for any.
   */
  question: string;
  /** A person id, `none` for unattributed statements, or '' for any. */
  speaker: string;
  kind: StatementKind | '';
  forum: string;
  starredOnly: boolean;
  text: string;
}

export const UNTAGGED = 'untagged';
export const NO_SPEAKER = 'none';

export const EMPTY_FILTER: StatementFilter = {
  question: '',
  speaker: '',
  kind: '',
  forum: '',
  starredOnly: false,
  text: '',
};

export const isFiltering = (f: StatementFilter): boolean =>
  f.question !== '' ||
  f.speaker !== '' ||
  f.kind !== '' ||
  f.forum !== '' ||
  f.starredOnly ||
  f.text.trim() !== '';

/** Lower case without accents or repeated spaces, so "Inês" is found by "ines". */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');

/**
 * Statements that pass every part of the filter, in the order given. Free text matches all of its
 * words anywhere in the statement's text, its speaker's name, its poll or its fora.
 */
export function filterStatements(
  statements: readonly Statement[],
  filter: StatementFilter,
  peopleById: ReadonlyMap<string, Pick<Person, 'name'>>,
): Statement[] {
  if (!isFiltering(filter)) return statements.slice();
  const words = fold(filter.text).split(' ').filter(Boolean);
  return statements.filter((s) => {
    if (
      filter.question === UNTAGGED
        ? s.questionIds.length > 0 || markedNoQuestion(s)
        : filter.question && !s.questionIds.includes(filter.question)
    )
      return false;
    if (
      filter.speaker === NO_SPEAKER ? s.speakerId !== null : filter.speaker && s.speakerId !== filter.speaker
    )
      return false;
    if (filter.kind && s.kind !== filter.kind) return false;
    if (filter.forum && !s.fora.includes(filter.forum)) return false;
    if (filter.starredOnly && !s.starred) return false;
    if (words.length > 0) {
      const speaker = s.speakerId ? (peopleById.get(s.speakerId)?.name ?? '') : '';
      const poll = s.poll ? [s.poll.question, ...s.poll.options.map((o) => o.label)].join(' ') : '';
      const hay = fold([s.text, speaker, poll, s.fora.join(' '), s.kind].join(' '));
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

/** How many statements each policy question holds (0 included), and how many are still to tag. */
export function questionCounts(
  statements: readonly Statement[],
  questions: readonly Pick<PolicyQuestion, 'id'>[],
): { byQuestion: Map<string, number>; untagged: number } {
  const byQuestion = new Map(questions.map((q) => [q.id, 0]));
  let untagged = 0;
  for (const s of statements) untagged += countInto(byQuestion, s, 1);
  return { byQuestion, untagged };
}

/**
 * Adds (`sign` 1) or takes away (-1) one statement's share of the counts in `byQuestion` (known
 * questions only) and returns its share of the untagged count: 1 when it names no known question and
 * is not marked "no question" (that verdict settles it), else 0.
 */
export function countInto(byQuestion: Map<string, number>, s: Statement, sign: 1 | -1): 0 | 1 {
  let tagged = false;
  for (const id of s.questionIds) {
    const n = byQuestion.get(id);
    if (n !== undefined) {
      byQuestion.set(id, n + sign);
      tagged = true;
    }
  }
  return !tagged && !markedNoQuestion(s) ? 1 : 0;
}
