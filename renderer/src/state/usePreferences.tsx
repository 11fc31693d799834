import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/model/preferences';
import { call, messageOf } from '../desk';

export type PreferencesPatch = Partial<
  Pick<Preferences, 'timerWarningSeconds' | 'timerDangerSeconds' | 'timerColours' | 'fora'>
>;

interface PreferencesState {
  preferences: Preferences;
  /** Set when reading or saving failed; the defaults are in use until a read succeeds. */
  error: string | null;
  save: (patch: PreferencesPatch) => Promise<boolean>;
}

const PreferencesContext = createContext<PreferencesState | null>(null);

/**
 * The user's preferences, read once per window and kept current by the main process's
 * `preferencesChanged` event (sent to every window after any window saves them).
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    call('getSettings', {}).then(
      (settings) => alive && setPreferences(settings.preferences),
      (e: unknown) => alive && setError(`Your preferences could not be read: ${messageOf(e)}`),
    );
    const unsubscribe = window.desk.on('preferencesChanged', (next) => {
      setPreferences(next);
      setError(null);
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);
  const save = useCallback(async (patch: PreferencesPatch) => {
    try {
      setPreferences(await call('updatePreferences', { patch }));
      setError(null);
      return true;
    } catch (e) {
      setError(`Your preferences were not saved: ${messageOf(e)}`);
      return false;
    }
  }, []);
  const value = useMemo(() => ({ preferences, error, save }), [preferences, error, save]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

/** The preferences of this user; only inside a PreferencesProvider. */
export function usePreferences(): PreferencesState {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs a PreferencesProvider above it.');
  return value;
}
