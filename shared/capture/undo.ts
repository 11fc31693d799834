import { findRecord, type Change } from '../model/changes';
import { draftOf as strip } from '../model/records';
import type { Session } from '../model/session';

/**
 * The capture screen's undo history. Every step keeps the changes it made and their inverse: for a
 * new record the inverse is a delete; for an edit or a delete it is a `put` of the previous record
 * (a put revives a tombstone), followed by a delete when the previous record was itself deleted.
 * Pure: the caller applies the returned changes with the same `change()` that made the edit.
 */
export interface UndoStep {
  label: string;
  forward: Change[];
  inverse: Change[];
}

export interface UndoStack {
  past: UndoStep[];
  future: UndoStep[];
}

export const MAX_UNDO = 500;

export const emptyUndo = (): UndoStack => ({ past: [], future: [] });

/** The collections an undo step can restore: what the capture and timer screens edit. */
const KINDS = {
  statement: { list: 'statements', put: 'statement.put', del: 'statement.delete', field: 'statement' },
  person: { list: 'people', put: 'person.put', del: 'person.delete', field: 'person' },
  turn: { list: 'turns', put: 'turn.put', del: 'turn.delete', field: 'turn' },
  queue: { list: 'queue', put: 'queue.put', del: 'queue.delete', field: 'entry' },
  question: { list: 'questions', put: 'question.put', del: 'question.delete', field: 'question' },
} as const;
type Kind = keyof typeof KINDS;
type Stored = Session[(typeof KINDS)[Kind]['list']][number];

function touched(change: Change): { kind: Kind; id: string } | null {
  for (const [kind, k] of Object.entries(KINDS) as Array<[Kind, (typeof KINDS)[Kind]]>) {
    if (change.type === k.put)
      return { kind, id: (change as unknown as Record<string, { id: string }>)[k.field]!.id };
    if (change.type === k.del) return { kind, id: (change as { id: string }).id };
  }
  return null;
}

function restore(kind: Kind, id: string, before: Stored | undefined): Change[] {
  const k = KINDS[kind];
  const del = { type: k.del, id } as Change;
  if (!before) return [del];
  const put = { type: k.put, [k.field]: strip(before) } as unknown as Change;
  return before.deletedAt === null ? [put] : [put, del];
}

/** The record as it is now, in O(1): an add to 20,000 statements does not look through them all. */
const find = (session: Session, kind: Kind, id: string): Stored | undefined =>
  findRecord(session[KINDS[kind].list] as readonly Stored[], id);

/**
 * The changes that take `session` back from after `changes` to as it is now; null when a change
 * cannot be inverted here (statements, people, turns, queue entries, questions and facts can).
 */
export function inverseOf(session: Session, changes: readonly Change[]): Change[] | null {
  const seen = new Set<string>();
  const parts: Change[][] = [];
  // facts: the previous value of every fact the changes set (a re-imported page sets several)
  const facts: Record<string, unknown> = {};
  for (const change of changes)
    if (change.type === 'facts.update')
      for (const key of Object.keys(change.patch as object))
        if (!(key in facts)) facts[key] = (session.facts as Record<string, unknown>)[key] ?? null;
  if (Object.keys(facts).length > 0) parts.push([{ type: 'facts.update', patch: facts } as Change]);
  for (const change of changes) {
    if (change.type === 'facts.update') continue;
    const t = touched(change);
    if (!t) return null;
    const key = `${t.kind}:${t.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(restore(t.kind, t.id, find(session, t.kind, t.id)));
  }
  // Undo in reverse order, so statements go before the people they name are removed.
  return parts.reverse().flat();
}

/** Records a step made on `session` (the state before `changes`); a new step clears the redo list. */
export function record(
  stack: UndoStack,
  session: Session,
  label: string,
  changes: readonly Change[],
): UndoStack {
  const inverse = inverseOf(session, changes);
  if (!inverse || changes.length === 0) return stack;
  const past = [...stack.past, { label, forward: [...changes], inverse }];
  return { past: past.slice(-MAX_UNDO), future: [] };
}

/** The changes to apply for an undo, and the stack after it; null when there is nothing to undo. */
export function undo(stack: UndoStack): { stack: UndoStack; step: UndoStep; changes: Change[] } | null {
  const step = stack.past[stack.past.length - 1];
  if (!step) return null;
  return {
    stack: { past: stack.past.slice(0, -1), future: [...stack.future, step] },
    step,
    changes: step.inverse,
  };
}

export function redo(stack: UndoStack): { stack: UndoStack; step: UndoStep; changes: Change[] } | null {
  const step = stack.future[stack.future.length - 1];
  if (!step) return null;
  return {
    stack: { past: [...stack.past, step], future: stack.future.slice(0, -1) },
    step,
    changes: step.forward,
  };
}
