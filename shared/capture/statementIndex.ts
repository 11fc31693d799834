import { changedPositions, recordIndex } from '../model/changes';
import { byTime, liveStatements, type PolicyQuestion, type Statement } from '../model/session';
import { countInto } from './filter';
import { noteSharedPrefix } from './prefix';

/**
 * The capture screen's view of the statements, kept up to date from one version of
 * `session.statements` to the next instead of rebuilt: an add costs a binary search and one insert,
 * not a sort of every statement and a count of every tag. The result always equals the full
 * recomputation (`liveStatements` and `questionCounts`).
 */
export interface StatementIndex {
  /** The `session.statements` array this reflects. */
  readonly source: readonly Statement[];
  /** The questions counted, as their ids joined (a change of questions recounts everything). */
  readonly questionsKey: string;
  /** Live statements by time, equal times in file order. */
  readonly sorted: readonly Statement[];
  /** How many live statements each question holds (0 included). */
  readonly byQuestion: ReadonlyMap<string, number>;
  /** How many live statements are still to tag (no known question, not marked "no question"). */
  readonly untagged: number;
}

/** Beyond this many changed records a fresh sort is as cheap as inserting them one by one. */
const REBUILD_AT = 256;

/** A record of `next` that differs from `previous`: `before` undefined for one appended; `at` its position. */
export type ChangedRecord<T> = [before: T | undefined, after: T, at: number];

/**
 * The records that differ between two versions of a collection, by reference (records are only
 * replaced in place or appended, see applyChanges); null when the list shrank, was reordered or
 * changed in more than `limit` records, where recounting everything is the simpler and cheaper way.
 */
export function changedRecords<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
  limit = REBUILD_AT,
): Array<ChangedRecord<T>> | null {
  if (next.length < previous.length || next.length - previous.length > limit) return null;
  const changed: Array<ChangedRecord<T>> = [];
  // A copy made by applyChanges says where it was written: an add to 20,000 reads one record.
  const known = changedPositions(previous, next);
  if (known) {
    if (known.length > limit) return null;
    for (const i of known) changed.push([previous[i], next[i]!, i]);
    return changed;
  }
  for (let i = 0; i < previous.length; i++) {
    const before = previous[i]!;
    const after = next[i]!;
    if (before === after) continue;
    if (before.id !== after.id || changed.length >= limit) return null;
    changed.push([before, after, i]);
  }
  if (changed.length + next.length - previous.length > limit) return null;
  for (let i = previous.length; i < next.length; i++) changed.push([undefined, next[i]!, i]);
  return changed;
}

const keyOf = (questions: readonly Pick<PolicyQuestion, 'id'>[]) => questions.map((q) => q.id).join(' ');

export function buildStatementIndex(
  statements: readonly Statement[],
  questions: readonly Pick<PolicyQuestion, 'id'>[],
): StatementIndex {
  const sorted = liveStatements({ statements: statements as Statement[] });
  const byQuestion = new Map(questions.map((q) => [q.id, 0]));
  let untagged = 0;
  for (const s of sorted) untagged += countInto(byQuestion, s, 1);
  return { source: statements, questionsKey: keyOf(questions), sorted, byQuestion, untagged };
}

/**
 * `previous` brought up to `statements`. Records are only ever replaced in place or appended (see
 * applyChanges), so the records that changed are found by comparing references, without reading
 * them; a list that shrank or was reordered (a merge from another device) is rebuilt.
 */
export function updateStatementIndex(
  previous: StatementIndex | null,
  statements: readonly Statement[],
  questions: readonly Pick<PolicyQuestion, 'id'>[],
): StatementIndex {
  if (!previous || previous.questionsKey !== keyOf(questions) || statements.length < previous.source.length)
    return buildStatementIndex(statements, questions);
  if (previous.source === statements) return previous;
  const changed = changedRecords(previous.source, statements);
  if (!changed) return buildStatementIndex(statements, questions);

  const sorted = previous.sorted.slice();
  const byQuestion = new Map(previous.byQuestion);
  let untagged = previous.untagged;
  // Equal times keep file order: the position in `statements` breaks the tie, as the stable sort does.
  const positionOf = (s: Statement) => recordIndex(statements, s.id);
  const firstAfter = (s: Statement, at: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const m = sorted[mid]!;
      const order = byTime(m, s) || positionOf(m) - at;
      if (order < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The first position of `sorted` written below: the rows above it are the previous ones.
  let lowest = sorted.length;
  for (const [before, after, at] of changed) {
    const wasLive = before !== undefined && before.deletedAt === null;
    const isLive = after.deletedAt === null;
    let index = wasLive ? firstAfter(before, at) : -1;
    if (wasLive) untagged -= countInto(byQuestion, before, -1);
    if (isLive) untagged += countInto(byQuestion, after, 1);
    if (wasLive && isLive && before.at === after.at) {
      sorted[index] = after;
      lowest = Math.min(lowest, index);
      continue;
    }
    if (wasLive) {
      sorted.splice(index, 1);
      lowest = Math.min(lowest, index);
    }
    if (isLive) {
      // The newest statement goes at the end: no search for the common case.
      const last = sorted[sorted.length - 1];
      index = !last || byTime(last, after) < 0 ? sorted.length : firstAfter(after, at);
      if (index === sorted.length) sorted.push(after);
      else sorted.splice(index, 0, after);
      lowest = Math.min(lowest, index);
    }
  }
  noteSharedPrefix(sorted, previous.sorted, lowest);
  return { source: statements, questionsKey: previous.questionsKey, sorted, byQuestion, untagged };
}
