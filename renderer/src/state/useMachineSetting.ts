import { useCallback, useEffect, useState } from 'react';

/**
 * A setting of this machine, not of the session file (the timer's turn length, the marked segment, the
 * stage screen's message). Kept in localStorage, so every window of the app shares it and follows
 * another window's writes through the `storage` event. `parse` must accept anything, null included.
 */
export function useMachineSetting<T>(key: string, parse: (raw: string | null) => T): [T, (value: T) => void] {
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
