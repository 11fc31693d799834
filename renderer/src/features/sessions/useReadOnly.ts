import { useEffect, useState } from 'react';
import { call } from '../../desk';
import type { SaveState } from '../../state/useSession';

const ACCESS_RECHECK_MS = 5_000;

/**
 * Why this session can only be read here (another copy of the app writes its folder), or null. Asked
 * when the session opens, after each save's outcome, and every few seconds while it holds, so the
 * notice goes once the other copy closes.
 */
export function useReadOnly(id: string, saveKind: SaveState['kind']): string | null {
  const [readOnly, setReadOnly] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let alive = true;
    call('sessionAccess', { id }).then(
      (r) => alive && setReadOnly(r.readOnly),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [id, saveKind, tick]);
  useEffect(() => {
    if (!readOnly) return;
    const timer = setTimeout(() => setTick((n) => n + 1), ACCESS_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [readOnly, tick]);
  return readOnly;
}
