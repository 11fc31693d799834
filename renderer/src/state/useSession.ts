import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { applyChanges, type Change } from '../../../shared/model/changes';
import type { Session } from '../../../shared/model/session';
import { DeskError } from '../../../shared/errors';
import { call, messageOf } from '../desk';
import { MAX_CHANGES_PER_CALL, textLimitProblem } from '../../../shared/model/limits';

export type SaveState =
  | { kind: 'saved' }
  /** `done`/`total`: changes saved so far of those queued, when they go in several parts (an import). */
  | { kind: 'saving'; done?: number; total?: number }
  /** `retrying`: the disk may recover (full, not writable) and the change is tried again by itself. */
  | { kind: 'failed'; message: string; retrying?: boolean }
  /** Another program changed the file: nothing is written until the user reloads it. */
  | { kind: 'conflict'; message: string }
  /**
   * Another running copy of the app writes this session's folder: the changes are kept here and tried
   * again by themselves, so they are saved once it lets go (the open session says why: sessionAccess).
   */
  | { kind: 'read-only' };

const RETRY_MS = 3_000;

/**
 * Holds one open session. A change shows at once (the same pure `applyChanges` the main process runs)
 * and is queued for the disk; the indicator says "saved" only once every queued change is durable.
 * A failed write keeps the change queued and retries, so nothing typed is ever dropped.
 */
export function useSession(id: string) {
  const [session, setSessionState] = useState<Session | null>(null);
  // The session as the last change left it, before React renders it: the next change starts from
  // here, and `change` hands it back so the undo history never applies the same changes twice.
  const latest = useRef<Session | null>(null);
  const setSession = useCallback((next: Session | null) => {
    latest.current = next;
    setSessionState(next);
  }, []);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const pending = useRef<Change[]>([]);
  const flushing = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const clientId = useMemo(() => globalThis.crypto.randomUUID(), []);
  // Who waits for the save under way to end (the drafting asks the main process about what it has saved).
  const settledWaiters = useRef<(() => void)[]>([]);

  useEffect(() => {
    let alive = true;
    setSession(null);
    setLoadError(null);
    call('getSession', { id }).then(
      (loaded) => alive && setSession(loaded),
      (error: unknown) => alive && setLoadError(messageOf(error)),
    );
    // Changes made in another window (the presenter view, a second main window) arrive as events.
    const unsubscribe = window.desk.on('sessionChanged', (event) => {
      if (event.id !== id || event.clientId === clientId) return;
      const current = latest.current;
      if (!current) return;
      try {
        setSession(applyChanges(current, event.changes, event.updatedAt));
      } catch {
        // This window's copy no longer fits the other window's change: take the main process's copy.
        call('getSession', { id }).then(
          (fresh) => alive && setSession(fresh),
          (error: unknown) => alive && setLoadError(messageOf(error)),
        );
      }
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [id, clientId, setSession]);

  const flush = useCallback(async (): Promise<void> => {
    if (flushing.current) return;
    flushing.current = true;
    let done = 0;
    try {
      while (pending.current.length > 0) {
        // A big import goes in parts, each under the per-call cap, so none is refused for its size;
        // the indicator then counts what is saved, so a long save is seen to progress.
        const batch = pending.current.slice(0, MAX_CHANGES_PER_CALL);
        const total = done + pending.current.length;
        setSave(total > MAX_CHANGES_PER_CALL ? { kind: 'saving', done, total } : { kind: 'saving' });
        try {
          await call('changeSession', { id, changes: batch, clientId });
          pending.current.splice(0, batch.length);
          done += batch.length;
        } catch (error) {
          const code = error instanceof DeskError ? error.code : 'internal';
          const conflict = code === 'conflict';
          if (code === 'read-only') setSave({ kind: 'read-only' });
          else
            setSave({
              kind: conflict ? 'conflict' : 'failed',
              message: messageOf(error),
              retrying: code === 'write-failed',
            });
          if (code === 'invalid-request') {
            // Refused for what it is (it can never be saved): drop it, so later changes are not held
            // behind it forever, and show the session as the main process has it.
            pending.current.splice(0, batch.length);
            const rest = pending.current.slice();
            call('getSession', { id }).then(
              (fresh) => {
                try {
                  setSession(applyChanges(fresh, rest, new Date().toISOString()));
                } catch {
                  setSession(fresh);
                }
              },
              () => undefined,
            );
          }
          // A full or read-only disk may recover by itself, and another copy of the app may close; a
          // conflict or a rejected change will not.
          if (code === 'write-failed' || code === 'read-only') {
            if (retryTimer.current) clearTimeout(retryTimer.current);
            retryTimer.current = setTimeout(() => void flush(), RETRY_MS);
          }
          return;
        }
      }
      setSave({ kind: 'saved' });
    } finally {
      flushing.current = false;
      // Saved, or failed with changes left queued: either way the waiters go on (a draft of what the
      // main process has is better than none while the disk is full).
      for (const resolve of settledWaiters.current.splice(0)) resolve();
    }
  }, [id, clientId, setSession]);

  /**
   * Resolves once every change made so far has reached the main process (or its save has failed):
   * then what the main process reads from its copy is what this window shows. A change starts its
   * save at once, so no save under way means nothing is on its way.
   */
  const whenSaved = useCallback((): Promise<void> => {
    if (!flushing.current) return Promise.resolve();
    return new Promise((resolve) => settledWaiters.current.push(resolve));
  }, []);

  useEffect(
    () => () => {
      if (retryTimer.current) clearTimeout(retryTimer.current);
    },
    [],
  );

  /** Shows `changes` at once and queues them; returns the session after them, or null if refused. */
  const change = useCallback(
    (changes: Change[]): Session | null => {
      // Over the size limit: said at once, and not applied (the main process would refuse it anyway).
      const tooLong = textLimitProblem(changes);
      if (tooLong) {
        setSave({ kind: 'failed', message: tooLong });
        return null;
      }
      const current = latest.current;
      if (!current) return null;
      let next: Session;
      try {
        next = applyChanges(current, changes, new Date().toISOString());
      } catch (error) {
        // A change that does not fit this session (a record gone meanwhile): said, not queued.
        setSave({ kind: 'failed', message: messageOf(error) });
        return null;
      }
      setSession(next);
      pending.current.push(...changes);
      // The save starts here, not after the paint: a window that gets no frames (hidden, minimised)
      // would hold a change that is on screen but not yet on its way to the disk.
      void flush();
      return next;
    },
    [flush, setSession],
  );

  /**
   * Loads the file as another program left it, re-applies the changes not yet saved here on top, and
   * saves them: both sides' edits survive, record by record.
   */
  const reloadFromDisk = useCallback(async (): Promise<void> => {
    try {
      const fresh = await call('reloadSession', { id });
      const unsaved = pending.current.slice();
      try {
        setSession(applyChanges(fresh, unsaved, new Date().toISOString()));
      } catch {
        // An unsaved change that no longer fits (its record was removed there) is kept queued; the
        // main process reports it when it is sent.
        setSession(fresh);
      }
      setSave({ kind: 'saved' });
      void flush();
    } catch (error) {
      setSave({ kind: 'failed', message: messageOf(error) });
    }
  }, [id, flush, setSession]);

  return { session, loadError, save, change, retry: flush, reloadFromDisk, whenSaved };
}
