import { useCallback, useRef, useState } from 'react';
import { applyChanges, type Change } from '../../../shared/model/changes';
import type { Session } from '../../../shared/model/session';
import { emptyUndo, record, redo, undo, type UndoStack } from '../../../shared/capture/undo';

/** Undo history per screen and session, kept while the window lives so switching tabs does not drop it. */
const stacks = new Map<string, UndoStack>();

/**
 * Wraps `change` so every edit of one screen (`scope`: capture, timer) is recorded with its inverse;
 * `undo`/`redo` apply the inverse or the original changes through the same `change`, so they are
 * saved like any other edit. Each screen has its own history, so the moderator's Ctrl+Z never takes
 * back a statement.
 */
export function useUndo(
  session: Session,
  /** Applies and saves; may return the session after the changes (null when it refused them). */
  change: (changes: Change[]) => Session | null | void,
  scope = 'capture',
) {
  const key = `${scope}:${session.id}`;
  const [stack, setStackState] = useState<UndoStack>(() => stacks.get(key) ?? emptyUndo());
  const stackRef = useRef(stack);
  // The session as the next edit will find it, even before React has rendered the previous one.
  const latest = useRef(session);
  const seen = useRef(session);
  if (seen.current !== session) {
    seen.current = session;
    latest.current = session;
  }

  const setStack = useCallback(
    (next: UndoStack) => {
      stackRef.current = next;
      stacks.set(key, next);
      setStackState(next);
    },
    [key],
  );

  const run = useCallback(
    (changes: Change[]) => {
      const next = change(changes);
      if (next) {
        latest.current = next;
        return;
      }
      if (next === null) return;
      // A `change` that does not hand the session back: the same changes applied here too.
      try {
        latest.current = applyChanges(latest.current, changes, new Date().toISOString());
      } catch {
        // The screen's own copy reports the problem; the next render resets `latest`.
      }
    },
    [change],
  );

  const apply = useCallback(
    (label: string, changes: Change[]) => {
      if (changes.length === 0) return;
      setStack(record(stackRef.current, latest.current, label, changes));
      run(changes);
    },
    [run, setStack],
  );

  const undoLast = useCallback((): string | null => {
    const r = undo(stackRef.current);
    if (!r) return null;
    setStack(r.stack);
    run(r.changes);
    return r.step.label;
  }, [run, setStack]);

  const redoLast = useCallback((): string | null => {
    const r = redo(stackRef.current);
    if (!r) return null;
    setStack(r.stack);
    run(r.changes);
    return r.step.label;
  }, [run, setStack]);

  return {
    apply,
    undo: undoLast,
    redo: redoLast,
    canUndo: stack.past.length > 0,
    canRedo: stack.future.length > 0,
    nextUndo: stack.past[stack.past.length - 1]?.label ?? null,
    nextRedo: stack.future[stack.future.length - 1]?.label ?? null,
  };
}
