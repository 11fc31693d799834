import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../../shared/model/preferences';
import { PREFERENCES_SIGNAL_KEY } from '../../../../shared/timer/presenter';
import {
  readTimer,
  type TimerReading,
  type TimerState,
  type TimerThresholds,
} from '../../../../shared/timer/timer';
import { call, messageOf } from '../../desk';

/**
 * The live reading of a stored timer. Every animation frame re-reads `readTimer(state, Date.now())`;
 * nothing is ever decremented, so a slow or throttled window shows the right time on its next frame.
 * React re-renders only when what is shown (display, phase, label) changes.
 */
export function useTimerReading(timer: TimerState | null, thresholds: TimerThresholds): TimerReading | null {
  const { warningSeconds, dangerSeconds } = thresholds;
  const [reading, setReading] = useState<TimerReading | null>(null);
  useEffect(() => {
    if (!timer) {
      setReading(null);
      return;
    }
    let frame = 0;
    const tick = () => {
      const next = readTimer(timer, Date.now(), { warningSeconds, dangerSeconds });
      setReading((prev) =>
        prev &&
        prev.display === next.display &&
        prev.phase === next.phase &&
        prev.label === next.label &&
        prev.paused === next.paused &&
        prev.ended === next.ended
          ? prev
          : next,
      );
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [timer, warningSeconds, dangerSeconds]);
  return reading;
}

/** The clock, re-read every `everyMs` (for minute-scale figures: balance, run of show). */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

/** Timer preferences (thresholds, colours) from the settings, and a way to save them. */
export function usePreferences() {
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    call('getSettings', {}).then(
      (settings) => setPreferences(settings.preferences),
      (e: unknown) => setError(messageOf(e)),
    );
  }, []);
  useEffect(() => {
    load();
    const onStorage = (event: StorageEvent) => {
      if (event.key === PREFERENCES_SIGNAL_KEY) load();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [load]);
  const save = useCallback(
    async (
      patch: Partial<Pick<Preferences, 'timerWarningSeconds' | 'timerDangerSeconds' | 'timerColours'>>,
    ) => {
      try {
        setPreferences(await call('updatePreferences', { patch }));
        setError(null);
        // Tells the stage screen (another window, same origin) to reload them.
        localStorage.setItem(PREFERENCES_SIGNAL_KEY, String(Date.now()));
        return true;
      } catch (e) {
        setError(messageOf(e));
        return false;
      }
    },
    [],
  );
  return { preferences, error, save };
}

/** A value kept in localStorage under `key` (per machine, not in the session file); follows other windows. */
export function useStored<T>(key: string, parse: (raw: string | null) => T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => parse(localStorage.getItem(key)));
  useEffect(() => {
    setValue(parse(localStorage.getItem(key)));
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) setValue(parse(event.newValue));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
    // `parse` is a module-level function at every call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const store = useCallback(
    (next: T) => {
      setValue(next);
      localStorage.setItem(key, JSON.stringify(next));
    },
    [key],
  );
  return [value, store];
}

export const isTyping = (target: EventTarget | null): boolean => {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
};
