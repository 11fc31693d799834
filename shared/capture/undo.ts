import type { Change } from '../model/changes';
import type { Person, Session, Statement } from '../model/session';

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

type Kind = 'statement' | 'person';
type Stamped = { updatedAt: string; deletedAt: string | null };

const strip = <T extends Stamped>(record: T): Omit<T, 'updatedAt' | 'deletedAt'> => {
  const { updatedAt: _u, deletedAt: _d, ...rest } = record;
  return rest;
};

function touched(change: Change): { kind: Kind; id: string } | null {
  switch (change.type) {
    case 'statement.put':
      return { kind: 'statement', id: change.statement.id };
    case 'statement.delete':
      return { kind: 'statement', id: change.id };
    case 'person.put':
      return { kind: 'person', id: change.person.id };
    case 'person.delete':
      return { kind: 'person', id: change.id };
    default:
      return null;
  }
}

function restore(kind: Kind, id: string, before: Statement | Person | undefined): Change[] {
  if (!before) return [{ type: kind === 'statement' ? 'statement.delete' : 'person.delete', id }];
  const put: Change =
    kind === 'statement'
      ? { type: 'statement.put', statement: strip(before as Statement) }
      : { type: 'person.put', person: strip(before as Person) };
  if (before.deletedAt === null) return [put];
  return [put, { type: kind === 'statement' ? 'statement.delete' : 'person.delete', id }];
}

/**
 * The changes that take `session` back from after `changes` to as it is now; null when a change
 * cannot be inverted here (only statements and people can).
 */
export function inverseOf(session: Session, changes: readonly Change[]): Change[] | null {
  const statements = new Map(session.statements.map((s) => [s.id, s]));
  const people = new Map(session.people.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const parts: Change[][] = [];
  for (const change of changes) {
    const t = touched(change);
    if (!t) return null;
    const key = `${t.kind}:${t.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(restore(t.kind, t.id, t.kind === 'statement' ? statements.get(t.id) : people.get(t.id)));
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
