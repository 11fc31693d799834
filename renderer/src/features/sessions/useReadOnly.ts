import { useEffect, useRef, useState } from 'react';
import { call } from '../../desk';
import type { SaveState } from '../../state/useSession';

const ACCESS_RECHECK_MS = 5_000;

/**
 * How many save outcomes `saveKind` has shown: it moves when a save ends (saved, failed, read-only…),
 * not when one starts, so an add does not also ask the main process in the same task as its frame.
 */
function useOutcomes(saveKind: SaveState['kind']): number {
  const seen = useRef({ kind: saveKind, outcomes: 0 });
  if (seen.current.kind !== saveKind) {
    seen.current = {
      kind: saveKind,
      outcomes: seen.current.outcomes + (saveKind === 'saving' ? 0 : 1),
    };
  }
  return seen.current.outcomes;
}

/**
 * Why this session can only be read here (another copy of the app writes its folder), or null. Asked
 * when the session opens, after each save's outcome, and every few seconds while it holds, so the
 * notice goes once the other copy closes.
 */
export function useReadOnly(id: string, saveKind: SaveState['kind']): string | null {
  const [readOnly, setReadOnly] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const outcomes = useOutcomes(saveKind);
  useEffect(() => {
    let alive = true;
    call('sessionAccess', { id }).then(
      (r) => alive && setReadOnly(r.readOnly),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [id, outcomes, tick]);
  useEffect(() => {
    if (!readOnly) return;
    const timer = setTimeout(() => setTick((n) => n + 1), ACCESS_RECHECK_MS);
    return () => clearTimeout(timer);
  }, [readOnly, tick]);
  return readOnly;
}
