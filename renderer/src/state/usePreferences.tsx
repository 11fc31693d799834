import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/model/preferences';
import { useTranslation } from 'react-i18next';
import { call, messageOf } from '../desk';

export type PreferencesPatch = Partial<
  Pick<Preferences, 'timerWarningSeconds' | 'timerDangerSeconds' | 'timerColours' | 'fora' | 'language'>
>;

/** What failed, put in words by the screen in its language. */
interface PreferencesFailure {
  when: 'readFailed' | 'saveFailed';
  message: string;
}

interface RawPreferencesState {
  preferences: Preferences;
  failure: PreferencesFailure | null;
  save: (patch: PreferencesPatch) => Promise<boolean>;
}

interface PreferencesState {
  preferences: Preferences;
  /** Set when reading or saving failed; the defaults are in use until a read succeeds. */
  error: string | null;
  save: (patch: PreferencesPatch) => Promise<boolean>;
}

const PreferencesContext = createContext<RawPreferencesState | null>(null);

/**
 * The user's preferences, read once per window and kept current by the main process's
 * `preferencesChanged` event (sent to every window after any window saves them).
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [failure, setFailure] = useState<PreferencesFailure | null>(null);
  useEffect(() => {
    let alive = true;
    call('getSettings', {}).then(
      (settings) => alive && setPreferences(settings.preferences),
      (e: unknown) => alive && setFailure({ when: 'readFailed', message: messageOf(e) }),
    );
    const unsubscribe = window.desk.on('preferencesChanged', (next) => {
      setPreferences(next);
      setFailure(null);
    });
    return () => {
      alive = false;
      unsubscribe();
    };
  }, []);
  const save = useCallback(async (patch: PreferencesPatch) => {
    try {
      setPreferences(await call('updatePreferences', { patch }));
      setFailure(null);
      return true;
    } catch (e) {
      setFailure({ when: 'saveFailed', message: messageOf(e) });
      return false;
    }
  }, []);
  const value = useMemo(() => ({ preferences, failure, save }), [preferences, failure, save]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

/** The preferences as stored, for what sits above the language (the language provider itself). */
export function useStoredPreferences(): RawPreferencesState {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences needs a PreferencesProvider above it.');
  return value;
}

/** The preferences of this user, a failure in the screens' language; inside the I18nProvider. */
export function usePreferences(): PreferencesState {
  const { preferences, failure, save } = useStoredPreferences();
  const { t } = useTranslation('app' as never);
  const error = failure
    ? (t as (key: string, values: object) => string)(`preferences.${failure.when}`, failure)
    : null;
  return { preferences, error, save };
}
