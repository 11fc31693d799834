import { useCallback, useRef } from 'react';
import type { Change } from '../../../../shared/model/changes';
import { call, messageOf } from '../../desk';

export type ChangeFn = (changes: Change[]) => void;

/**
 * The session's `change` from useSession when the view passes it down. Without it, changes go to the
 * main process directly, in order; its `sessionChanged` event (sent to every window, this one
 * included as it sends no clientId) brings them back into the open session.
 */
export function useReportChange(change: ChangeFn | undefined, id: string, onError: (m: string) => void) {
  const chain = useRef<Promise<void>>(Promise.resolve());
  const direct = useCallback(
    (changes: Change[]) => {
      chain.current = chain.current.then(() =>
        call('changeSession', { id, changes }).then(
          () => undefined,
          (error: unknown) => onError(messageOf(error)),
        ),
      );
    },
    [id, onError],
  );
  return change ?? direct;
}
