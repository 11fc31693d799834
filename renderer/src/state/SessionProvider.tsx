import { createContext, useContext, type ReactNode } from 'react';
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
  save: SaveState;
  retry: () => Promise<void>;
  reloadFromDisk: () => Promise<void>;
}

const SessionContext = createContext<OpenSession | null>(null);

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
  const { session, loadError, save, change, retry, reloadFromDisk } = useSession(id);
  if (!session || loadError) return <>{fallback({ loadError })}</>;
  return (
    <SessionContext.Provider value={{ session, change, save, retry, reloadFromDisk }}>
      {children}
    </SessionContext.Provider>
  );
}

/** The open session; only inside a SessionProvider. */
export function useOpenSession(): OpenSession {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useOpenSession needs a SessionProvider above it.');
  return value;
}
