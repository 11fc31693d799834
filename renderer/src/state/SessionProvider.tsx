import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Change } from '../../../shared/model/changes';
import type { Session } from '../../../shared/model/session';
import { useSession, type SaveState } from './useSession';

export interface OpenSession {
  session: Session;
  /**
   * Shows the changes at once and queues them for the disk (see useSession); returns the session
   * after them, or null when they were refused (the save indicator says why).
   */
  change: (changes: Change[]) => Session | null;
  reloadFromDisk: () => Promise<void>;
  /** Resolves once the changes made so far have reached the main process (or failed to). */
  whenSaved: () => Promise<void>;
}

/** How the saving goes: apart from the session, so "saving…" → "saved" re-renders only the indicator. */
export interface SaveStatus {
  save: SaveState;
  retry: () => Promise<void>;
  reloadFromDisk: () => Promise<void>;
}

const SessionContext = createContext<OpenSession | null>(null);
const SaveContext = createContext<SaveStatus | null>(null);

/**
 * Loads one session and gives every panel below it the same copy and the same `change`. While the
 * file loads, or when it cannot be read, `fallback` decides what shows instead.
 */
export function SessionProvider({
  id,
  children,
  fallback,
}: {
  id: string;
  children: ReactNode;
  fallback: (state: { loadError: string | null }) => ReactNode;
}) {
  const { session, loadError, save, change, retry, reloadFromDisk, whenSaved } = useSession(id);
  // Each value changes only with what it holds: a save's outcome must not re-render every panel.
  const open = useMemo(
    () => (session ? { session, change, reloadFromDisk, whenSaved } : null),
    [session, change, reloadFromDisk, whenSaved],
  );
  const saving = useMemo(() => ({ save, retry, reloadFromDisk }), [save, retry, reloadFromDisk]);
  if (!open || loadError) return <>{fallback({ loadError })}</>;
  return (
    <SessionContext.Provider value={open}>
      <SaveContext.Provider value={saving}>{children}</SaveContext.Provider>
    </SessionContext.Provider>
  );
}

/** The open session; only inside a SessionProvider. */
export function useOpenSession(): OpenSession {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useOpenSession needs a SessionProvider above it.');
  return value;
}

/** The open session's save state; only inside a SessionProvider. */
export function useSaveStatus(): SaveStatus {
  const value = useContext(SaveContext);
  if (!value) throw new Error('useSaveStatus needs a SessionProvider above it.');
  return value;
}
