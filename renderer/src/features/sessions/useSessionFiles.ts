import { useState } from 'react';
import { call } from '../../desk';

/**
 * The session list's file actions besides archiving: rename (the title) and delete to the system's
 * trash with Undo, and putting back what was deleted in the last 30 days. `run` shows errors and the busy state the list's way; `refresh` lists again.
 */
export function useSessionFiles(run: (work: () => Promise<void>) => Promise<void>, refresh: () => void) {
  const [undo, setUndo] = useState<{ token: string; title: string } | null>(null);
  const rename = (id: string, title: string) =>
    void run(async () => {
      await call('changeSession', { id, changes: [{ type: 'facts.update', patch: { title } }] });
      refresh();
    });
  const remove = (id: string) =>
    void run(async () => {
      const { undo: token, title } = await call('deleteSession', { id });
      setUndo({ token, title });
      refresh();
    });
  const undoDelete = () =>
    void run(async () => {
      if (!undo) return;
      // Done or refused, the bar goes: a refusal says why, and "Recently deleted" still has it.
      setUndo(null);
      try {
        await call('undoDelete', { undo: undo.token });
      } finally {
        // Also after a refusal: the file that came back is listed.
        refresh();
      }
    });
  /** Puts back a session from "Recently deleted" (kept for 30 days, also across restarts). */
  const restoreDeleted = (token: string) =>
    void run(async () => {
      await call('undoDelete', { undo: token });
      if (undo?.token === token) setUndo(null);
      refresh();
    });
  return { undo, rename, remove, undoDelete, restoreDeleted };
}
